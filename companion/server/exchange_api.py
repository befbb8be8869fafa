"""Routes for the formats the meeting exchanges: schedule import, calendar feed, the meeting's record."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from companion.domain.limits import in_supported_years
from companion.domain.permissions import check_role, may_read_record
from companion.interchange import ScheduleError, read_schedule
from companion.interchange.import_report import empty_refusal
from companion.interchange.record_files import record_csv, record_document

from .deps import HubDep, Viewer
from .http_errors import ApiError
from .schedule_import import import_into_room

router = APIRouter()


@router.post("/meetings/{meeting_id}/schedule")
async def import_schedule(
    viewer: Viewer,
    request: Request,
    dry_run: Annotated[bool, Query()] = False,
    x_filename: Annotated[str, Header(max_length=300)] = "",
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    expected_plan: Annotated[str | None, Query(max_length=64)] = None,
) -> Any:
    """Import a frab XML, c3voc JSON or iCalendar schedule (the raw file as the body); returns the report."""
    room, participant = viewer
    check_role(participant, "agenda.import")  # refuse before reading a large body
    data = await request.body()
    try:
        parsed = await asyncio.to_thread(read_schedule, data, room.state.meeting.time_zone, x_filename)
    except ScheduleError as exc:
        # The usual error body, plus the reason as code and fields: the app words it in its language.
        error = {"code": "bad_schedule", "message": str(exc), "reason": exc.note.plain()}
        return JSONResponse({"error": error}, status_code=422)
    if not parsed.items:  # every event skipped: the refusal says why, skip by skip
        return JSONResponse({"error": empty_refusal(parsed)}, status_code=422)
    return await import_into_room(room, participant, parsed, dry_run, idempotency_key, expected_plan)


@router.get("/meetings/{meeting_id}/agenda.ics")
async def agenda_ics(meeting_id: str, hub: HubDep, language: str | None = None) -> Response:
    """The public agenda as a calendar to subscribe to; no sign-in, public items only; with
    ``?language=ar``, the titles and descriptions in that language where the meeting has them."""
    from companion.interchange.ical_export import agenda_calendar  # icalendar: loaded on first use

    room = hub.rooms.get(meeting_id)
    if room is None:
        raise ApiError(404, "unknown_meeting", f"There is no meeting {meeting_id!r} on this server.")
    state = room.state
    public = [item for item in state.items.values() if item.public and in_supported_years(item)]
    if language is not None and language not in state.meeting.languages:
        raise ApiError(422, "unknown_language", f"{language!r} is not one of the meeting's languages.")
    body = agenda_calendar(state, public, datetime.now(UTC), language)
    headers = {"Content-Disposition": f'inline; filename="{meeting_id}.ics"', "Cache-Control": "max-age=60"}
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)


@router.get("/meetings/{meeting_id}/record.{fmt}")
async def meeting_record(viewer: Viewer, fmt: str) -> Response:
    """Who asked for the floor and who spoke, per item, with figures: ``record.csv`` or ``record.json``."""
    room, participant = viewer
    if not may_read_record(participant):
        raise ApiError(403, "role_not_allowed", "The record of the meeting is for the chair and secretariat.")
    if fmt == "csv":
        headers = {"Content-Disposition": f'attachment; filename="{room.meeting_id}-record.csv"'}
        return Response(record_csv(room.state), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt == "json":
        return Response(_json(record_document(room.state)), media_type="application/json")
    raise ApiError(404, "unknown_format", "The record comes as record.csv or record.json.")


def _json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()
