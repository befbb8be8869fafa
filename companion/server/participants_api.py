"""The secretariat's participants route: a CSV list in, the report and the new codes out (once)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from companion.domain.permissions import check_role
from companion.interchange.roster_csv import MAX_ROSTER_BYTES

from .deps import HubDep, Viewer
from .http_errors import ApiError
from .participants import find_participant, import_participants, reissue_code
from .registry import RegistryError

router = APIRouter()
#: A list of a few thousand people is larger than a command: the body limit for this route.
ROSTER_LIMIT = {"/participants": MAX_ROSTER_BYTES}


@router.post("/meetings/{meeting_id}/participants", response_model=None)
async def import_participant_list(
    viewer: Viewer, hub: HubDep, request: Request, dry_run: Annotated[bool, Query()] = False
) -> dict[str, Any] | JSONResponse:
    """Register or update participants from a CSV body; a refused file is a 422 with every problem."""
    room, participant = viewer
    check_role(participant, "participants.import")  # refuse before reading the body
    await hub.command_rates.check(room.meeting_id, participant)
    with _one_import_at_a_time(request, room.meeting_id):
        data = await request.body()
        return await _import(hub, room, participant, data, dry_run)


@contextmanager
def _one_import_at_a_time(request: Request, meeting_id: str) -> Iterator[None]:
    """A list of thousands costs seconds of code hashing on every core: a second import of the same meeting
    meanwhile is refused (429) rather than left to pile up in the server's threads."""
    if not hasattr(request.app.state, "roster_imports"):
        request.app.state.roster_imports = set()
    running: set[str] = request.app.state.roster_imports
    if meeting_id in running:
        message = "An import of participants is already running for this meeting; try again when it ends."
        raise ApiError(429, "rate_limited", message, {"Retry-After": "10"})
    running.add(meeting_id)
    try:
        yield
    finally:
        running.discard(meeting_id)


async def _import(hub, room, participant, data: bytes, dry_run: bool) -> dict[str, Any] | JSONResponse:
    try:
        result = await asyncio.to_thread(
            import_participants,
            hub.storage,
            room.meeting_id,
            data,
            dry_run=dry_run,
            actor=participant,
            code_pepper=hub.code_pepper,
        )
    except RegistryError as exc:
        raise ApiError(409, "busy", str(exc)) from None
    if result.refused:
        problems = result.report["problems"]
        message = f"The participants file has {len(problems)} problem(s); nothing was imported."
        notes = result.report["notes"]  # what the reader did, e.g. the encoding it guessed
        error = {"code": "bad_participants", "message": message, "problems": problems, "notes": notes}
        return JSONResponse({"error": error}, status_code=422)
    await room.catch_up_async()  # the room publishes the new events to every stream
    return {**result.report, "codes": result.codes}


@router.post("/meetings/{meeting_id}/participants/{participant_id}/code")
async def new_code(viewer: Viewer, hub: HubDep, participant_id: str) -> dict[str, str]:
    """A new personal code for a participant (shown once); their previous code stops working and
    their sign-ins and streams end at once."""
    room, participant = viewer
    check_role(participant, "participants.import")
    await hub.command_rates.check(room.meeting_id, participant)
    try:
        find_participant(room.state, participant_id)
        who, code = await asyncio.to_thread(
            reissue_code, hub.storage, room.meeting_id, participant_id, hub.code_pepper
        )
    except RegistryError:
        raise ApiError(404, "unknown_participant", f"There is no participant {participant_id!r}.") from None
    await hub.sessions.revoke(room.meeting_id, who.id)  # the tokens are gone: close their streams now
    return {"participant_id": who.id, "code": code}
