"""iCalendar (RFC 5545) as a schedule: each VEVENT with a UID and a start time becomes an item."""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar

from .schedule_file import (
    CALENDAR_FIELDS,
    Collector,
    ParsedSchedule,
    RawEvent,
    ScheduleError,
    check_exists,
    kind_of,
)


def parse(text: str, meeting_zone: str) -> ParsedSchedule:
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        raise ScheduleError(f"The iCalendar file is broken: {exc}.") from None
    collector = Collector("iCalendar", meeting_zone, CALENDAR_FIELDS)
    floating = 0
    for n, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = own_item_id(str(event.get("UID", "")).strip())
        where = f"VEVENT {n} (UID {uid or '?'})"
        try:
            start, was_floating = _instant(event, "DTSTART", collector, where)
            end = _end(event, start, collector, where)
        except ValueError as exc:
            collector.skip(where, str(exc))
            continue
        floating += was_floating
        collector.add(
            RawEvent(
                guid=uid,
                start=start,
                end=end,
                title=str(event.get("SUMMARY", "")),
                where=where,
                kind=kind_of(_categories(event), str(event.get("SUMMARY", ""))),
                description=str(event.get("DESCRIPTION", "")),
                room=str(event.get("LOCATION", "")),
                cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
                public=str(event.get("CLASS", "PUBLIC")).upper() == "PUBLIC",
            )
        )
    if floating:
        collector.parsed.notes.append(
            f"{floating} event(s) have floating times (no time zone); they were read as meeting time "
            f"({meeting_zone})."
        )
    return collector.parsed


def _instant(event, name: str, collector: Collector, where: str) -> tuple[datetime, bool]:
    prop = event.get(name)
    if prop is None:
        raise ValueError(f"it has no {name}")
    try:
        value = prop.dt
    except Exception as exc:  # icalendar raises its own broken-property errors from .dt
        raise ValueError(f"{name} is not a date-time ({exc})") from None
    if not isinstance(value, datetime):
        raise ValueError(f"{name} is a whole day ({value}), not a time")
    if value.tzinfo is None:
        zone = prop.params.get("TZID")
        if zone:
            raise ValueError(f"unknown time zone {zone!r}, and no VTIMEZONE in the file defines it")
        return check_exists(value.replace(tzinfo=collector.zone), where), True
    return check_exists(value, where), False


def _end(event, start: datetime, collector: Collector, where: str) -> datetime:
    if event.get("DTEND") is not None:
        return _instant(event, "DTEND", collector, where)[0]
    duration = event.get("DURATION")
    if duration is not None and isinstance(duration.dt, timedelta):
        return start + duration.dt
    raise ValueError("it has neither DTEND nor DURATION")


def _categories(event) -> str:
    value = event.get("CATEGORIES")
    if value is None:
        return ""
    groups = value if isinstance(value, list) else [value]
    return " ".join(str(c) for group in groups for c in getattr(group, "cats", [group]))




def own_item_id(uid: str) -> str:
    """Our own exports' UIDs (``item@meeting.meeting-companion``) map back to the item they came from."""
    head, at, tail = uid.partition("@")
    return head if at and tail.endswith(".meeting-companion") else uid
