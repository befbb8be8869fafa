"""A schedule file's refusals and skips, one sentence per code: for the app (``ui.schedule_words``,
through Qt) and the ``meeting-server`` CLI (through ``server.catalogue``), so both say the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .roster_words import Translate, fill, tr_noop
from .schedule_notes import Shape, Why

REASONS: dict[Why, str] = {
    Why.TOO_LARGE: tr_noop("the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB"),
    Why.NOT_UTF8: tr_noop("the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8"),
    Why.UNKNOWN_FORMAT: tr_noop("the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)"),
    Why.BROKEN_XML: tr_noop("the XML is broken at line {line}, column {column}"),
    Why.UNSAFE_XML: tr_noop("the XML file uses entities or external references, refused for safety"),
    Why.NOT_FRAB: tr_noop("this XML is not a frab schedule (its root is <{root}>)"),
    Why.BROKEN_JSON: tr_noop("the JSON is broken at line {line}, column {column}"),
    Why.NOT_C3VOC: tr_noop("this JSON is not a c3voc schedule"),
    Why.BROKEN_ICAL: tr_noop("the iCalendar file is broken"),
    Why.TOO_MANY_EVENTS: tr_noop("the schedule has {count} events; at most {limit} are accepted"),
    Why.UNKNOWN_ZONE: tr_noop("unknown time zone “{zone}”"),
    Why.NONEXISTENT_TIME: tr_noop("{time} does not exist in {zone} (the clocks skip that hour)"),
    Why.NO_ID: tr_noop("it has no guid or UID, so a later import could not keep it in step"),
    Why.ID_TOO_LONG: tr_noop("its id is longer than {limit} characters"),
    Why.DUPLICATE_ID: tr_noop("its id “{id}” appears twice (first at {first})"),
    Why.ENDS_BEFORE_START: tr_noop("it ends before it starts"),
    Why.NO_DURATION: tr_noop("it lasts no time (it ends when it starts)"),
    Why.NO_TITLE: tr_noop("it has no title"),
    Why.MISSING: tr_noop("it has no {field}"),
    Why.WRONG_TYPE: tr_noop("{field} should be {expected}"),
    Why.REPEATED: tr_noop("{field} appears more than once"),
    Why.MISPLACED: tr_noop("{field} is not in its place (it belongs in {parent})"),
    Why.NOT_ALLOWED: tr_noop("{field} has a value the format does not allow"),
    Why.BOTH_GIVEN: tr_noop("it gives both {field} and {other}; the format allows only one"),
    Why.BAD_DATE: tr_noop("{field} “{value}” is not a date"),
    Why.BAD_TIME: tr_noop("{field} “{value}” is not a time of day"),
    Why.BAD_INSTANT: tr_noop("{field} “{value}” is not a date and time"),
    Why.BAD_DURATION: tr_noop("the duration “{value}” cannot be read"),
    Why.WHOLE_DAY: tr_noop("{field} is a whole day ({value}), not a time"),
    Why.UNDEFINED_ZONE: tr_noop("its time zone “{zone}” is not defined in the file"),
    Why.OUT_OF_RANGE: tr_noop("its times fall outside the years {first}–{last} an agenda holds"),
    Why.BAD_TEXT: tr_noop("its text holds a control character or a text-direction control"),
    Why.NOT_ACCEPTED: tr_noop("the meeting does not accept it ({code})"),
    Why.ZONE_ASSUMED: tr_noop("the file names no time zone; its times were read as meeting time ({zone})"),
    Why.FLOATING_TIMES: tr_noop("{count} event(s) have no time zone; read as meeting time ({zone})"),
    Why.AFTER_MIDNIGHT: tr_noop("{count} event(s) after midnight were put on the next date"),
    Why.AMBIGUOUS_TIMES: tr_noop("{count} event(s) start in the hour {zone} repeats; read as the first one"),
    Why.RECURRENCE_EXPANDED: tr_noop("it repeats: imported as {count} item(s), one per occurrence"),
    Why.RECURRENCE_CAPPED: tr_noop(
        "it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, "
        "the later ones left out"
    ),
    Why.RECURRENCE_TOO_COSTLY: tr_noop(
        "it repeats, but working out this file's repeating events already took {seconds} s; it was left "
        "out (simplify its rule or import it in a file of its own)"
    ),
    Why.SHORTENED: tr_noop("its {field} had {length} characters; it was shortened to {limit}"),
    Why.DAY_FROM_START: tr_noop(
        "the day dated {date} starts on {used} in {zone}; its events were filed under {used}"
    ),
    Why.OUTSIDE_DAYS: tr_noop(
        "{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}"
    ),
}

SHAPES: dict[Shape, str] = {
    Shape.TEXT: tr_noop("text"),
    Shape.NUMBER: tr_noop("a number"),
    Shape.TEXT_OR_NUMBER: tr_noop("text or a number"),
    Shape.LIST: tr_noop("a list"),
    Shape.OBJECT: tr_noop("an object"),
    Shape.OBJECT_OR_TEXT: tr_noop("an object or text"),
    Shape.WHOLE_NUMBER: tr_noop("a whole number"),
    Shape.TEXT_OR_LANGUAGES: tr_noop("text, or text per language"),
}

#: The agenda fields a report lists as changed.
FIELDS = {
    "day": tr_noop("day"),
    "start": tr_noop("start"),
    "end": tr_noop("end"),
    "kind": tr_noop("kind"),
    "title": tr_noop("title"),
    "description": tr_noop("description"),
    "moderators": tr_noop("moderators"),
    "speakers": tr_noop("speakers"),
    "room": tr_noop("room"),
    "formats": tr_noop("formats"),
    "languages": tr_noop("languages"),
    "public": tr_noop("public"),
}

PLACED = tr_noop("{place}: {reason}")
LINE_PLACE = tr_noop("line {line}, {place}")
UNKNOWN_REASON = tr_noop("a reason this app does not know ({code})")


def schedule_reason(note: Mapping[str, Any], translate: Translate) -> str:
    """A refusal or skip (``Note.plain()``) in the language of *translate*, after its place."""
    try:
        template = REASONS[Why(note.get("code"))]
    except ValueError:
        return fill(translate(UNKNOWN_REASON), {"code": note.get("code")})
    given = note.get("fields") or {}
    fields = dict(given)
    if "expected" in given:
        fields["expected"] = translate(SHAPES.get(given["expected"], str(given["expected"])))
    if note.get("code") == Why.SHORTENED and given.get("field") in FIELDS:
        fields["field"] = translate(FIELDS[given["field"]])
    reason = fill(translate(template), fields)
    if not note.get("place"):
        return reason
    key = note.get("key")
    place = f"{note['place']} ({key})" if isinstance(key, str) and key else note["place"]
    if note.get("line"):
        place = fill(translate(LINE_PLACE), {"line": note["line"], "place": place})
    return fill(translate(PLACED), {"place": place, "reason": reason})
