"""The items' documents at the console: ``add-document`` (a PDF or DOCX file, a glossary, a link)
and ``list-documents``. The same rules as the route (documents_store.add_document)."""

from __future__ import annotations

import argparse
import mimetypes
from datetime import UTC, datetime
from pathlib import Path

from companion.domain import CommandRefused
from companion.domain.documents import MAX_DOCUMENT_BYTES, Document, DocumentKind

from . import console_words as words
from .console_words import file_refusal, said
from .documents_store import add_document, documents_of, new_document_id
from .registry import RegistryError, load_state
from .stores import open_storage

COMMANDS = ("add-document", "list-documents")
#: The types a file's name announces; its content must agree (domain/documents.py).
TYPES = {".pdf": "application/pdf", ".docx": mimetypes.types_map.get(".docx") or
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}  # fmt: skip


def add_parsers(commands) -> None:
    """Add the document subcommands to ``meeting-server``."""
    add = commands.add_parser("add-document", help="give an agenda item a document, a glossary or a link")
    add.add_argument("--db", default=None)
    add.add_argument("--meeting", required=True)
    add.add_argument("--item", required=True, help="the agenda item's id")
    add.add_argument("--title", help="as the booths will see it (default: the file's name)")
    add.add_argument("--language", default="", help="the language it is in, e.g. fr")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--file", help="a PDF or DOCX file")
    what.add_argument("--glossary", help="a UTF-8 text file: one term a line, term<TAB>rendering")
    what.add_argument("--url", help="an http or https address")
    listing = commands.add_parser("list-documents", help="the documents of a meeting's items")
    listing.add_argument("--db", default=None)
    listing.add_argument("--meeting", required=True)


def run(args: argparse.Namespace, db: str) -> int:
    """Run one of COMMANDS; raises RegistryError for the caller to print (exit 2)."""
    storage = open_storage(db)
    try:
        if args.meeting not in storage.meeting_ids():
            raise said(RegistryError, words.NO_MEETING, meeting=args.meeting)
        if args.command == "list-documents":
            for d in documents_of(storage, args.meeting):
                print(f"{d.item_id}\t{d.id}\t{d.kind.value}\t{d.title}\t{d.url or d.size}")
            return 0
        document, body = _document(args)
        try:
            add_document(storage, args.meeting, load_state(storage, args.meeting), document, body)
        except CommandRefused as refused:
            raise RegistryError(f"the document was refused: {refused.message}") from None
    finally:
        storage.close()
    print(f"Added {document.title!r} to {document.item_id} ({document.id}).")
    return 0


def _document(args: argparse.Namespace) -> tuple[Document, bytes]:
    now = datetime.now(UTC)
    if args.url:
        title = args.title or args.url
        return Document(new_document_id(), args.item, DocumentKind.LINK, title, args.language, url=args.url,
                        added_at=now), b""  # fmt: skip
    path = Path(args.file or args.glossary)
    try:
        with path.open("rb") as handle:
            body = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise file_refusal(RegistryError, path, exc) from None
    if args.glossary:
        kind, content_type = DocumentKind.GLOSSARY, "text/plain; charset=utf-8"
    else:
        kind, content_type = DocumentKind.FILE, TYPES.get(path.suffix.lower(), "")
    title = args.title or path.name
    return Document(new_document_id(), args.item, kind, title, args.language, content_type, len(body),
                    added_at=now), body  # fmt: skip
