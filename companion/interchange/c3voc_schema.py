"""c3voc ``schedule.json`` checked against its JSON Schema (``schemas/c3voc-schedule1.json``, ``…2.json``).

The frame (``schedule``, ``conference``, its days) is checked once, each event on its own, so a
wrong event is skipped and the rest read. Each problem becomes a ``Note``: the place is a JSON
pointer (RFC 6901) to the value at fault, the reason a code with fields, never the validator's
English. The formats (dates, clocks, durations) are checked by the reader's own parsers.

``fastjsonschema`` compiles each schema (our own files, never the upload) to a Python function
once: about 8 µs an event, where ``jsonschema`` takes 110 µs (docs/schedule-files.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

import fastjsonschema
from fastjsonschema import JsonSchemaValueException
from icalendar.prop import vDuration

from .schedule_notes import Note, Shape, Unreadable, Why
from .schedule_parts import parse_clock, parse_duration, parse_stamp


def read_duration(text: str) -> Any:
    """A duration as c3voc writes it: frab's ``HH:MM`` (schema 1) or ISO 8601's ``PT1H30M`` (schema 2)."""
    try:
        return parse_duration(text)
    except Unreadable:
        try:
            return vDuration.from_ical(text.strip())
        except ValueError:
            raise Unreadable(Why.BAD_DURATION, value=text) from None


def _reads(parse) -> Any:
    def check(text: str) -> bool:
        try:
            parse(text)
        except (Unreadable, ValueError):
            return False
        return True

    return check


#: Each format the schemas name, with the code its failure gets (checked by the reader's parsers).
_FORMAT_CODES = {
    "date": (Why.BAD_DATE, date.fromisoformat),
    "date-time": (Why.BAD_INSTANT, parse_stamp),
    "clock": (Why.BAD_TIME, parse_clock),
    "duration": (Why.BAD_DURATION, read_duration),
}
_FORMATS = {name: _reads(parse) for name, (_code, parse) in _FORMAT_CODES.items()}

#: A "type" keyword's types (null aside: it stands for "not given"), as the reason words what was expected.
_SHAPES = {
    frozenset({"string"}): Shape.TEXT,
    frozenset({"array"}): Shape.LIST,
    frozenset({"object"}): Shape.OBJECT,
    frozenset({"integer"}): Shape.WHOLE_NUMBER,
    frozenset({"integer", "string"}): Shape.TEXT_OR_NUMBER,
    frozenset({"object", "string"}): Shape.OBJECT_OR_TEXT,
}


Check = Callable[[Any], Any]


@dataclass(frozen=True)
class Schema:
    """One schema version: a check of the document's frame and one of a single event."""

    frame: Check
    event: Check

    def frame_problem(self, document: Any) -> Note | None:
        """The first thing wrong with the file's frame (its events are checked one by one)."""
        return _problem(self.frame, document, "")

    def event_problem(self, event: Any, pointer: str) -> Note | None:
        """What is wrong with the event at *pointer*, if anything."""
        return _problem(self.event, event, pointer)


@cache
def schema(version: int) -> Schema:
    """The checks of c3voc schema *version* (1 or 2), compiled from the package's schema once."""
    text = files(__package__).joinpath("schemas", f"c3voc-schedule{version}.json").read_text("utf-8")
    document = json.loads(text)
    event = {"definitions": document["definitions"], "$ref": "#/definitions/Event"}
    return Schema(*(fastjsonschema.compile(part, handlers=_NO_FETCHING, formats=_FORMATS)
                    for part in (document, event)))


def _no_fetching(uri: str) -> Any:
    raise ValueError(f"the c3voc schemas refer only to themselves, not to {uri}")


#: A reference outside the schema file is a mistake in it, never a reason to go on the network.
_NO_FETCHING = {"http": _no_fetching, "https": _no_fetching, "file": _no_fetching}


def pointer_to(*keys: str | int) -> str:
    """A JSON pointer (RFC 6901): ``~`` and ``/`` in a key escaped so a room "Saal 1/2" stays one step."""
    return "".join("/" + str(key).replace("~", "~0").replace("/", "~1") for key in keys)


def _problem(check: Check, instance: Any, base: str) -> Note | None:
    try:
        check(instance)
    except JsonSchemaValueException as error:
        path = _steps(instance, error.path[1:])  # the first step is the validator's name for the whole
        code, fields = _reason(error, path)
        return Note(code, base + pointer_to(*path), fields)
    return None


def _steps(instance: Any, path: list[str]) -> list[str | int]:
    """The error's path with list positions as numbers (the validator gives them as text)."""
    steps: list[str | int] = []
    for step in path:
        if isinstance(instance, list):
            step = int(step)
        steps.append(step)
        instance = instance[step] if isinstance(instance, (list, dict)) else None
    return steps


def _reason(error: JsonSchemaValueException, path: list) -> tuple[Why, dict[str, Any]]:
    name = _field(path)
    if error.rule == "required":
        missing = next((n for n in error.rule_definition if n not in error.value), "?")
        return Why.MISSING, {"field": missing}
    if error.rule == "type":
        types = error.rule_definition
        shape = _SHAPES.get(frozenset([types] if isinstance(types, str) else types) - {"null"})
        if shape == Shape.OBJECT_OR_TEXT and "additionalProperties" in error.definition:
            shape = Shape.TEXT_OR_LANGUAGES  # an object of texts by language
        if shape is not None:
            return Why.WRONG_TYPE, {"field": name, "expected": shape}
    if error.rule == "format" and error.rule_definition in _FORMAT_CODES:
        code = _FORMAT_CODES[error.rule_definition][0]
        value = {"value": error.value}
        return code, value if code == Why.BAD_DURATION else {"field": name, **value}
    return Why.NOT_ALLOWED, {"field": name}


def _field(path: list) -> str:
    """The value's name as the file spells it: its key, or ``persons[2]`` for an item of a list."""
    if not path:
        return "event"
    if isinstance(path[-1], int):
        return f"{path[-2]}[{path[-1]}]" if len(path) > 1 else f"[{path[-1]}]"
    return str(path[-1])
