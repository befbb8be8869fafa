"""frab/Pentabarf ``schedule.xml``: the modern shape (``<date>``, ``time_zone_name``) and the older one
(``day@date`` + ``<start>``; events after midnight belong to the day before, placed by the day's
``start``/``end`` window when the file has one, else by ``day_change``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from zoneinfo import ZoneInfo

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from .schedule_notes import ScheduleError, Unreadable, Why
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

FORMAT = "frab schedule.xml"
#: Of the XSD's required children of <event>, those without which an event cannot be kept
#: (<start> is needed only when there is no <date>).
REQUIRED = ("duration", "title")


def parse(data: bytes, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read a frab XML file; entity expansion, DTDs and external references are refused."""
    root, lines = _root(data)
    conference = root.find("conference")
    collector = Collector(FORMAT, meeting_zone)
    zone = zone_named(_text(conference, "time_zone_name"), meeting_zone, "<conference>", collector)
    day_change = _day_change(_text(conference, "day_change"))
    for d, day in enumerate(root.iter("day"), start=1):
        place = f"<day index={day.get('index', d)!r} date={day.get('date')!r}>"
        day_date = parse_day(day.get("date"), place)
        window = _window(day, zone)
        for room in day.iter("room"):
            for e, event in enumerate(room.iter("event"), start=1):
                where = f"line {lines.get(id(event), '?')}: {place} <room name={room.get('name', '')!r}> "
                where += f"event {e}{_key(event)}"
                try:
                    rules = (window, day_change)
                    raw = _event(event, day_date, zone, rules, room.get("name", ""), where, collector)
                except Unreadable as exc:
                    collector.skip_unreadable(where, exc)
                    continue
                collector.add(raw)
    if collector.after_midnight:
        collector.note(Why.AFTER_MIDNIGHT, count=collector.after_midnight)
    return collector.finish()


def _root(data: bytes) -> tuple[Element, dict[int, int]]:
    """The document's root, and the line each <event> starts on (by the element's id)."""
    parser = DefusedXMLParser(target=TreeBuilder(), forbid_entities=True, forbid_external=True)
    expat, lines = parser.parser, {}
    start = expat.StartElementHandler

    def started(tag: str, attributes: list) -> Element:
        element = start(tag, attributes)
        if tag == "event":
            lines[id(element)] = expat.CurrentLineNumber
        return element

    expat.StartElementHandler = started
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.DefusedXmlException as exc:
        raise ScheduleError(Why.UNSAFE_XML, detail=type(exc).__name__) from None
    except ParseError as exc:
        line, column = exc.position
        raise ScheduleError(Why.BROKEN_XML, line=line, column=column, detail=str(exc).split(':')[0]) from None
    except (LookupError, ValueError) as exc:  # the XML declaration names an encoding expat cannot read
        raise ScheduleError(Why.BROKEN_XML, line=1, column=0, detail=str(exc)) from None
    if root.tag != "schedule":
        raise ScheduleError(Why.NOT_FRAB, root=root.tag)
    return root, lines


def _key(event: Element) -> str:
    """Beside its position in the room, the place names an event by its guid, else its id."""
    for name in ("guid", "id"):
        if event.get(name):
            return f" ({name} {event.get(name)!r})"
    return ""


def _event(event: Element, day: date, zone, rules, room: str, where: str, collector: Collector) -> RawEvent:
    for name in REQUIRED:
        if event.find(name) is None:
            raise Unreadable(Why.MISSING, field=f"<{name}>")
    guid = event.get("guid") or (f"frab-{event.get('id')}" if event.get("id") else "")
    duration = parse_duration(_text(event, "duration"))
    stamped = _text(event, "date")
    if stamped:  # modern: an ISO instant, sometimes in UTC while the conference zone is another
        start = parse_stamp(stamped, "<date>")
        start = collector.local(start, zone, where) if start.tzinfo is None else start
    else:  # older: the day's date and a wall-clock start; small hours belong to the day before
        if event.find("start") is None:
            raise Unreadable(Why.MISSING, field="<start>")
        start = collector.local(_on_day(day, parse_clock(_text(event, "start"), "<start>"), rules, collector),
                                zone, where)
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
        speakers=tuple(p.text or "" for p in event.iter("person")),
        cancelled=_text(event, "status").lower() in ("cancelled", "canceled"),
    )


def _on_day(day: date, clock: time, rules, collector: Collector) -> datetime:
    """The wall-clock moment of *clock* in the programme of *day*: on its date, or the next one."""
    window, day_change = rules
    same = datetime.combine(day, clock)
    if window is not None:
        after_midnight = same < window[0] and datetime.combine(day + timedelta(days=1), clock) < window[1]
    else:
        after_midnight = clock < day_change
    if after_midnight:
        collector.after_midnight += 1
        return same + timedelta(days=1)
    return same


def _window(day: Element, zone) -> tuple[datetime, datetime] | None:
    """The day's ``start``/``end`` attributes as wall-clock times in *zone*, when both are there."""
    try:
        start, end = (parse_stamp(day.get(name) or "", name) for name in ("start", "end"))
    except Unreadable:
        return None
    return tuple(  # type: ignore[return-value]
        (moment.astimezone(zone).replace(tzinfo=None) if moment.tzinfo else moment) for moment in (start, end)
    )


def _day_change(text: str) -> time:
    try:
        return parse_clock(text or "00:00", "day_change")
    except Unreadable as exc:
        raise ScheduleError(exc.code, "<conference>", **exc.fields) from None


def _text(parent: Element | None, tag: str) -> str:
    found = parent.find(tag) if parent is not None else None
    return (found.text or "").strip() if found is not None else ""
