"""Why a schedule file, or a part of it, was refused, skipped or read with an assumption.

Each reason is a code with its fields; the place names where in the file, in the file's own
terms (an XML element, a JSON path, a VEVENT and its UID). The English sentences here serve the
console and the HTTP ``message``; the app turns the code and fields into its user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Why(StrEnum):
    """Every reason the reader can give, for a whole file or for one of its events."""

    # the whole file
    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    UNKNOWN_FORMAT = "unknown_format"
    BROKEN_XML = "broken_xml"
    UNSAFE_XML = "unsafe_xml"
    NOT_FRAB = "not_frab"
    BROKEN_JSON = "broken_json"
    NOT_C3VOC = "not_c3voc"
    BROKEN_ICAL = "broken_ical"
    TOO_MANY_EVENTS = "too_many_events"
    UNKNOWN_ZONE = "unknown_zone"
    # one event (or day) skipped
    NONEXISTENT_TIME = "nonexistent_time"
    NO_ID = "no_id"
    ID_TOO_LONG = "id_too_long"
    DUPLICATE_ID = "duplicate_id"
    ENDS_BEFORE_START = "ends_before_start"
    NO_DURATION = "no_duration"
    NO_TITLE = "no_title"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    REPEATED = "repeated"
    MISPLACED = "misplaced"
    NOT_ALLOWED = "not_allowed"
    BOTH_GIVEN = "both_given"
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    BAD_INSTANT = "bad_instant"
    BAD_DURATION = "bad_duration"
    WHOLE_DAY = "whole_day"
    UNDEFINED_ZONE = "undefined_zone"
    OUT_OF_RANGE = "out_of_range"
    BAD_TEXT = "bad_text"
    NOT_ACCEPTED = "not_accepted"
    # read, with an assumption worth knowing
    ZONE_ASSUMED = "zone_assumed"
    FLOATING_TIMES = "floating_times"
    AFTER_MIDNIGHT = "after_midnight"
    AMBIGUOUS_TIMES = "ambiguous_times"
    RECURRENCE_EXPANDED = "recurrence_expanded"
    RECURRENCE_CAPPED = "recurrence_capped"
    RECURRENCE_TOO_COSTLY = "recurrence_too_costly"
    SHORTENED = "shortened"
    DAY_FROM_START = "day_from_start"
    OUTSIDE_DAYS = "outside_days"


class Shape(StrEnum):
    """What a value should have been (the ``expected`` field of ``WRONG_TYPE``)."""

    TEXT = "text"
    NUMBER = "number"
    TEXT_OR_NUMBER = "text_or_number"
    LIST = "list"
    OBJECT = "object"
    OBJECT_OR_TEXT = "object_or_text"
    WHOLE_NUMBER = "whole_number"
    TEXT_OR_LANGUAGES = "text_or_languages"


ENGLISH: dict[Why, str] = {
    Why.TOO_LARGE: "the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB",
    Why.NOT_UTF8: "the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8 and try again",
    Why.UNKNOWN_FORMAT: (
        "the file {name} is not a schedule this app reads (frab/Pentabarf XML, c3voc JSON, iCalendar)"
    ),
    Why.BROKEN_XML: "the XML is broken at line {line}, column {column}: {detail}",
    Why.UNSAFE_XML: "the XML file uses {detail}, which is refused for safety",
    Why.NOT_FRAB: "this XML is not a frab schedule: its root is <{root}>, not <schedule>",
    Why.BROKEN_JSON: "the JSON is broken at line {line}, column {column}: {detail}",
    Why.NOT_C3VOC: (
        "this JSON is not a c3voc schedule: it has neither schedule.conference.days nor schedule.events"
    ),
    Why.BROKEN_ICAL: "the iCalendar file is broken: {detail}",
    Why.TOO_MANY_EVENTS: "the schedule has {count} events; at most {limit} are accepted",
    Why.UNKNOWN_ZONE: "unknown time zone {zone!r}",
    Why.NONEXISTENT_TIME: "{time} does not exist in {zone} (the clocks skip that hour)",
    Why.NO_ID: "no guid/UID, so it could not be kept in step on a later import",
    Why.ID_TOO_LONG: "its id is longer than {limit} characters",
    Why.DUPLICATE_ID: "duplicate id {id!r} (first at {first})",
    Why.ENDS_BEFORE_START: "it ends before it starts",
    Why.NO_DURATION: "it lasts no time (it ends when it starts)",
    Why.NO_TITLE: "it has no title",
    Why.MISSING: "it has no {field}",
    Why.WRONG_TYPE: "{field} should be {expected}",
    Why.REPEATED: "{field} appears more than once",
    Why.MISPLACED: "{field} is not in its place (it belongs in {parent})",
    Why.NOT_ALLOWED: "{field} has a value the format does not allow",
    Why.BOTH_GIVEN: "it gives both {field} and {other}; the format allows only one",
    Why.BAD_DATE: "{field} {value!r} is not a date",
    Why.BAD_TIME: "{field} {value!r} is not a time of day",
    Why.BAD_INSTANT: "{field} {value!r} is not a date and time",
    Why.BAD_DURATION: "the duration {value!r} cannot be read (frab: HH:MM; iCalendar: PT1H30M)",
    Why.WHOLE_DAY: "{field} is a whole day ({value}), not a time",
    Why.UNDEFINED_ZONE: "unknown time zone {zone!r}, and no VTIMEZONE in the file defines it",
    Why.OUT_OF_RANGE: "its times fall outside the years {first}–{last} an agenda holds",
    Why.BAD_TEXT: "its text holds a control character or a text-direction control",
    Why.NOT_ACCEPTED: "the meeting does not accept it ({code})",
    Why.ZONE_ASSUMED: "the file names no time zone; its times were read as meeting time ({zone})",
    Why.FLOATING_TIMES: (
        "{count} event(s) have floating times (no time zone); they were read as meeting time ({zone})"
    ),
    Why.AFTER_MIDNIGHT: (
        "{count} event(s) after midnight, listed under the day before, were put on the next date"
    ),
    Why.AMBIGUOUS_TIMES: (
        "{count} event(s) start in the hour {zone} repeats when the clocks go back; "
        "read as the first of the two"
    ),
    Why.RECURRENCE_EXPANDED: "it repeats: it was imported as {count} item(s), one per occurrence",
    Why.RECURRENCE_CAPPED: (
        "it repeats without end or more often than an agenda holds: its {count} occurrence(s) up to "
        "{last} were imported, the later ones left out (up to the file's last item, at most {limit}, "
        "within {days} days)"
    ),
    Why.RECURRENCE_TOO_COSTLY: (
        "it repeats, but working out the file's repeating events already took {seconds} s of the "
        "server's time; it was left out (simplify its rule or import it in a file of its own)"
    ),
    Why.SHORTENED: "its {field} had {length} characters; it was shortened to {limit}",
    Why.DAY_FROM_START: (
        "the day dated {date} starts on {used} in {zone} (its start attribute); its events were filed "
        "under {used}"
    ),
    Why.OUTSIDE_DAYS: (
        "{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}"
    ),
}

_SHAPES = {
    Shape.TEXT: "text",
    Shape.NUMBER: "a number",
    Shape.TEXT_OR_NUMBER: "text or a number",
    Shape.LIST: "a list",
    Shape.OBJECT: "an object",
    Shape.OBJECT_OR_TEXT: "an object or text",
    Shape.WHOLE_NUMBER: "a whole number",
    Shape.TEXT_OR_LANGUAGES: "text, or text per language",
}


def english(code: Why, fields: dict[str, Any]) -> str:
    """The reason as an English phrase (console, HTTP message, logs)."""
    values = dict(fields)
    if code == Why.WRONG_TYPE:
        values["expected"] = _SHAPES.get(values.get("expected"), values.get("expected"))
    try:
        return ENGLISH[code].format(**values)
    except (KeyError, IndexError):  # a field missing: still say what kind of problem it is
        return f"{code.value} {values}"


@dataclass(frozen=True)
class Note:
    """A reason with its place in the file ("" for the whole file): the place in the file's own terms
    (an XML element path, a JSON pointer, a VEVENT and its UID) and, where the format has lines, the
    line it starts on (0: none). The line is a field of its own so the app can word it."""

    code: Why
    place: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    line: int = 0
    #: The event's own key where the place does not name it (a JSON pointer): ``guid '…'`` or
    #: ``id 7``, so the event can be searched for in the file.
    key: str = ""

    @property
    def reason(self) -> str:
        return english(self.code, self.fields)

    @property
    def where(self) -> str:
        """The place in English, with its line and key (console, HTTP message)."""
        place = f"{self.place} ({self.key})" if self.key else self.place
        return f"line {self.line}: {place}" if self.line else place

    def plain(self) -> dict[str, Any]:
        """JSON-ready: the code and fields for apps, the English ``reason`` for people at a console."""
        fields = {k: v if type(v) in (str, int, float, bool) else str(v) for k, v in self.fields.items()}
        plain = {"place": self.place, "code": self.code.value, "fields": fields, "reason": self.reason}
        plain |= {"line": self.line} if self.line else {}
        return plain | ({"key": self.key} if self.key else {})


class ScheduleError(Exception):
    """The file is refused as a whole; ``note`` says why and where."""

    def __init__(self, code: Why, place: str = "", at_line: int = 0, **fields: Any) -> None:
        self.note = Note(code, place, fields, at_line)
        text, where = self.note.reason, self.note.where
        super().__init__(f"{where}: {text}." if where else text[:1].upper() + text[1:] + ".")


class Unreadable(ValueError):
    """One event (or one value of it) cannot be read; the event is skipped with this reason."""

    def __init__(self, code: Why, at_line: int = 0, **fields: Any) -> None:
        self.code, self.fields, self.line = code, fields, at_line
        super().__init__(english(code, fields))
