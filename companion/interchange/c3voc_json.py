"""The c3voc ``schedule.json``: schema 1 (frab's schedule as JSON, days holding rooms of events, as
pretalx exports it) and schema 2 (the hub's: one list of events with start and end instants).

The file is checked against its schema's JSON Schema (``c3voc_schema``) before a value is used: a
wrong frame refuses the file, a wrong event is skipped; either names the JSON pointer of the value
at fault and the reason."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from .c3voc_schema import Schema, pointer_to, read_duration, schema
from .schedule_notes import Note, ScheduleError, Unreadable, Why
from .schedule_parts import Collector, ParsedSchedule, RawEvent, kind_of, parse_clock, parse_stamp, zone_named

FORMAT = "c3voc schedule.json"
#: Of a text given per language (schema 2), the one read when the file has it.
PREFERRED_LANGUAGE = "en"


def parse(text: str, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read a c3voc schedule (schema 1 or 2); the file's frame must be right, events may be skipped."""
    document = _document(text)
    version = _version(document)
    checks = schema(version)
    problem = checks.frame_problem(document)
    if problem is not None:
        raise ScheduleError(problem.code, problem.place, **problem.fields)
    schedule = document["schedule"]
    conference = schedule["conference"]
    collector = Collector(FORMAT, meeting_zone)
    zone = zone_named(conference.get("time_zone_name"), meeting_zone, "/schedule/conference", collector)
    keys: dict[str, str] = {}
    if version == 2:
        _read_v2(schedule["events"], _day_windows(conference), zone, checks, collector, keys)
    else:
        _read_v1(conference["days"], zone, checks, collector, keys)
    return _keyed(collector.finish(), keys)


def _key(event: Any) -> str:
    """The event's own key, for the notes about it: its guid, else its id ("" if neither is text or
    a number)."""
    if not isinstance(event, dict):
        return ""
    for name in ("guid", "id"):
        value = event.get(name)
        if isinstance(value, str) and value.strip() or type(value) is int:
            return f"{name} {value!r}"
    return ""


def _keyed(parsed: ParsedSchedule, keys: dict[str, str]) -> ParsedSchedule:
    """Each note about an event (at its pointer or below it) with the event's key: a pointer says
    where, the guid is what a person searches the file for."""
    def keyed(note: Note) -> Note:
        place = note.place
        while place and place not in keys:
            place = place.rpartition("/")[0]
        return replace(note, key=keys[place]) if place and keys[place] else note

    if keys:
        parsed.skipped[:] = [keyed(n) for n in parsed.skipped]
        parsed.notes[:] = [keyed(n) for n in parsed.notes]
    return parsed


def _document(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScheduleError(Why.BROKEN_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise ScheduleError(Why.BROKEN_JSON, line=0, column=0, detail="nested too deeply") from None


def _version(document: Any) -> int:
    """2 for the hub's list of events, 1 for days of rooms; a JSON of neither shape is refused."""
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not ("events" in schedule or "days" in conference):
        raise ScheduleError(Why.NOT_C3VOC)
    return 2 if "events" in schedule else 1


def _read_v1(days: list, zone: ZoneInfo, checks: Schema, collector: Collector, keys: dict) -> None:
    for d, day in enumerate(days):
        day_date = date.fromisoformat(day["date"])
        for room, events in day["rooms"].items():
            for e, event in enumerate(events):
                where = pointer_to("schedule", "conference", "days", d, "rooms", room, e)
                keys[where] = _key(event)
                if _fits(checks, event, where, collector):
                    _collect(collector, where, partial(_event_v1, event, day_date, zone, room))


def _read_v2(events: list, windows: list, zone: ZoneInfo, checks: Schema, collector: Collector,
             keys: dict) -> None:
    for e, event in enumerate(events):
        where = pointer_to("schedule", "events", e)
        keys[where] = _key(event)
        if _fits(checks, event, where, collector):
            _collect(collector, where, partial(_event_v2, event, windows, zone))


def _fits(checks: Schema, event: Any, where: str, collector: Collector) -> bool:
    problem = checks.event_problem(event, where)
    if problem is not None:
        collector.parsed.skipped.append(problem)
    return problem is None


def _collect(collector: Collector, where: str, read) -> None:
    """The event *read* reads (given its place and the collector) kept, or skipped with the reason."""
    try:
        raw = read(where, collector)
    except Unreadable as exc:
        collector.skip_unreadable(where, exc)
        return
    collector.add(raw)


def _event_v1(event: dict, day: date, zone: ZoneInfo, room: str, where: str, collector: Collector
              ) -> RawEvent:
    stamped = event.get("date")
    if stamped:
        start = parse_stamp(stamped, "date")
        start = collector.local(start, zone, where) if start.tzinfo is None else start
    else:
        clock = parse_clock(_required(event, "start"), "start")
        start = collector.local(datetime.combine(day, clock), zone, where)
    duration = read_duration(event.get("duration") or "00:00")
    return _raw(event, start, start + duration, day, event.get("room") or room, where)


def _event_v2(event: dict, windows: list, zone: ZoneInfo, where: str, collector: Collector) -> RawEvent:
    start = parse_stamp(_required(event, "start"), "start")
    start = collector.local(start, zone, where) if start.tzinfo is None else start
    if event.get("end"):
        end = parse_stamp(event["end"], "end")
        end = collector.local(end, zone, where) if end.tzinfo is None else end
    else:
        end = start + read_duration(_required(event, "duration"))
    room = event.get("room") or ""
    room = room if isinstance(room, str) else room.get("name") or ""
    day = next((d for d, first, last in windows if first <= start < last), None)
    return _raw(event, start, end, day, room, where)


def _raw(event: dict, start: datetime, end: datetime, day: date | None, room: str, where: str) -> RawEvent:
    """A checked event (its types are the schema's) as a raw event."""
    guid = event.get("guid") or (f"frab-{event['id']}" if event.get("id") is not None else "")
    people = [*(event.get("persons") or ()), *(event.get("participants") or ())]
    named = [p if isinstance(p, str) else p.get("public_name") or p.get("name") or "" for p in people]
    return RawEvent(
        guid=str(guid),
        start=start,
        end=end,
        title=event.get("title") or "",
        where=where,
        day=day,
        kind=kind_of(event.get("type"), event.get("title")),
        description=_text(event.get("abstract")) or _text(event.get("description")),
        room=room,
        speakers=tuple(named),
        cancelled=(event.get("status") or event.get("state") or "").lower() in ("cancelled", "canceled"),
    )


def _text(value: str | dict | None) -> str:
    """Schema 2 may give a text per language: the preferred one, else the first the file gives."""
    if isinstance(value, dict):
        return value.get(PREFERRED_LANGUAGE) or next(iter(value.values()), "")
    return value or ""


def _day_windows(conference: dict) -> list[tuple[date, datetime, datetime]]:
    """Schema 2's days (checked: a date, a start and an end) with their instants: an event's programme
    day is the one whose window holds its start."""
    windows = []
    for day in conference.get("days") or ():
        first, last = parse_stamp(day["start"]), parse_stamp(day["end"])
        if first.tzinfo and last.tzinfo:  # a naive window cannot be compared with the events' instants
            windows.append((date.fromisoformat(day["date"]), first, last))
    return windows


def _required(event: dict, name: str) -> Any:
    if event.get(name) in (None, ""):
        raise Unreadable(Why.MISSING, field=name)
    return event[name]
