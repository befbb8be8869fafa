"""The c3voc ``schedule.json`` (version 1): frab's schedule as JSON, days holding rooms of events."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

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


def parse(text: str, meeting_zone: str) -> ParsedSchedule:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ScheduleError(f"The JSON is broken at {where}: {exc.msg}.") from None
    except RecursionError:  # "[[[[…": Python's parser recurses per level
        raise ScheduleError("The JSON nests too deeply to be a schedule.") from None
    schedule = document.get("schedule") if isinstance(document, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict) or not isinstance(conference.get("days"), list):
        raise ScheduleError("This JSON is not a c3voc schedule: it has no schedule.conference.days.")
    zone = zone_named(conference.get("time_zone_name"), meeting_zone, "schedule.conference")
    collector = Collector("c3voc schedule.json", meeting_zone)
    for d, day in enumerate(conference["days"]):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            collector.skip(f"days[{d}]", "the day has no rooms")
            continue
        day_date = _day_date(day.get("date"), d)
        for room, events in rooms.items():
            for e, event in enumerate(events if isinstance(events, list) else []):
                where = f"days[{d}].rooms[{room!r}][{e}]"
                try:
                    raw = _event(event, day_date, zone, room, where)
                except (ValueError, TypeError, AttributeError, KeyError) as exc:
                    collector.skip(where, _why(exc))
                    continue
                collector.add(raw)
    return collector.parsed


def _event(event: dict[str, Any], day: date, zone, room: str, where: str) -> RawEvent:
    guid = str(event.get("guid") or (f"frab-{event['id']}" if event.get("id") is not None else ""))
    where = f"{where} (id {guid or '?'})"
    stamped = event.get("date")
    if stamped:
        start = parse_stamp(str(stamped))
        start = check_exists(start.replace(tzinfo=zone), where) if start.tzinfo is None else start
    else:
        start = check_exists(datetime.combine(day, time.fromisoformat(event["start"]), tzinfo=zone), where)
    persons = tuple(
        str(p.get("public_name") or p.get("name") or "") if isinstance(p, dict) else str(p)
        for p in event.get("persons") or ()
    )
    return RawEvent(
        guid=guid,
        start=start,
        end=start + parse_duration(str(event.get("duration") or "00:00")),
        title=str(event.get("title") or ""),
        where=where,
        day=day,
        kind=kind_of(event.get("type"), event.get("title")),
        description=str(event.get("abstract") or event.get("description") or ""),
        room=str(event.get("room") or room),
        speakers=persons,
        cancelled=str(event.get("status", "")).lower() in ("cancelled", "canceled"),
    )


def _day_date(text: Any, index: int) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise ScheduleError(f"days[{index}]: {text!r} is not a date.") from None


def _why(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}"
    return str(exc) or type(exc).__name__
