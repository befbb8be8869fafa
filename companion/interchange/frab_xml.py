"""frab/Pentabarf ``schedule.xml``: the modern shape (``<date>``, ``time_zone_name``) and the older one
(``day@date`` + ``<start>``, events after midnight belonging to the day before until ``day_change``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeTree

from .schedule_file import (
    Collector,
    ParsedSchedule,
    RawEvent,
    ScheduleError,
    check_exists,
    kind_of,
    parse_duration,
    parse_stamp,
    zone_named,
)


def parse(data: bytes, meeting_zone: str) -> ParsedSchedule:
    """Read a frab XML file; entity expansion, DTDs and external references are refused."""
    root = _root(data)
    conference = root.find("conference")
    zone_name = _text(conference, "time_zone_name") if conference is not None else ""
    zone = zone_named(zone_name or None, meeting_zone, "<conference>")
    day_change = _clock(_text(conference, "day_change") or "00:00") if conference is not None else time(0)
    collector = Collector("frab schedule.xml", meeting_zone)
    for d, day in enumerate(root.iter("day"), start=1):
        day_date = _date(day.get("date"), f"<day index={day.get('index', d)}>")
        for room in day.iter("room"):
            room_name = room.get("name", "")
            for e, event in enumerate(room.iter("event"), start=1):
                where = f"day {d} ({day_date}), room {room_name!r}, event {e}"
                try:
                    raw = _event(event, day_date, zone, day_change, room_name, where)
                except ValueError as exc:
                    collector.skip(where, str(exc))
                    continue
                collector.add(raw)
    return collector.parsed


def _root(data: bytes) -> Element:
    try:
        root = SafeTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise ScheduleError(f"The XML file was refused: it uses {type(exc).__name__} ({exc}).") from None
    except ParseError as exc:
        line, column = exc.position
        raise ScheduleError(f"The XML is broken at line {line}, column {column}: {exc.msg}.") from None
    if root.tag != "schedule":
        raise ScheduleError(f"This XML is not a frab schedule: its root is <{root.tag}>, not <schedule>.")
    return root


def _event(event: Element, day: date, zone, day_change: time, room: str, where: str) -> RawEvent:
    guid = event.get("guid") or (f"frab-{event.get('id')}" if event.get("id") else "")
    where = f"{where} (id {guid or '?'})"
    duration = parse_duration(_text(event, "duration") or "00:00")
    stamped = _text(event, "date")
    if stamped:  # modern: an ISO instant, sometimes in UTC while the conference zone is another
        start = parse_stamp(stamped)
        start = check_exists(start.replace(tzinfo=zone), where) if start.tzinfo is None else start
    else:  # older: the day's date and a wall-clock start; small hours belong to the day before
        clock = _clock(_text(event, "start"))
        on = day + timedelta(days=1) if clock < day_change else day
        start = check_exists(datetime.combine(on, clock, tzinfo=zone), where)
    persons = tuple(p.text or "" for p in event.iter("person"))
    return RawEvent(
        guid=guid,
        start=start,
        end=start + duration,
        title=_text(event, "title"),
        where=where,
        day=day,
        kind=kind_of(_text(event, "type"), _text(event, "title")),
        description=_text(event, "abstract") or _text(event, "description"),
        room=_text(event, "room") or room,
        speakers=persons,
        cancelled=(_text(event, "status") or "").lower() in ("cancelled", "canceled"),
    )


def _text(parent: Element | None, tag: str) -> str:
    found = parent.find(tag) if parent is not None else None
    return (found.text or "").strip() if found is not None else ""


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text.strip() if len(text.strip()) != 4 else "0" + text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a time of day") from None


def _date(text: str | None, where: str) -> date:
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        raise ScheduleError(f"{where}: {text!r} is not a date.") from None
