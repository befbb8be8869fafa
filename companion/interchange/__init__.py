"""The formats the meeting speaks with the world: schedules in, calendars and the record out.

Pure: functions take and return bytes or text, never touch files or the network.
"""

from .schedule_notes import Note, ScheduleError, Why
from .schedule_parts import MAX_SCHEDULE_BYTES, ParsedSchedule

__all__ = ["MAX_SCHEDULE_BYTES", "Note", "ParsedSchedule", "ScheduleError", "Why", "read_schedule"]


def __getattr__(name: str):
    # The readers load when a schedule is first read, not with the package: the desktop app
    # imports it for its limits and words at start, and the iCalendar reader alone (icalendar,
    # dateutil) is ~60 ms of imports and a few MB it would otherwise carry from its first paint.
    if name == "read_schedule":
        from .schedule_file import read_schedule

        return read_schedule
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
