"""c3voc ``schedule.json`` checked against its JSON Schema (``schemas/c3voc-schedule1.json``, ``…2.json``).

The frame (``schedule``, ``conference``, its days) is checked once, each event on its own, so a
wrong event is skipped and the rest read. Each problem becomes a ``Note``: the place is a JSON
pointer (RFC 6901) to the value at fault, the reason a code with fields, never the validator's
English. The formats (dates, clocks, durations) are checked by the reader's own parsers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from icalendar.prop import vDuration
from jsonschema import Draft7Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

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
    def check(text: object) -> bool:
        if not isinstance(text, str):
            return True  # the type is the "type" keyword's to judge
        try:
            parse(text)
        except (Unreadable, ValueError):
            return False
        return True

    return check


_FORMATS = FormatChecker(formats=())
#: Each format the schemas name, with the code its failure gets (checked by the reader's parsers).
_FORMAT_CODES = {
    "date": (Why.BAD_DATE, date.fromisoformat),
    "date-time": (Why.BAD_INSTANT, parse_stamp),
    "clock": (Why.BAD_TIME, parse_clock),
    "duration": (Why.BAD_DURATION, read_duration),
}
for _name, (_code, _parse) in _FORMAT_CODES.items():
    _FORMATS.checks(_name)(_reads(_parse))

#: A "type" keyword's types, as the reason words what was expected.
_SHAPES = {
    frozenset({"string"}): Shape.TEXT,
    frozenset({"string", "null"}): Shape.TEXT,
    frozenset({"array"}): Shape.LIST,
    frozenset({"object"}): Shape.OBJECT,
    frozenset({"integer"}): Shape.WHOLE_NUMBER,
    frozenset({"integer", "string"}): Shape.TEXT_OR_NUMBER,
    frozenset({"object", "string"}): Shape.OBJECT_OR_TEXT,
    frozenset({"object", "string", "null"}): Shape.TEXT_OR_LANGUAGES,
}


@dataclass(frozen=True)
class Schema:
    """One schema version: a validator for the document's frame and one for a single event."""

    frame: Draft7Validator
    event: Draft7Validator

    def frame_problem(self, document: Any) -> Note | None:
        """The first thing wrong with the file's frame (its events are checked one by one)."""
        return _problem(self.frame, document, "")

    def event_problem(self, event: Any, pointer: str) -> Note | None:
        """What is wrong with the event at *pointer*, if anything."""
        return _problem(self.event, event, pointer)


@cache
def schema(version: int) -> Schema:
    """The checkers of c3voc schema *version* (1 or 2), loaded from the package once."""
    text = files(__package__).joinpath("schemas", f"c3voc-schedule{version}.json").read_text("utf-8")
    document = json.loads(text)
    event = {"definitions": document["definitions"], "$ref": "#/definitions/Event"}
    return Schema(Draft7Validator(document, format_checker=_FORMATS),
                  Draft7Validator(event, format_checker=_FORMATS))


def pointer_to(*keys: str | int) -> str:
    """A JSON pointer (RFC 6901): ``~`` and ``/`` in a key escaped so a room "Saal 1/2" stays one step."""
    return "".join("/" + str(key).replace("~", "~0").replace("/", "~1") for key in keys)


def _problem(validator: Draft7Validator, instance: Any, base: str) -> Note | None:
    error = best_match(validator.iter_errors(instance))
    if error is None:
        return None
    path = list(error.absolute_path)
    code, fields = _reason(error, path)
    return Note(code, base + pointer_to(*path), fields)


def _reason(error: ValidationError, path: list) -> tuple[Why, dict[str, Any]]:
    name = _field(path)
    if error.validator == "required":
        missing = next((n for n in error.validator_value if n not in error.instance), "?")
        return Why.MISSING, {"field": missing}
    if error.validator == "type":
        types = error.validator_value
        shape = _SHAPES.get(frozenset([types] if isinstance(types, str) else types))
        if shape is not None:
            return Why.WRONG_TYPE, {"field": name, "expected": shape}
    if error.validator == "format" and error.validator_value in _FORMAT_CODES:
        code = _FORMAT_CODES[error.validator_value][0]
        value = {"value": error.instance}
        return code, value if code == Why.BAD_DURATION else {"field": name, **value}
    return Why.NOT_ALLOWED, {"field": name}


def _field(path: list) -> str:
    """The value's name as the file spells it: its key, or ``persons[2]`` for an item of a list."""
    if not path:
        return "event"
    if isinstance(path[-1], int):
        return f"{path[-2]}[{path[-1]}]" if len(path) > 1 else f"[{path[-1]}]"
    return str(path[-1])
