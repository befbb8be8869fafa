"""An event the meeting's limits would refuse: shortened with a note, or skipped with a note — never
the whole file refused for it.

The limits are the domain's (``domain.limits``): a text too long for its field is shortened to the
limit (the end marked with "…") and the file's place says which field, how long it was and the
limit; what cannot be shortened (a time outside the years the agenda holds, a control character)
skips the event with the domain's own check as the judge, so the reader and ``prepare_import``
can never disagree about an item.
"""

from __future__ import annotations

from dataclasses import replace

from companion.domain.entities import AgendaItem, Person
from companion.domain.errors import Invalid
from companion.domain.limits import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    MAX_PEOPLE_PER_ITEM,
    MAX_TITLE_CHARS,
    check_item,
)

from .schedule_notes import Note, Why

#: Marks where a shortened text was cut.
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """*text* cut to *limit* characters, the last one an ellipsis (unchanged when it fits)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def fit(item: AgendaItem, place: str, line: int) -> tuple[AgendaItem, list[Note]]:
    """*item* within the agenda's text limits, and a ``shortened`` note per field that was cut."""
    if _fits(item):  # nearly every item: no copy made
        return item, []
    notes: list[Note] = []

    def cut(name: str, text: str, limit: int) -> str:
        if len(text) > limit:
            fields = {"field": name, "length": len(text), "limit": limit}
            notes.append(Note(Why.SHORTENED, place, fields, line))
        return shorten(text, limit)

    speakers = item.speakers
    if len(speakers) > MAX_PEOPLE_PER_ITEM:
        notes.append(Note(Why.SHORTENED, place,
                          {"field": "speakers", "length": len(speakers), "limit": MAX_PEOPLE_PER_ITEM}, line))
        speakers = speakers[:MAX_PEOPLE_PER_ITEM]
    names = [cut("speakers", p.name, MAX_NAME_CHARS) for p in speakers]
    fitted = replace(
        item,
        title=cut("title", item.title, MAX_TITLE_CHARS),
        description=cut("description", item.description, MAX_DESCRIPTION_CHARS),
        room=cut("room", item.room, MAX_NAME_CHARS),
        speakers=tuple(Person(name=n) for n in names),
    )
    return fitted, notes


def _fits(item: AgendaItem) -> bool:
    return (len(item.title) <= MAX_TITLE_CHARS and len(item.description) <= MAX_DESCRIPTION_CHARS
            and len(item.room) <= MAX_NAME_CHARS and len(item.speakers) <= MAX_PEOPLE_PER_ITEM
            and all(len(p.name) <= MAX_NAME_CHARS for p in item.speakers))


def refusal(item: AgendaItem) -> tuple[Why, dict] | None:
    """Why the meeting would refuse *item* even shortened (the domain's check decides), or None."""
    try:
        check_item(item, "it")
    except Invalid as invalid:
        if invalid.code == "out_of_range":
            return Why.OUT_OF_RANGE, {"first": FIRST_YEAR, "last": LAST_YEAR}
        if invalid.code == "invalid_text":
            return Why.BAD_TEXT, {}
        return Why.NOT_ACCEPTED, {"code": invalid.code}
    return None
