"""Importing a schedule file into a meeting, in one pass: parse once, prepare (check and plan) once
per state, apply exactly what was prepared. The HTTP route (``import_into_room``) and the
``import-schedule`` CLI (``import_schedule``) differ only in where the events are stored."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from companion.domain import CommandRefused, Conflict, execute
from companion.domain.entities import Participant
from companion.domain.schedule_plan import prepare_import
from companion.domain.vocabulary import Role
from companion.interchange import ParsedSchedule, read_schedule
from companion.interchange.import_report import import_report

from . import console_words as words
from .console_words import empty_schedule, said
from .registry import RegistryError, load_state
from .room import MeetingRoom
from .sse import dumps
from .storage import SeqTaken, Storage

#: Who the event log names as the actor of an import made at the server's console.
CONSOLE = Participant(id="console", name="Server console", role=Role.SECRETARIAT)
#: Another writer may append between the plan and the commit; then plan again on the newer state.
ATTEMPTS = 5


async def import_into_room(
    room: MeetingRoom,
    actor: Participant,
    parsed: ParsedSchedule,
    dry_run: bool,
    key: str | None,
    expected_plan: str | None = None,
) -> dict[str, Any]:
    """Prepare *parsed* on the room's latest state and, unless *dry_run*, apply it; returns the report.

    With *expected_plan* (the ``plan`` of a preview), the import is refused unless it would do
    exactly what the preview showed. Raises CommandRefused (nothing is changed).
    """
    for _ in range(ATTEMPTS):
        state = room.latest_state
        prepared = prepare_import(state, parsed.items, parsed.fields)
        report = import_report(state, parsed, prepared, dry_run=dry_run)
        if dry_run:
            return report
        if expected_plan is not None and report["plan"] != expected_plan:
            raise Conflict("stale", "The meeting changed since the preview: the import would now do "
                                    "something else. Preview it again.")
        try:
            await room.run(actor, prepared, key)
            return report
        except Conflict as conflict:
            if conflict.code != "stale":
                raise
    raise Conflict("stale", "The meeting changed during the import too often; try again.")


def import_schedule(
    storage: Storage, meeting_id: str, data: bytes, filename: str = "", dry_run: bool = False
) -> dict[str, Any]:
    """Parse, plan and (unless *dry_run*) apply a schedule straight into storage; returns the report.

    Raises ScheduleError for a refused file and RegistryError for a refused import; either way
    nothing is written.
    """
    if meeting_id not in storage.meeting_ids():
        raise said(RegistryError, words.NO_MEETING, meeting=meeting_id)
    state = load_state(storage, meeting_id)
    parsed = read_schedule(data, state.meeting.time_zone, filename)
    if not parsed.items:
        raise empty_schedule(RegistryError, filename, [s.plain() for s in parsed.skipped])
    for _ in range(ATTEMPTS):
        try:
            prepared = prepare_import(state, parsed.items, parsed.fields)
            report = import_report(state, parsed, prepared, dry_run=dry_run)
            if dry_run:
                return report
            _, events = execute(state, prepared, CONSOLE, datetime.now(UTC))
        except CommandRefused as exc:
            raise RegistryError(f"the schedule was refused: {exc}") from exc
        if not events:
            return report
        try:
            storage.append(meeting_id, events[0].seq, [dumps(e.envelope()) for e in events])
            return report
        except SeqTaken:  # the running server appended meanwhile: catch up, plan again
            state = load_state(storage, meeting_id)
    raise said(RegistryError, words.TOO_BUSY)
