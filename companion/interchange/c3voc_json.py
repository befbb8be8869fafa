"""The c3voc ``schedule.json``: schema 1 (frab's schedule as JSON, days holding rooms of events, as
pretalx exports it) and schema 2 (the hub's: one list of events with start and end instants).

Types are checked against the schema's shape before a value is used: a wrong one skips the event
(or refuses the file, when it is the file's frame) naming the JSON path and the field."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from .schedule_notes import ScheduleError, Shape, Unreadable, Why
from .schedule_parts import (
    Collector,
    ParsedSchedule,
    RawEvent,
    kind_of,
    parse_clock,
    parse_day,
    parse_duration,
    parse_stamp,
    zone_named,
)

FORMAT = "c3voc schedule.json"
T, N, TN, L = Shape.TEXT, Shape.NUMBER, Shape.TEXT_OR_NUMBER, Shape.LIST
OBJ, OT = Shape.OBJECT, Shape.OBJECT_OR_TEXT
#: The fields this reader uses, with the type each schema gives them (others are ignored).
EVENT_V1 = {"guid": T, "id": TN, "date": T, "start": T, "duration": T, "room": T, "title": T, "type": T,
            "abstract": T, "description": T, "persons": L, "status": T}
EVENT_V2 = {**EVENT_V1, "end": T, "room": OT, "participants": L}
PERSON = {"public_name": T, "name": T}
CONFERENCE = {"time_zone_name": T, "days": L}


def parse(text: str, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read a c3voc schedule (schema 1 or 2); the file's frame must be right, events may be skipped."""
    schedule, conference = _frame(_document(text))
    collector = Collector(FORMAT, meeting_zone)
    zone = zone_named(conference.get("time_zone_name"), meeting_zone, "schedule.conference", collector)
    if isinstance(schedule.get("events"), list):
        _read_v2(schedule["events"], _day_windows(conference), zone, collector)
    else:
        _read_v1(conference["days"], zone, collector)
    return collector.finish()


