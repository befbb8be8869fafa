"""frab/Pentabarf ``schedule.xml``: the modern shape (``<date>``, ``time_zone_name``) and the older one
(``day@date`` + ``<start>``; events after midnight belong to the day before, placed by the day's
``start``/``end`` window when the file has one, else by ``day_change``)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from zoneinfo import ZoneInfo

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from .frab_shape import CONFERENCE, DAY, EVENT, SCHEDULE, read
from .schedule_notes import Note, ScheduleError, Unreadable, Why
from .schedule_parts import Collector, ParsedSchedule, RawEvent, kind_of, zone_named

FORMAT = "frab schedule.xml"


def parse(data: bytes, meeting_zone: ZoneInfo) -> ParsedSchedule:
    """Read a frab XML file; entity expansion, DTDs and external references are refused.

    The document's frame (``<schedule>``, ``<conference>``, each ``<day>``) must have its shape or
    the file is refused; an event that does not is skipped, with its line and the reason."""
    root, events = _root(data)
    lines = Lines(data, root, events)
    head = _frame(root, SCHEDULE, "<schedule>", lines)
    conference = _frame(head["conference"], CONFERENCE, "<conference>", lines)
    collector = Collector(FORMAT, meeting_zone)
    zone = zone_named(conference.get("time_zone_name"), meeting_zone, "<conference>", collector)
    day_change = conference.get("day_change") or time(0)
    placed: set[int] = set()
    for d, day in enumerate(_children(root, "day"), start=1):
        place = f"<day index={day.get('index', d)!r} date={day.get('date')!r}>"
        values = _frame(day, DAY, place, lines)
        values["@date"] = _day_date(values, zone, place, collector, lambda day=day: lines.of(day))
        rules = (_window(values, zone), day_change)
        for room in _children(day, "room"):
            name = (room.get("name") or "").strip()
            for e, event in enumerate(_children(room, "event"), start=1):
                placed.add(id(event))
                where = f"{place} <room name={name!r}> event {e}{_key(event)}"
                line = lines.of(event)
                try:
                    checked = read(event, EVENT, lines)
                    raw = _event(checked, values["@date"], zone, rules, name, where, collector)
                except Unreadable as exc:
                    collector.skip_unreadable(where, exc, line)
                    continue
                raw.line = line
                collector.add(raw)
    _misplaced(root, placed, lines, collector)
    if collector.after_midnight:  # placed at the first event moved, so it can be found
        collector.note(Why.AFTER_MIDNIGHT, collector.first.get(Why.AFTER_MIDNIGHT, ""),
                       count=collector.after_midnight)
    return collector.finish()


def _frame(element: Element, rule, place: str, lines: Lines) -> dict:
    """The typed values of a part of the document's frame; a wrong one refuses the whole file."""
    try:
        return read(element, rule, lines)
    except Unreadable as exc:
        raise ScheduleError(exc.code, place, exc.line or lines.of(element), **exc.fields) from None


def _children(parent: Element, tag: str) -> list[Element]:
    return [child for child in parent if child.tag == tag]


def _misplaced(root: Element, placed: set[int], lines: Lines, collector: Collector) -> None:
    """An <event> anywhere but in a <room> of a <day> is not read: each is named, not lost silently."""
    for event in root.iter("event"):
        if id(event) not in placed:
            collector.skip(f"<event>{_key(event)}", Why.MISPLACED, lines.of(event),
                           field="<event>", parent="<room>")


class Lines:
    """The line each element starts on. An <event>'s is noted while parsing (most reports name one);
    any other's is found only when a problem asks for it, by a second pass noting every element's
    line in document order: a file without problems pays nothing for them."""

    def __init__(self, data: bytes, root: Element, events: dict[int, int]) -> None:
        self._data, self._root, self._events = data, root, events
        self._all: dict[int, int] | None = None

    def of(self, element: Element) -> int:
        """The line *element* starts on (0 if unknown)."""
        if id(element) in self._events:
            return self._events[id(element)]
        if self._all is None:
            again, lines = _root(self._data, every_element=True)
            order = [lines[id(e)] for e in again.iter()]
            self._all = {id(e): line for e, line in zip(self._root.iter(), order, strict=False)}
        return self._all.get(id(element), 0)


