"""``GET /api/v1/meetings/{id}/events`` answered before FastAPI's routing.

An event stream lives for hours, and so does everything on its call stack. Served through the
router, each stream held its request objects, dependency exit stacks, exception wrappers and some
thirty suspended coroutine frames: ~15 of the ~25 KB a stream cost (tracemalloc, 1,000 streams).
This middleware answers the one route itself, with the same checks the route's dependencies make
(``deps.viewer_of``); the open stream then holds uvicorn's connection, a few outer frames and the
response's loop. The FastAPI route stays, for the API description and any method this one leaves.
"""

from __future__ import annotations

import logging
import re

from starlette.datastructures import Headers, QueryParams
from starlette.types import ASGIApp, Receive, Scope, Send

from companion.domain.entities import Participant

from .command_input import stream_position
from .credentials import hash_token
from .deps import token_of, viewer_of
from .event_stream import EventStreamResponse
from .http_errors import ApiError, error_response, storage_unavailable_response, unexpected_response
from .hub import Hub
from .room import MeetingRoom
from .sse import control_frame
from .storage import StorageUnavailable
from .stream_registry import StreamOwner

log = logging.getLogger(__name__)

#: The route's path, as FastAPI matches ``/api/v1/meetings/{meeting_id}/events``.
EVENTS_PATH = re.compile(r"/api/v1/meetings/([^/]+)/events")


def open_event_stream(
    hub: Hub,
    room: MeetingRoom,
    participant: Participant,
    token: str,
    address: str,
    after: str | None,
    last_event_id: str | None,
) -> EventStreamResponse:
    """A signed-in participant's event stream: ``hello``, every event after ``Last-Event-ID`` (or
    ``?after=``), then the live ones. Raises ApiError (a bad position, the address at its cap)."""
    start = stream_position(after, last_event_id)
    hello = control_frame("hello", {"epoch": room.epoch, "seq": room.state.seq, "after": start}, 2000)
    sub = room.open_stream(participant)
    hub.streams.open(sub, StreamOwner(hash_token(token), room.meeting_id, participant.id, address))
    backlog_from = min(start, room.state.seq)  # a client ahead of the log hears of it in hello
    return EventStreamResponse(room, sub, hello, after=backlog_from, on_close=hub.streams.release)


class EventStreamRoute:
    """ASGI middleware: serves GET on the event stream path, passes everything else on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = scope["type"] == "http" and scope["method"] == "GET" and EVENTS_PATH.fullmatch(scope["path"])
        if not found:
            await self.app(scope, receive, send)
            return
        try:
            response = await _open(scope, found.group(1))
        except ApiError as refused:
            response = error_response(refused.status, refused.code, refused.message, refused.headers)
        except StorageUnavailable as exc:  # the token could not be looked up: as every other route
            response = storage_unavailable_response("GET", scope["path"], exc)
        except Exception:  # as the app's own handler answers: one log entry, a typed 500
            log.exception("unexpected error on GET %s", scope["path"])
            response = unexpected_response()
        await response(scope, receive, send)


async def _open(scope: Scope, meeting_id: str) -> EventStreamResponse:
    """The stream's response, after the checks the FastAPI route's dependencies make."""
    hub: Hub = scope["app"].state.hub
    headers = Headers(scope=scope)
    token = token_of(headers.get("authorization"))
    room, participant = await viewer_of(hub, token, meeting_id)
    client = scope.get("client")
    address = client[0] if client else "?"
    after = QueryParams(scope["query_string"]).get("after")  # the last one, as FastAPI takes it
    return open_event_stream(hub, room, participant, token, address, after, headers.get("last-event-id"))
