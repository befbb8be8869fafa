"""An item's documents for the booth: the list, and a document's bytes. Blocking: the app runs
these on a worker thread (ui/background.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.domain.codec import from_plain
from companion.domain.documents import MAX_DOCUMENT_BYTES, Document

from .errors import Problem, ServerTrouble

if TYPE_CHECKING:  # requests loads with the first call, not with the app (see sync.py)
    from .http_api import MeetingApi

#: A 20 MB paper over a slow hotel network.
DOWNLOAD_TIMEOUT_S = 120.0


def list_documents(api: MeetingApi, item_id: str) -> list[Document]:
    """The item's documents (files, links, glossaries), in the order they were added."""
    answer = api._call("GET", f"/meetings/{api.meeting_id}/documents", params={"item_id": item_id})
    try:
        return [from_plain(Document, d) for d in answer["documents"]]
    except (KeyError, TypeError, ValueError):
        raise _unreadable() from None


def download_document(api: MeetingApi, doc_id: str) -> bytes:
    """A document's bytes (at most MAX_DOCUMENT_BYTES); raises a ClientError."""
    import requests

    from .http_api import API, http_error, network_error, refuse_redirect

    url = f"{api.server_url}{API}/meetings/{api.meeting_id}/documents/{doc_id}"
    with requests.Session() as own:  # beside the sync workers, as uploads are
        own.headers.update(api.http.headers)
        try:
            response = own.get(url, timeout=max(api.timeout, 10.0), verify=api.verify, allow_redirects=False,
                               stream=True)  # fmt: skip
            refuse_redirect(response)
            if response.status_code >= 400:
                raise http_error(response)
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > MAX_DOCUMENT_BYTES:
                    raise _unreadable()
        except requests.RequestException as exc:
            raise network_error(exc) from None
    return bytes(body)


def _unreadable() -> ServerTrouble:
    return ServerTrouble("The server sent an answer this app cannot read.", Problem.UNREADABLE_ANSWER)


def upload_document(
    api: MeetingApi, item_id: str, body: bytes, title: str, content_type: str, glossary: bool = False
) -> Document:
    """Give an item a document (secretariat): a PDF or DOCX file, or a glossary; raises a ClientError."""
    from .http_api import http_error, json_answer, post_upload

    query = {"title": title, "kind": "glossary" if glossary else "file"}
    response = post_upload(api, f"/items/{item_id}/documents", DOWNLOAD_TIMEOUT_S, params=query, data=body,
                           headers={"Content-Type": content_type})  # fmt: skip
    if response.status_code >= 400:
        raise http_error(response)
    try:
        return from_plain(Document, json_answer(response))
    except (TypeError, ValueError):
        raise _unreadable() from None