def _root(data: bytes, every_element: bool = False) -> tuple[Element, dict[int, int]]:
    """The document's root, and the line each <event> (or every element) starts on, by element id."""
    parser = DefusedXMLParser(target=TreeBuilder(), forbid_entities=True, forbid_external=True)
    expat, lines = parser.parser, {}
    start = expat.StartElementHandler

    def started(tag: str, attributes: list) -> Element:
        element = start(tag, attributes)
        if every_element or tag == "event":
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


def _event(event: dict, day: date, zone, rules, room: str, where: str, collector: Collector) -> RawEvent:
    """A checked event's values (``frab_shape.EVENT``) as a raw event, its start placed in *zone*."""
    guid = event.get("@guid") or (f"frab-{event['@id']}" if event.get("@id") else "")
    duration = event.get("duration")
    if duration is None:
        raise Unreadable(Why.BAD_DURATION, value="")
    start = event.get("date")
    if start is not None:  # modern: an ISO instant, sometimes in UTC while the conference zone is another
        start = collector.local(start, zone, where) if start.tzinfo is None else start
    else:  # older: the day's date and a wall-clock start; small hours belong to the day before
        if event.get("start") is None:
            raise Unreadable(Why.MISSING, field="<start>")
        start = collector.local(_on_day(day, event["start"], rules, collector, where), zone, where)
    title = event.get("title") or ""
    return RawEvent(
        guid=guid,
        start=start,
        end=start + duration,
        title=title,
        where=where,
        day=day,
        kind=kind_of(event.get("type"), title),
        description=event.get("abstract") or event.get("description") or "",
        room=event.get("room") or room,
        speakers=tuple(event.get("persons") or ()),
        cancelled=(event.get("status") or "").lower() in ("cancelled", "canceled"),
    )


def _day_date(day: dict, zone: ZoneInfo, place: str, collector: Collector, line) -> date:
    """The programme day's date: the date its ``start`` instant falls on in the conference's zone, when
    the day gives one with an offset; else its ``date``. wafer (DebConf) writes ``date`` in UTC, so
    a day starting at 03:00 in Kochi is dated the day before; the start says which day it is."""
    given, start = day["@date"], day.get("@start")
    if start is None or start.tzinfo is None:
        return given
    used = start.astimezone(zone).date()
    if used != given:  # *line* is asked only then: finding a day's line costs a second pass
        fields = {"date": given.isoformat(), "used": used.isoformat(), "zone": str(zone)}
        collector.parsed.notes.append(Note(Why.DAY_FROM_START, place, fields, line()))
    return used


def _on_day(day: date, clock: time, rules, collector: Collector, where: str) -> datetime:
    """The wall-clock moment of *clock* in the programme of *day*: on its date, or the next one."""
    window, day_change = rules
    same = datetime.combine(day, clock)
    if window is not None:
        after_midnight = same < window[0] and datetime.combine(day + timedelta(days=1), clock) < window[1]
    else:
        after_midnight = clock < day_change
    if after_midnight:
        collector.after_midnight += 1
        collector.count(Why.AFTER_MIDNIGHT, where)
        return same + timedelta(days=1)
    return same


def _window(day: dict, zone) -> tuple[datetime, datetime] | None:
    """The day's ``start``/``end`` attributes as wall-clock times in *zone*, when both are there."""
    if day.get("@start") is None or day.get("@end") is None:
        return None
    return tuple(  # type: ignore[return-value]
        (moment.astimezone(zone).replace(tzinfo=None) if moment.tzinfo else moment)
        for moment in (day["@start"], day["@end"])
    )
