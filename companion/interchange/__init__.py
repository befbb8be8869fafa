"""The formats the meeting speaks with the world: schedules in, calendars and the record out.

Pure: functions take and return bytes or text, never touch files or the network.
"""

from .schedule_file import MAX_SCHEDULE_BYTES, ParsedSchedule, ScheduleError, Skip, read_schedule

__all__ = ["MAX_SCHEDULE_BYTES", "ParsedSchedule", "ScheduleError", "Skip", "read_schedule"]
