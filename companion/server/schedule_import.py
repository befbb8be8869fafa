"""Importing a schedule file straight into a meeting's storage (the ``import-schedule`` CLI)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from companion.domain import CommandRefused, execute
from companion.domain.entities import Participant
from companion.domain.vocabulary import Role
from companion.interchange import read_schedule
from companion.interchange.import_report import import_command, import_report

from .registry import RegistryError, load_state
from .sse import dumps
from .storage import SeqTaken, Storage

#: Who the event log names as the actor of an import made at the server's console.
CONSOLE = Participant(id="console", name="Server console", role=Role.SECRETARIAT)


def import_schedule(
    storage: Storage, meeting_id: str, data: bytes, filename: str = "", dry_run: bool = False
) -> dict[str, Any]:
    """Parse, plan and (unless *dry_run*) apply a schedule; returns the report.

    Raises ScheduleError for a refused file and RegistryError for a refused import; either way
    nothing is written.
    """
    if meeting_id not in storage.meeting_ids():
        raise RegistryError(f"there is no meeting {meeting_id!r}")
    for _ in range(5):  # the running server may append meanwhile: plan again on the newer state
        state = load_state(storage, meeting_id)
        parsed = read_schedule(data, state.meeting.time_zone, filename)
        report = import_report(state, parsed, dry_run=dry_run)
        if dry_run:
            return report
        try:
            _, events = execute(state, import_command(parsed), CONSOLE, datetime.now(UTC))
        except CommandRefused as exc:
            raise RegistryError(f"the schedule was refused: {exc}") from exc
        if not events:
            return report
        try:
            storage.append(meeting_id, events[0].seq, [dumps(e.envelope()) for e in events])
            return report
        except SeqTaken:
            continue
    raise RegistryError("the meeting is too busy to import into; try again")
