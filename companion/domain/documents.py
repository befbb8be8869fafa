"""Documents per agenda item for the booths: files the secretariat uploads (PDF, DOCX), links, and a
glossary (plain-text terms). Kept by the server beside the meeting, never in the event log: they
are for interpreters, the chair and the secretariat only, so they are in no snapshot, stream or
public page.

The rules here decide what may be stored and who may read it; the server stores and serves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .errors import Forbidden, Invalid
from .limits import check_name
from .state import MeetingState
from .vocabulary import Role

#: A document as large as a long report in PDF; larger ones are links.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_DOCUMENT_TITLE = 200
MAX_URL_CHARS = 2000
#: The most documents one item holds (six languages × a dozen papers, with room to spare).
MAX_DOCUMENTS_PER_ITEM = 100


class DocumentKind(StrEnum):
    FILE = "file"
    LINK = "link"
    GLOSSARY = "glossary"


#: What a file's first bytes must be, by its content type (a DOCX is a ZIP container).
FILE_TYPES: dict[str, bytes] = {
    "application/pdf": b"%PDF-",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": b"PK\x03\x04",
}
#: Who reads the documents: the booths and the chair's table, never delegates or the public.
READERS = frozenset({Role.INTERPRETER, Role.CHAIR, Role.SECRETARIAT})


@dataclass(frozen=True)
class Document:
    id: str
    item_id: str
    kind: DocumentKind
    title: str
    #: The language the document is in ("" when it is in several or none).
    language: str = ""
    content_type: str = ""
    size: int = 0
    url: str = ""
    added_at: datetime | None = None


def may_read_documents(viewer) -> bool:
    """Interpreters, the chair and the secretariat read an item's documents and glossary."""
    return viewer.role in READERS


def check_reader(viewer) -> None:
    if not may_read_documents(viewer):
        raise Forbidden("role_not_allowed", "The items' documents are for the booths and the chair's table.")


def check_document(state: MeetingState, document: Document, body: bytes, existing: int) -> None:
    """Raise Invalid unless *document* (with *body*) may be added to its item."""
    if document.item_id not in state.items:
        raise Invalid("unknown_item", f"There is no agenda item {document.item_id!r}.")
    if existing >= MAX_DOCUMENTS_PER_ITEM:
        raise Invalid("too_many", f"An item holds at most {MAX_DOCUMENTS_PER_ITEM} documents.")
    if not document.title.strip() or len(document.title) > MAX_DOCUMENT_TITLE:
        raise Invalid("invalid_title", f"A document needs a title of at most {MAX_DOCUMENT_TITLE} chars.")
    check_name(document.title, "The document's title")  # shown on every board: no control characters
    if document.language and document.language not in state.meeting.languages:
        raise Invalid("unknown_language", f"{document.language!r} is not one of the meeting's languages.")
    if len(body) > MAX_DOCUMENT_BYTES:
        raise Invalid("too_large", f"A document may be at most {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB.")
    if document.kind == DocumentKind.LINK:
        _check_url(document.url)
    elif document.kind == DocumentKind.GLOSSARY:
        _check_glossary(body)
    elif not body.startswith(FILE_TYPES.get(document.content_type, b"\0no type")):
        raise Invalid("unknown_format", "A document is a PDF or a DOCX file (its content says which).")


def _check_url(url: str) -> None:
    """An http(s) address with a host, no spaces or control characters (read by hand: the domain
    imports no I/O library, urllib included)."""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0]
    clean = all(32 < ord(c) < 127 for c in url)
    if scheme.lower() not in ("http", "https") or not host or not clean or len(url) > MAX_URL_CHARS:
        raise Invalid("invalid_field", "A link must be an http or https address.")


def _check_glossary(body: bytes) -> None:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid("invalid_text", "A glossary is plain UTF-8 text, one term a line.") from None
    if not text.strip() or any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        raise Invalid("invalid_text", "A glossary is plain UTF-8 text, one term a line.")


def glossary_terms(text: str) -> list[tuple[str, str]]:
    """A glossary's lines as (term, rendering): ``term<TAB>rendering`` or ``term = rendering``;
    a line with neither is a term alone."""
    terms = []
    for line in text.splitlines():
        if not line.strip():
            continue
        term, _, rendering = line.partition("\t") if "\t" in line else line.partition("=")
        terms.append((term.strip(), rendering.strip()))
    return terms
