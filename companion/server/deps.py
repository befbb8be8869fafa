"""What routes depend on: the hub, the bearer token, and the signed-in viewer of a meeting."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from companion.domain.entities import Participant

from .http_errors import ApiError
from .hub import Hub
from .room import MeetingRoom


async def hub_of(request: Request) -> Hub:
    """The app's hub. This and ``bearer`` are coroutines although they never wait: FastAPI runs a
    plain ``def`` dependency in a worker thread, two thread hops per request for nothing."""
    return request.app.state.hub


HubDep = Annotated[Hub, Depends(hub_of)]


#: Declared as a security scheme, so the OpenAPI description says which routes need a token.
_scheme = HTTPBearer(
    auto_error=False, scheme_name="bearer", description="the token from POST /api/v1/session"
)


async def bearer(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_scheme)]) -> str:
    return _present(credentials.credentials if credentials else "")


def token_of(authorization: str | None) -> str:
    """The bearer token of an ``Authorization`` header, read as the ``bearer`` dependency reads it
    (for the event stream, served outside FastAPI's routing: stream_route.py)."""
    scheme, _, token = (authorization or "").partition(" ")
    return _present(token if scheme.lower() == "bearer" else "")


def _present(token: str) -> str:
    token = token.strip()
    if not token:
        raise ApiError(401, "unauthenticated", "Sign in first.", {"WWW-Authenticate": "Bearer"})
    return token


TokenDep = Annotated[str, Depends(bearer)]


async def current_viewer(meeting_id: str, hub: HubDep, token: TokenDep) -> tuple[MeetingRoom, Participant]:
    return await viewer_of(hub, token, meeting_id)


async def viewer_of(hub: Hub, token: str, meeting_id: str) -> tuple[MeetingRoom, Participant]:
    """The room and participant of a live token for *meeting_id*; raises 401 or 403."""
    found = await hub.authenticate(token)
    if found is None:
        raise ApiError(
            401, "unauthenticated", "Your session has ended; sign in again.", {"WWW-Authenticate": "Bearer"}
        )
    room, participant = found
    if room.meeting_id != meeting_id:
        raise ApiError(403, "other_meeting", "You are signed in to another meeting.")
    return room, participant


Viewer = Annotated[tuple[MeetingRoom, Participant], Depends(current_viewer)]