def _document(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScheduleError(Why.BROKEN_JSON, line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    except RecursionError:
        raise ScheduleError(Why.BROKEN_JSON, line=0, column=0, detail="nested too deeply") from None


def _frame(document: Any) -> tuple[dict, dict]:
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict):
        raise ScheduleError(Why.NOT_C3VOC)
    if not (isinstance(schedule.get("events"), list) or isinstance(conference.get("days"), list)):
        raise ScheduleError(Why.NOT_C3VOC)
    try:
        check(conference, CONFERENCE)
    except Unreadable as exc:
        raise ScheduleError(exc.code, "schedule.conference", **exc.fields) from None
    return schedule, conference


def _read_v1(days: list, zone: ZoneInfo, collector: Collector) -> None:
    for d, day in enumerate(days):
        place = f"schedule.conference.days[{d}]"
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            collector.skip(place, Why.WRONG_TYPE, field="rooms", expected=Shape.OBJECT)
            continue
        day_date = parse_day(day.get("date"), place)
        for room, events in rooms.items():
            if not isinstance(events, list):
                collector.skip(f"{place}.rooms[{json.dumps(room)}]", Why.WRONG_TYPE, field=room, expected=L)
                continue
            for e, event in enumerate(events):
                where = f"{place}.rooms[{json.dumps(room, ensure_ascii=False)}][{e}]{_key(event)}"
                read = partial(_event_v1, event, day_date, zone, room, collector=collector)
                _collect(collector, where, read)


def _read_v2(events: list, windows: list, zone: ZoneInfo, collector: Collector) -> None:
    for e, event in enumerate(events):
        where = f"schedule.events[{e}]{_key(event)}"
        _collect(collector, where, partial(_event_v2, event, windows, zone, collector=collector))


def _collect(collector: Collector, where: str, read) -> None:
    try:
        raw = read(where)
    except Unreadable as exc:
        collector.skip_unreadable(where, exc)
        return
    raw.where = where
    collector.add(raw)


def _key(event: Any) -> str:
    if isinstance(event, dict):
        for name in ("guid", "id"):
            if isinstance(event.get(name), (str, int)) and not isinstance(event.get(name), bool):
                return f" ({name} {event[name]})"
    return ""


def _event_v1(event: Any, day: date, zone: ZoneInfo, room: str, where: str, collector: Collector) -> RawEvent:
    event = check(event, EVENT_V1)
    stamped = event.get("date")
    if stamped:
        start = parse_stamp(stamped, "date")
        start = collector.local(start, zone, where) if start.tzinfo is None else start
    else:
        clock = parse_clock(_required(event, "start"), "start")
        start = collector.local(datetime.combine(day, clock), zone, where)
    duration = parse_duration(event.get("duration") or "00:00")
    return _raw(event, start, start + duration, day, room)


def _event_v2(event: Any, windows: list, zone: ZoneInfo, where: str, collector: Collector) -> RawEvent:
    event = check(event, EVENT_V2)
    start = parse_stamp(_required(event, "start"), "start")
    start = collector.local(start, zone, where) if start.tzinfo is None else start
    if event.get("end"):
        end = parse_stamp(event["end"], "end")
        end = collector.local(end, zone, where) if end.tzinfo is None else end
    else:
        end = start + parse_duration(_required(event, "duration"))
    room = event.get("room") or ""
    room = room if isinstance(room, str) else check(room, {"name": T}).get("name") or ""
    day = next((d for d, first, last in windows if first <= start < last), None)
    return _raw(event, start, end, day, room)


def _raw(event: dict, start: datetime, end: datetime, day: date | None, room: str) -> RawEvent:
    guid = event.get("guid") or (f"frab-{event['id']}" if event.get("id") is not None else "")
    people = [*(event.get("persons") or ()), *(event.get("participants") or ())]
    return RawEvent(
        guid=str(guid),
        start=start,
        end=end,
        title=event.get("title") or "",
        where="",
        day=day,
        kind=kind_of(event.get("type"), event.get("title")),
        description=event.get("abstract") or event.get("description") or "",
        room=event.get("room") if isinstance(event.get("room"), str) and event.get("room") else room,
        speakers=tuple(_person(p, n) for n, p in enumerate(people)),
        cancelled=(event.get("status") or "").lower() in ("cancelled", "canceled"),
    )


def _person(person: Any, n: int) -> str:
    if isinstance(person, str):
        return person
    if not isinstance(person, dict):
        raise Unreadable(Why.WRONG_TYPE, field=f"persons[{n}]", expected=OT)
    try:
        check(person, PERSON)
    except Unreadable as exc:
        raise Unreadable(exc.code, **{**exc.fields, "field": f"persons[{n}].{exc.fields['field']}"}) from None
    return person.get("public_name") or person.get("name") or ""


def _day_windows(conference: dict) -> list[tuple[date, datetime, datetime]]:
    """Schema 2's days with their start and end instants (an event's programme day)."""
    windows = []
    for day in conference.get("days") or ():
        try:
            first, last = parse_stamp(day["start"]), parse_stamp(day["end"])
            windows.append((date.fromisoformat(day["date"]), first, last))
        except (KeyError, TypeError, ValueError):
            continue  # a day without a usable window: its events get the date they start on
    return [w for w in windows if w[1].tzinfo and w[2].tzinfo]


def _required(event: dict, name: str) -> Any:
    if event.get(name) in (None, ""):
        raise Unreadable(Why.MISSING, field=name)
    return event[name]


_FITS = {
    T: (str,),
    N: (int, float),
    TN: (str, int, float),
    L: (list,),
    OBJ: (dict,),
    OT: (dict, str),
}


def check(value: Any, shape: dict[str, Shape]) -> dict:
    """*value* as an object whose fields named in *shape* (when present and not null) have their type."""
    if not isinstance(value, dict):
        raise Unreadable(Why.WRONG_TYPE, field="event", expected=OBJ)
    for name, expected in shape.items():
        found = value.get(name)
        if found is not None and (isinstance(found, bool) or not isinstance(found, _FITS[expected])):
            raise Unreadable(Why.WRONG_TYPE, field=name, expected=expected)
    return value


