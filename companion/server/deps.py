"""What routes depend on: the hub, the bearer token, and the signed-in viewer of a meeting."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from companion.domain.entities import Participant

from .http_errors import ApiError
from .hub import Hub
from .room import MeetingRoom


def hub_of(request: Request) -> Hub:
    return request.app.state.hub


HubDep = Annotated[Hub, Depends(hub_of)]


def bearer(authorization: Annotated[str | None, Header()] = None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "unauthenticated", "Sign in first.", {"WWW-Authenticate": "Bearer"})
    return token.strip()


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
