"""The items' documents for the booths: files (PDF, DOCX), links and a glossary per agenda item.

Stored beside the meeting (``Storage.save_document``), never in the event log, so no snapshot,
stream or public page carries them; every route checks the reader (``documents.check_reader``).
The rules are companion/domain/documents.py's.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from companion.domain import CommandRefused
from companion.domain.codec import to_plain
from companion.domain.documents import (
    MAX_DOCUMENT_BYTES,
    MAX_DOCUMENT_TITLE,
    MAX_URL_CHARS,
    Document,
    DocumentKind,
    check_reader,
)
from companion.domain.permissions import check_role

from .deps import HubDep, Viewer
from .documents_store import add_document, documents_of, new_document_id
from .http_errors import ApiError

router = APIRouter()
#: A document is larger than a command: the body limit for the upload route.
DOCUMENTS_LIMIT = {"/documents": MAX_DOCUMENT_BYTES + 1024}
_STATUS = {"role_not_allowed": 403, "unknown_item": 404}


class Link(BaseModel):
    title: Annotated[str, Field(min_length=1, max_length=MAX_DOCUMENT_TITLE)]
    url: Annotated[str, Field(min_length=1, max_length=MAX_URL_CHARS)]
    language: str = ""


@router.post("/meetings/{meeting_id}/items/{item_id}/documents", status_code=201)
async def add_file(
    viewer: Viewer,
    hub: HubDep,
    request: Request,
    item_id: str,
    title: Annotated[str, Query(max_length=MAX_DOCUMENT_TITLE)],
    language: Annotated[str, Query(max_length=16)] = "",
    kind: Annotated[DocumentKind, Query()] = DocumentKind.FILE,
) -> dict[str, Any]:
    """Add a file (PDF or DOCX, its type in ``Content-Type``) or a glossary (UTF-8 text) to an item."""
    room, participant = _adder(viewer)
    await hub.command_rates.check(room.meeting_id, participant)
    body = await request.body()
    content_type = "text/plain; charset=utf-8" if kind == DocumentKind.GLOSSARY else _type_of(request)
    document = Document(new_document_id(), item_id, kind, title.strip(), language, content_type, len(body),
                        added_at=datetime.now(UTC))  # fmt: skip
    return await _store(hub, room, document, body)


@router.post("/meetings/{meeting_id}/items/{item_id}/links", status_code=201)
async def add_link(viewer: Viewer, hub: HubDep, item_id: str, link: Link) -> dict[str, Any]:
    """Add a link (an http or https address) to an item."""
    room, participant = _adder(viewer)
    await hub.command_rates.check(room.meeting_id, participant)
    document = Document(new_document_id(), item_id, DocumentKind.LINK, link.title.strip(), link.language,
                        url=link.url.strip(), added_at=datetime.now(UTC))  # fmt: skip
    return await _store(hub, room, document, b"")


@router.get("/meetings/{meeting_id}/documents")
async def list_documents(viewer: Viewer, hub: HubDep, item_id: str | None = None) -> dict[str, Any]:
    """The documents of one item (or of every item), for interpreters, the chair and the secretariat."""
    room, participant = viewer
    _refuse_as_http(check_reader, participant)
    found = await _documents(hub, room.meeting_id)
    return {"documents": [to_plain(d) for d in found if item_id is None or d.item_id == item_id]}


@router.get("/meetings/{meeting_id}/documents/{doc_id}")
async def download(viewer: Viewer, hub: HubDep, doc_id: str) -> Response:
    """A document's bytes, as an attachment (a link's address is in the list)."""
    room, participant = viewer
    _refuse_as_http(check_reader, participant)
    document = next((d for d in await _documents(hub, room.meeting_id) if d.id == doc_id), None)
    body = await asyncio.to_thread(hub.storage.document_body, room.meeting_id, doc_id) if document else None
    if document is None or body is None:
        raise ApiError(404, "not_found", f"There is no document {doc_id!r}.")
    name = quote(document.title)
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{name}", "Cache-Control": "private"}
    return Response(body, media_type=document.content_type or "application/octet-stream", headers=headers)


@router.delete("/meetings/{meeting_id}/documents/{doc_id}")
async def remove(viewer: Viewer, hub: HubDep, doc_id: str) -> dict[str, str]:
    room, participant = _adder(viewer)
    if not await asyncio.to_thread(hub.storage.delete_document, room.meeting_id, doc_id):
        raise ApiError(404, "not_found", f"There is no document {doc_id!r}.")
    return {"removed": doc_id}


def _adder(viewer):
    room, participant = viewer
    _refuse_as_http(check_role, participant, "documents.add")
    return room, participant


def _refuse_as_http(check, *args) -> None:
    try:
        check(*args)
    except CommandRefused as refused:
        raise ApiError(_STATUS.get(refused.code, 422), refused.code, refused.message) from None


def _type_of(request: Request) -> str:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower()


async def _documents(hub, meeting_id: str) -> list[Document]:
    return await asyncio.to_thread(documents_of, hub.storage, meeting_id)


async def _store(hub, room, document: Document, body: bytes) -> dict[str, Any]:
    try:
        await asyncio.to_thread(add_document, hub.storage, room.meeting_id, room.state, document, body)
    except CommandRefused as refused:
        raise ApiError(_STATUS.get(refused.code, 422), refused.code, refused.message) from None
    return to_plain(document)
