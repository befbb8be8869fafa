"""iCalendar (RFC 5545) as a schedule: each VEVENT with a UID and a start time becomes an item.

RFC 5545 is checked by ``icalendar``: the values it could not read (``Component.errors``), the
properties that may appear once (``Event.singletons``) and those that exclude each other
(``Event.exclusive``: DTEND and DURATION). Of these, what concerns a property the agenda reads
skips the event, named by its number, UID and line; the rest is not the agenda's to judge.
A recurring VEVENT (RRULE, RDATE) is its occurrences, and one with RECURRENCE-ID overrides one of
them (``ical_series``)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from .ical_recurrence import is_recurring
from .ical_series import Series
from .schedule_notes import ScheduleError, Unreadable, Why
from .schedule_parts import CALENDAR_FIELDS, MAX_EVENTS, Collector, ParsedSchedule, RawEvent, as_text, kind_of

FORMAT = "iCalendar"
#: Our own exports' UIDs end so; the item id is everything before the last "@".
OWN_UID_SUFFIX = ".meeting-companion"
#: RFC 5545 folds lines by octets: a CRLF (or a bare LF) followed by one space or tab.
_FOLD = re.compile(rb"\r?\n[ \t]")
#: A rule's line, and the spaces Exchange writes in it ("BYDAY=MO, TU, WE"): RFC 5545 allows none,
#: and icalendar refuses the rule for them, though what it means is plain.
_RULE_LINE = re.compile(rb"^(?:RRULE|EXRULE)[;:][^\r\n]*", re.MULTILINE | re.IGNORECASE)
_RULE_SPACE = re.compile(rb"[ \t]*([,;=])[ \t]*")
_BEGIN_EVENT = re.compile(rb"^BEGIN:VEVENT\r?$", re.MULTILINE | re.IGNORECASE)
#: The properties an agenda item is made of; a problem with another one does not skip the event.
READ = frozenset({"UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS",
                  "CLASS", "CATEGORIES", "X-MEETING-DAY", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})
_ONCE = READ & frozenset(icalendar.Event.singletons)
_INSTANTS = ("DTSTART", "DTEND", "RECURRENCE-ID")


def parse(data: bytes, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read an .ics file: unfolded as bytes first (a fold may split a UTF-8 character), then decoded."""
    # The events are found (each one's line) before icalendar reads the file, seconds per 10,000
    # events: a file of more events than an agenda accepts is refused at once, not after a minute.
    lines = _event_lines(data)
    if len(lines) > MAX_EVENTS:
        raise ScheduleError(Why.TOO_MANY_EVENTS, count=len(lines), limit=MAX_EVENTS)
    unfolded = _RULE_LINE.sub(lambda rule: _RULE_SPACE.sub(rb"\1", rule.group()), _FOLD.sub(b"", data))
    text = as_text(unfolded)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # ValueError mostly; a damaged VTIMEZONE trips icalendar's internals
        raise ScheduleError(Why.BROKEN_ICAL, detail=str(exc) or type(exc).__name__) from None
    collector = Collector(FORMAT, meeting_zone, CALENDAR_FIELDS)
    events = []
    for n, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = event.get("UID", "")
        uid = own_item_id(str(uid).strip()) if not isinstance(uid, list) else ""
        events.append((event, uid, f"VEVENT {n} (UID {uid or '?'})", lines[n - 1] if n <= len(lines) else 0))
    series = Series(collector)
    for event, uid, where, line in events:  # overrides first: an occurrence looks for its own
        if event.get("RECURRENCE-ID") is not None:
            _read(event, uid, where, line, collector, series)
    for event, uid, where, line in events:
        if event.get("RECURRENCE-ID") is None:
            _read(event, uid, where, line, collector, series)
    series.finish()
    return collector.finish()


def _read(event, uid: str, where: str, line: int, collector: Collector, series: Series) -> None:
    """Read one VEVENT into the agenda: a single event, a series, or an override of one occurrence;
    or skip it with the reason it cannot be read."""
    ambiguous, first = collector.ambiguous, dict(collector.first)
    try:
        _check(event)
        raw = _event(event, uid, where, collector)
        raw.line = line
        if event.get("RECURRENCE-ID") is not None:  # the planned start is a key, not a time to count
            counted, named = collector.ambiguous, dict(collector.first)
            planned = _instant(event, "RECURRENCE-ID", collector, where)
            collector.ambiguous, collector.first = counted, named
            series.override(raw, planned)
        elif is_recurring(event):
            # a series counts its occurrences' times, not its DTSTART too
            collector.ambiguous, collector.first = ambiguous, first
            value = event["DTSTART"].dt  # a date-time: _event has read it
            zone = value.tzinfo or collector.zone
            series.expand(event, raw, value.replace(tzinfo=None), zone)
        else:
            collector.add(raw)
    except Unreadable as exc:
        collector.skip_unreadable(where, exc, line)


def _event_lines(data: bytes) -> list[int]:
    """The line each ``BEGIN:VEVENT`` is on, in the file as it came (folded), in order."""
    lines, counted, at = [], 0, 1
    for match in _BEGIN_EVENT.finditer(data):
        at += data.count(b"\n", counted, match.start())
        counted = match.start()
        lines.append(at)
    return lines


def _check(event) -> None:
    """RFC 5545 as icalendar knows it, for the properties the agenda reads; raises Unreadable."""
    for name in sorted(_ONCE):
        if isinstance(event.get(name), list):
            raise Unreadable(Why.REPEATED, field=name)
    if all(event.get(name) is not None for name in icalendar.Event.exclusive):
        first, second = icalendar.Event.exclusive[:2]
        raise Unreadable(Why.BOTH_GIVEN, field=first, other=second)
    for name, _message in getattr(event, "errors", ()):  # icalendar's words stay out: the code says it
        if name in READ:
            value = _raw_text(event[name])
            if name == "DURATION":
                raise Unreadable(Why.BAD_DURATION, value=value)
            code = Why.BAD_INSTANT if name in _INSTANTS else Why.NOT_ALLOWED
            raise Unreadable(code, field=name, **({"value": value} if code == Why.BAD_INSTANT else {}))


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
        if name == "DTSTART":
            collector.floating += 1
            collector.count(Why.FLOATING_TIMES, where)
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
    try:
        return start + length
    except OverflowError:  # it would end after the year 9999
        value = f"{start:%Y-%m-%d %H:%M} + {_raw_text(duration)}"
        raise Unreadable(Why.BAD_INSTANT, field="DTEND", value=value) from None


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
