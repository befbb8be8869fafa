"""The formats the meeting speaks with the world: schedules in, calendars and the record out.

Pure: functions take and return bytes or text, never touch files or the network.
"""

from .schedule_file import read_schedule
from .schedule_notes import Note, ScheduleError, Why
from .schedule_parts import MAX_SCHEDULE_BYTES, ParsedSchedule

__all__ = ["MAX_SCHEDULE_BYTES", "Note", "ParsedSchedule", "ScheduleError", "Why", "read_schedule"]
