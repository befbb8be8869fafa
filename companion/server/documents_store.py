"""Keeping the items' documents beside the meeting: one place for the route and the console."""

from __future__ import annotations

import json
import secrets

from companion.domain.codec import from_plain, to_plain
from companion.domain.documents import Document, check_document
from companion.domain.state import MeetingState

from .storage import Storage


def new_document_id() -> str:
    return "doc-" + secrets.token_hex(8)


def documents_of(storage: Storage, meeting_id: str) -> list[Document]:
    """A meeting's documents, in the order they were added."""
    return [from_plain(Document, json.loads(row)) for row in storage.documents(meeting_id)]


def add_document(
    storage: Storage, meeting_id: str, state: MeetingState, document: Document, body: bytes
) -> None:
    """Check *document* by the domain's rules (raises Invalid) and keep it with its bytes."""
    existing = sum(1 for d in documents_of(storage, meeting_id) if d.item_id == document.item_id)
    check_document(state, document, body, existing)
    meta = json.dumps(to_plain(document), ensure_ascii=False)
    storage.save_document(meeting_id, document.id, document.item_id, meta, body)
