"""The frab ``schedule.xml`` schema (c3voc's ``schedule.xml.xsd``) as data, and its one checker.

Each element the reader uses has a ``Rule``: its attributes and children with their XSD types,
which are required and which may repeat. ``read`` checks an element against its rule and returns
the typed values, so a value is parsed once, by the rule, and the reader never guesses at text.
Only what the app reads is listed: an unknown element or attribute is another program's extension
(frab, pretalx and pentabarf each add their own) and is left alone. Why the table follows the XSD
loosely in places (``guid`` need not be a UUID, ``<day start>`` may be absent): docs/schedule-files.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any
from xml.etree.ElementTree import Element

from .schedule_notes import Shape, Unreadable, Why
from .schedule_parts import parse_clock, parse_duration, parse_stamp


class Kind(Enum):
    """A value's XSD type, as the reader takes it."""

    TEXT = "xs:string"
    WHOLE_NUMBER = "xs:positiveInteger"
    DATE = "xs:date"
    DATE_TIME = "dateTimeTZ"  # a naive one too: pentabarf writes them, read in the conference's zone
    CLOCK = "start"  # HH:MM[:SS]
    DURATION = "duration"  # HH:MM[:SS] (and pentabarf's D:HH:MM:SS)
    NAMES = "persons"  # <person> children, each text
    NESTED = "complexType"  # checked by its own rule, where the reader walks to it


def _date(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Unreadable(Why.BAD_DATE, field=name, value=text) from None


def _whole(text: str, name: str) -> int:
    if not text.isdigit():  # also refuses "-3", "1.5" and "½"-like digits int() would not read
        raise Unreadable(Why.WRONG_TYPE, field=name, expected=Shape.WHOLE_NUMBER)
    return int(text)


#: Text to a typed value, or Unreadable naming the field; one per simple type.
_PARSE: dict[Kind, Callable[[str, str], Any]] = {
    Kind.TEXT: lambda text, name: text,
    Kind.WHOLE_NUMBER: _whole,
    Kind.DATE: _date,
    Kind.DATE_TIME: parse_stamp,
    Kind.CLOCK: parse_clock,
    Kind.DURATION: lambda text, name: parse_duration(text),
}


@dataclass(frozen=True)
class Rule:
    """One element's shape: the attributes and children the app reads, by name, with their types."""

    attributes: dict[str, Kind] = field(default_factory=dict)
    children: dict[str, Kind] = field(default_factory=dict)
    #: Children (``title``) or attributes (``@date``) without which the element cannot be read.
    required: tuple[str, ...] = ()
    #: Children that may appear more than once (the others at most once, as in the XSD).
    many: frozenset[str] = frozenset()


SCHEDULE = Rule(children={"conference": Kind.NESTED, "version": Kind.TEXT}, required=("conference",))
CONFERENCE = Rule(
    children={"title": Kind.TEXT, "time_zone_name": Kind.TEXT, "day_change": Kind.CLOCK},
)
#: ``date`` is optional in the XSD but every event of the day is placed by it.
DAY = Rule(
    attributes={
        "date": Kind.DATE, "index": Kind.WHOLE_NUMBER, "start": Kind.DATE_TIME, "end": Kind.DATE_TIME,
    },
    required=("@date",),
)
ROOM = Rule(attributes={"name": Kind.TEXT})
#: ``<start>`` is required only without ``<date>``: the reader asks for it (``requires_start``).
EVENT = Rule(
    attributes={"guid": Kind.TEXT, "id": Kind.WHOLE_NUMBER},
    children={
        "title": Kind.TEXT, "duration": Kind.DURATION, "date": Kind.DATE_TIME, "start": Kind.CLOCK,
        "room": Kind.TEXT, "type": Kind.TEXT, "abstract": Kind.TEXT, "description": Kind.TEXT,
        "status": Kind.TEXT, "persons": Kind.NAMES,
    },
    required=("title", "duration"),
)


def read(element: Element, rule: Rule, lines) -> dict[str, Any]:
    """The typed values of *element* (children by name, attributes as ``@name``; empty ones left out),
    or Unreadable with the field, the reason and the line of the element at fault (``lines.of``)."""
    values: dict[str, Any] = {}
    at = element  # the element a problem is in: its line is looked up only when there is one
    try:
        for name, kind in rule.attributes.items():
            text = (element.get(name) or "").strip()
            if text:
                values["@" + name] = _PARSE[kind](text, f"<{element.tag} {name}>")
        for at in element:
            kind = rule.children.get(at.tag)
            if kind is None:
                continue  # another program's extension
            if at.tag in values and at.tag not in rule.many:
                raise Unreadable(Why.REPEATED, field=f"<{at.tag}>")
            if kind is Kind.TEXT and not len(at):  # the common case, without a call
                values[at.tag] = (at.text or "").strip()
            else:
                values[at.tag] = _element_value(at, kind)
        at = element
        for name in rule.required:
            if values.get(name) is None and (name.startswith("@") or element.find(name) is None):
                what = f"<{element.tag} {name[1:]}>" if name.startswith("@") else f"<{name}>"
                raise Unreadable(Why.MISSING, field=what)
    except Unreadable as exc:
        raise Unreadable(exc.code, at_line=exc.line or lines.of(at), **exc.fields) from None
    return values


def _element_value(child: Element, kind: Kind) -> Any:
    if kind is Kind.NESTED:
        return child
    if kind is Kind.NAMES:
        return [_simple(person) for person in child if person.tag == "person"]
    text = _simple(child)
    return _PARSE[kind](text, f"<{child.tag}>") if text else None


def _simple(element: Element) -> str:
    """An element of simple content: its text; child elements in it are a wrong type, not markup."""
    if len(element):
        raise Unreadable(Why.WRONG_TYPE, field=f"<{element.tag}>", expected=Shape.TEXT)
    return (element.text or "").strip()
