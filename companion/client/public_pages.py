"""Addresses of the meeting server's public pages (room display, webcast overlay, list of speakers)."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from companion.domain.display import PageView


def public_page_url(server_url: str, meeting_id: str, view: PageView, language: str | None = None) -> str:
    """The page's address; without *language* the page follows the browser's."""
    query = {} if view == PageView.ROOM else {"view": view.value}
    if language:
        query["lang"] = language
    address = f"{server_url.rstrip('/')}/display/{quote(meeting_id, safe='')}"
    return f"{address}?{urlencode(query)}" if query else address
