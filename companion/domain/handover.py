"""Booth shifts and handover: who is on now, who comes next, and when to cue the handover.

The clock is passed in (``now``): the domain reads none. The board asks ``handover_at`` on a timer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .booths import Booth, as_worked_by
from .entities import BoothShift
from .errors import Invalid
from .instants import parse_instant
from .limits import check_name

#: Minutes before a handover at which the booth is cued (the earlier one first).
CUE_MINUTES: tuple[int, ...] = (5, 1)
#: At most this many shifts per booth (a week of 30-minute turns, day and night, fits).
MAX_SHIFTS_PER_BOOTH = 400
MAX_INTERPRETER_NAME = 120
#: A shift longer than this is a typing mistake (a date off by a day), not a turn in a booth.
MAX_SHIFT = timedelta(hours=12)


@dataclass(frozen=True)
class Handover:
    """A booth's shift now and next; ``cue`` is 5 or 1 (minutes) when a handover is that close."""

    current: BoothShift | None
    next: BoothShift | None
    seconds_left: int | None = None
    cue: int | None = None


def shifts_of(shifts: Iterable[BoothShift], booth: str) -> list[BoothShift]:
    """A booth's shifts in order of start."""
    return sorted((s for s in shifts if s.language == booth), key=lambda s: s.start)


def handover_at(shifts: Iterable[BoothShift], booth: str, now: datetime) -> Handover:
    """The booth's current and next shift at *now*, with the cue when the next interpreter takes
    over within 5 minutes (cue 5) or 1 minute (cue 1). The next shift counts as a handover when it
    is another interpreter's; the same interpreter going on needs no cue."""
    mine = shifts_of(shifts, booth)
    current = next((s for s in mine if s.start <= now < s.end), None)
    upcoming = next((s for s in mine if s.start >= (current.end if current else now)), None)
    if current is None:
        left = int((upcoming.start - now).total_seconds()) if upcoming else None
        return Handover(None, upcoming, left, _cue(left) if upcoming else None)
    left = int((current.end - now).total_seconds())
    takes_over = (
        upcoming is not None and upcoming.start <= current.end and upcoming.interpreter != current.interpreter
    )
    return Handover(current, upcoming, left, _cue(left) if takes_over else None)


def booths_on_duty(booths: Iterable[Booth], shifts: Iterable[BoothShift], now: datetime) -> tuple[Booth, ...]:
    """The booths as worked at *now*: each with the languages of its interpreter on shift, where
    that interpreter's differ from the booth's (see ``booths.as_worked_by``)."""
    shifts = tuple(shifts)
    on = {s.language: s.interpreter for s in shifts if s.start <= now < s.end}
    return tuple(as_worked_by(b, on.get(b.language)) for b in booths)


def _cue(seconds_left: int | None) -> int | None:
    """The smallest cue the time left is within (1 before 5), or None."""
    if seconds_left is None or seconds_left < 0:
        return None
    within = [m for m in CUE_MINUTES if seconds_left <= m * 60]
    return min(within) if within else None


# --- reading shifts from a command -----------------------------------------------------------


def read_shifts(raw: Any, booth: str, participants: Mapping[str, Any]) -> tuple[BoothShift, ...]:
    """A booth's shifts from their JSON form, in order; raises Invalid naming the first bad one."""
    if not isinstance(raw, list) or len(raw) > MAX_SHIFTS_PER_BOOTH:
        raise Invalid("invalid_field", f"'shifts' must be a list of at most {MAX_SHIFTS_PER_BOOTH}.")
    shifts = sorted((_shift(n, s, booth, participants) for n, s in enumerate(raw, 1)), key=lambda s: s.start)
    for before, after in zip(shifts, shifts[1:], strict=False):
        if after.start < before.end:
            raise Invalid(
                "shifts_overlap",
                f"Two shifts of the {booth} booth overlap: {before.interpreter} and {after.interpreter}.",
            )
    return tuple(shifts)


def _shift(n: int, raw: Any, booth: str, participants: Mapping[str, Any]) -> BoothShift:
    if not isinstance(raw, Mapping):
        raise Invalid("invalid_field", f"Shift {n} must be an object: interpreter, start, end.")
    name = raw.get("interpreter")
    if not isinstance(name, str) or not name.strip():
        raise Invalid("missing_field", f"Shift {n} names no interpreter.")
    check_name(name, f"Shift {n}: the name")
    if len(name.strip()) > MAX_INTERPRETER_NAME:
        raise Invalid("too_long", f"Shift {n}: the name is longer than {MAX_INTERPRETER_NAME} characters.")
    try:
        start, end = parse_instant(raw.get("start")), parse_instant(raw.get("end"))
    except (ValueError, TypeError):
        raise Invalid("invalid_time", f"Shift {n}: start and end must be times with an offset.") from None
    if not start < end <= start + MAX_SHIFT:
        raise Invalid("invalid_times", f"Shift {n} must end after it starts, within 12 hours.")
    person = raw.get("participant_id")
    if person is not None and getattr(participants.get(person), "booth", None) != booth:
        raise Invalid("unknown_participant", f"Shift {n}: {person!r} is no interpreter of the {booth} booth.")
    return BoothShift(booth, name.strip(), start, end, person)
