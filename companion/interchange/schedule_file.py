"""Reading a schedule file of any supported format: the one place that picks the reader."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from .schedule_notes import ScheduleError, Why
from .schedule_parts import MAX_SCHEDULE_BYTES, ParsedSchedule, as_text


def read_schedule(data: bytes, meeting_zone: str, filename: str = "") -> ParsedSchedule:
    """Parse frab XML, c3voc JSON or iCalendar, recognised by content. Raises ScheduleError."""
    if len(data) > MAX_SCHEDULE_BYTES:
        raise ScheduleError(Why.TOO_LARGE, limit_mb=MAX_SCHEDULE_BYTES // (1024 * 1024))
    zone = ZoneInfo(meeting_zone)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    # Each parser (and defusedxml, icalendar) loads when a file of its format arrives: a server
    # that never imports a schedule starts without them.
    if head.startswith(b"<"):
        from . import frab_xml

        return frab_xml.parse(data, zone)
    if head.startswith((b"{", b"[")):
        from . import c3voc_json

        return c3voc_json.parse(as_text(data), zone)
    if head.upper().startswith(b"BEGIN:VCALENDAR"):
        from . import ical_schedule

        return ical_schedule.parse(data, zone)
    raise ScheduleError(Why.UNKNOWN_FORMAT, name=filename)
