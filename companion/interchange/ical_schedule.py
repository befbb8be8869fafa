"""iCalendar (RFC 5545) as a schedule: each VEVENT with a UID and a start time becomes an item."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from .schedule_notes import ScheduleError, Unreadable, Why
from .schedule_parts import CALENDAR_FIELDS, Collector, ParsedSchedule, RawEvent, as_text, kind_of

FORMAT = "iCalendar"
#: Our own exports' UIDs end so; the item id is everything before the last "@".
OWN_UID_SUFFIX = ".meeting-companion"
#: RFC 5545 folds lines by octets: a CRLF (or a bare LF) followed by one space or tab.
_FOLD = re.compile(rb"\r?\n[ \t]")


def parse(data: bytes, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read an .ics file: unfolded as bytes first (a fold may split a UTF-8 character), then decoded."""
    text = as_text(_FOLD.sub(b"", data))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # ValueError mostly; a damaged VTIMEZONE trips icalendar's internals
        raise ScheduleError(Why.BROKEN_ICAL, detail=str(exc) or type(exc).__name__) from None
    collector = Collector(FORMAT, meeting_zone, CALENDAR_FIELDS)
    for n, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = own_item_id(str(event.get("UID", "")).strip())
        where = f"VEVENT {n} (UID {uid or '?'})"
        try:
            raw = _event(event, uid, where, collector)
        except Unreadable as exc:
            collector.skip_unreadable(where, exc)
            continue
        collector.add(raw)
    return collector.finish()


def _event(event, uid: str, where: str, collector: Collector) -> RawEvent:
    start = _instant(event, "DTSTART", collector, where)
    summary = str(event.get("SUMMARY", ""))
    return RawEvent(
        guid=uid,
        start=start,
        end=_end(event, start, collector, where),
        title=summary,
        where=where,
        day=_day(event),
        kind=kind_of(_categories(event), summary),
        description=str(event.get("DESCRIPTION", "")),
        room=str(event.get("LOCATION", "")),
        cancelled=str(event.get("STATUS", "")).upper() == "CANCELLED",
        public=str(event.get("CLASS", "PUBLIC")).upper() == "PUBLIC",
    )


def _instant(event, name: str, collector: Collector, where: str) -> datetime:
    prop = event.get(name)
    if prop is None:
        raise Unreadable(Why.MISSING, field=name)
    try:
        value = prop.dt
    except Exception:  # icalendar raises its own broken-property errors from .dt
        raise Unreadable(Why.BAD_INSTANT, field=name, value=_raw_text(prop)) from None
    if not isinstance(value, datetime):
        raise Unreadable(Why.WHOLE_DAY, field=name, value=str(value))
    if value.tzinfo is None:
        zone = prop.params.get("TZID")
        if zone:
            raise Unreadable(Why.UNDEFINED_ZONE, zone=str(zone))
        collector.floating += name == "DTSTART"
        return collector.local(value, collector.zone, where)
    if value.utcoffset() == timedelta(0) and str(value.tzinfo) in ("UTC", "tzutc()"):
        return value
    return collector.local(value.replace(tzinfo=None), value.tzinfo, where)


def _end(event, start: datetime, collector: Collector, where: str) -> datetime:
    if event.get("DTEND") is not None:
        return _instant(event, "DTEND", collector, where)
    duration = event.get("DURATION")
    if duration is None:
        raise Unreadable(Why.MISSING, field="DTEND")
    try:
        length = duration.dt
    except Exception:  # icalendar's broken-property error
        length = None
    if not isinstance(length, timedelta):
        raise Unreadable(Why.BAD_DURATION, value=_raw_text(duration))
    return start + length


def _day(event) -> date | None:
    """Our own exports say which programme day an after-midnight item belongs to."""
    try:
        return date.fromisoformat(str(event.get("X-MEETING-DAY", "")))
    except ValueError:
        return None


def _categories(event) -> str:
    value = event.get("CATEGORIES")
    if value is None:
        return ""
    groups = value if isinstance(value, list) else [value]
    return " ".join(str(c) for group in groups for c in getattr(group, "cats", [group]))


def _raw_text(prop) -> str:
    try:
        return prop.to_ical().decode("utf-8", "replace")
    except Exception:  # a property too broken to print: the place still names the event
        return "?"


def own_item_id(uid: str) -> str:
    """Our own exports' UIDs (``item@meeting.meeting-companion``) map back to the item they came from;
    the item id may itself hold an "@" (a UID from another calendar), so split at the last one."""
    head, at, tail = uid.rpartition("@")
    return head if at and tail.endswith(OWN_UID_SUFFIX) else uid
