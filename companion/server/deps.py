"""What routes depend on: the hub, the bearer token, and the signed-in viewer of a meeting."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from companion.domain.entities import Participant

from .http_errors import ApiError
from .hub import Hub
from .room import MeetingRoom


def hub_of(request: Request) -> Hub:
    return request.app.state.hub


HubDep = Annotated[Hub, Depends(hub_of)]


#: Declared as a security scheme, so the OpenAPI description says which routes need a token.
_scheme = HTTPBearer(
    auto_error=False, scheme_name="bearer", description="the token from POST /api/v1/session"
)


def bearer(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_scheme)]) -> str:
    token = credentials.credentials.strip() if credentials else ""
    if not token:
        raise ApiError(401, "unauthenticated", "Sign in first.", {"WWW-Authenticate": "Bearer"})
    return token


TokenDep = Annotated[str, Depends(bearer)]


async def current_viewer(meeting_id: str, hub: HubDep, token: TokenDep) -> tuple[MeetingRoom, Participant]:
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
