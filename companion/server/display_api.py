"""Public routes, no sign-in: the room display, webcast overlay and list of speakers, and the public
stream and snapshot that feed them. They carry only what ``domain.public_view`` lets the room see."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import HTMLResponse

from companion.domain.display import PageView, Theme, page_language, page_languages

from .deps import HubDep
from .display_page import content_security_policy, page_boot, render_page, service_worker
from .event_stream import EventStreamResponse
from .http_errors import ApiError
from .hub import Hub
from .public_feed import RETRY_MS, PublicFeed, feed_of, public_document
from .room import MeetingRoom

router = APIRouter()

#: A public stream's event id: the log's epoch, a dot, the seq of the view. ASCII digits only
#: (``\d`` would take Arabic-Indic and other digits, which no stream of ours sends).
_PUBLIC_ID = re.compile(r"[0-9a-f]{0,40}\.[0-9]{1,12}")
_NO_STORE = {"Cache-Control": "no-store"}


def _room(hub: Hub, meeting_id: str) -> MeetingRoom:
    room = hub.rooms.get(meeting_id)
    if room is None:
        raise ApiError(404, "unknown_meeting", f"There is no meeting {meeting_id!r} on this server.")
    return room


def _feed(request: Request, room: MeetingRoom) -> PublicFeed:
    """The room's public feed; the app holds them (so they end with it)."""
    if not hasattr(request.app.state, "public_feeds"):
        request.app.state.public_feeds = {}
    return feed_of(request.app.state.public_feeds, room)


def _choice(enum: type[StrEnum], value: str, refusal: ApiError):
    try:
        return enum(value)
    except ValueError:
        refusal.message += f" Use one of: {', '.join(m.value for m in enum)}."
        raise refusal from None


@router.get("/display/sw.js", include_in_schema=False)
async def display_worker() -> Response:
    """The public pages' service worker: gets a page again when a load fails (display/sw.js)."""
    headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
    return Response(service_worker(), media_type="text/javascript; charset=utf-8", headers=headers)


@router.get("/display/{meeting_id}", response_class=HTMLResponse)
async def display_page(
    meeting_id: str,
    request: Request,
    hub: HubDep,
    view: Annotated[str, Query(max_length=40)] = PageView.ROOM.value,
    theme: Annotated[str, Query(max_length=40)] = Theme.DARK.value,
    lang: Annotated[str | None, Query(max_length=40)] = None,
    accept_language: Annotated[str | None, Header()] = None,  # a long one is read in part, not refused
) -> HTMLResponse:
    """The room display (``?view=room``), webcast overlay (``lower-third``) or list of speakers
    (``speakers``), in ``?lang=`` or the browser's language, ``?theme=dark|light``."""
    room = _room(hub, meeting_id)
    page = _choice(PageView, view, ApiError(422, "invalid_view", f"There is no page view {view!r}."))
    colours = _choice(Theme, theme, ApiError(422, "invalid_theme", f"There is no theme {theme!r}."))
    offered = page_languages(room.state.meeting.languages)
    language = page_language(lang, accept_language, offered)
    if language is None:
        message = f"The pages of this meeting are not in {lang!r}; use one of: {', '.join(offered)}."
        raise ApiError(422, "unknown_language", message)
    boot = page_boot(public_document(room), _feed(request, room).frame_id)
    headers = {
        **_NO_STORE,
        "Content-Language": language,
        "Vary": "Accept-Language",
        "Content-Security-Policy": content_security_policy(),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    return HTMLResponse(render_page(page, colours, language, boot), headers=headers)


@router.get("/api/v1/meetings/{meeting_id}/public")
async def public_snapshot(meeting_id: str, hub: HubDep, response: Response) -> dict[str, Any]:
    """What the room may see now, with the log's ``epoch`` and the server's ``now``."""
    response.headers.update(_NO_STORE)
    return public_document(_room(hub, meeting_id))


@router.get("/api/v1/meetings/{meeting_id}/public/events")
async def public_events(
    meeting_id: str,
    request: Request,
    hub: HubDep,
    after: str | None = None,  # any length: the id's own pattern bounds it, with its own refusal
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventStreamResponse:
    """Server-Sent Events: ``hello``, the public view (``view``, again whenever it changes) and
    ``alive`` every keep-alive period. Resume with ``Last-Event-ID`` (or ``?after=``)."""
    room = _room(hub, meeting_id)
    last = last_event_id if last_event_id is not None else after
    if last is not None and not _PUBLIC_ID.fullmatch(last.strip()):
        raise ApiError(422, "invalid_last_event_id", "Last-Event-ID must be an id this stream sent.")
    feed = _feed(request, room)
    address = request.client.host if request.client else "?"
    refusal = feed.refusal(address, hub.settings)
    if refusal:
        wait = str(RETRY_MS // 1000 * 5)
        raise ApiError(429, "too_many_streams", refusal, {"Retry-After": wait})
    first, page = feed.open(address, last.strip() if last else None, hub.settings.keepalive_seconds)
    return EventStreamResponse(feed, page, first)

