"""Size and shape limits of what a participant may send: one place for every bound.

A command is checked whole before anything else (``check_shape``: nesting, text characters), then
field by field (``Fields`` with the lengths below), then per agenda item (``check_item``). Every
refusal is an ``Invalid`` with its own code, so the apps can say what was wrong.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any

from .entities import AgendaItem, Participant
from .errors import Invalid

#: A statement sent in advance for the interpreters: ~20 pages at 1,000 characters.
MAX_STATEMENT_CHARS = 20_000
#: Statement text one participant may send over a whole meeting (ten texts of the largest size,
#: some sixty ordinary statements): what the log keeps of anyone's texts is bounded by it, however
#: often they ask and withdraw (statements.text_quota_refusal).
MAX_TEXT_CHARS_PER_PARTICIPANT = 200_000
MAX_TITLE_CHARS = 500
MAX_DESCRIPTION_CHARS = 5_000
#: Names of people, rooms, groups; reasons given by the chair.
MAX_NAME_CHARS = 200
MAX_REASON_CHARS = 1_000
MAX_PEOPLE_PER_ITEM = 100
MAX_FORMATS = 10
#: JSON nesting of a command (an agenda import is four levels deep).
MAX_DEPTH = 32
#: Agenda times outside these years are a typing slip; refusing them keeps every export valid.
FIRST_YEAR, LAST_YEAR = 1970, 2100
#: Speaking limits per kind, in seconds.
MIN_LIMIT_SECONDS, MAX_LIMIT_SECONDS = 10, 3_600
#: The longest budget per group or delegation on one item (a whole day of speaking).
MAX_BUDGET_SECONDS = 8 * 3_600

#: C0/C1 controls other than tab, newline (and the CR of a Windows newline), and lone surrogates.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: The joiners (ZWNJ, ZWJ) spell Persian, Urdu or Indic names right and join emoji: allowed between
#: two letters of such scripts (above Latin), never beside a Latin letter, where they only hide.
_JOINERS = "\u200c\u200d"
_LATIN_END = 0x24F
#: The bidi embeddings, overrides, isolates and marks among them.
_DIRECTION_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_text(value: str, where: str = "text") -> None:
    """Raise Invalid if *value* holds a control character or half of a surrogate pair."""
    bad = _BAD_CHARS.search(value)
    if bad is None:
        return
    if "\ud800" <= bad.group() <= "\udfff":
        raise Invalid("invalid_text", f"{where} holds a broken character (a lone UTF-16 surrogate).")
    raise Invalid("invalid_text", f"{where} holds a control character (U+{ord(bad.group()):04X}).")


def check_name(value: str, where: str) -> None:
    """Raise Invalid if a name, group, label or room message holds a control character, a broken
    one, or an invisible format character (Unicode category Cf: zero-width spaces, bidi embeddings,
    overrides and isolates, the BOM…). In a statement they may be the writer's own; in a name they
    only serve to make "Kenya" read as another delegation's name, or two names look the same."""
    check_text(value, where)
    bad = invisible_character(value)
    if bad is not None:
        what = "a text-direction control" if bad in _DIRECTION_MARKS else "an invisible formatting character"
        raise Invalid("invalid_text", f"{where} holds {what} (U+{ord(bad):04X}).")


def invisible_character(value: str) -> str | None:
    """The first format character (Cf) of *value* that is not a joiner inside a non-Latin word."""
    for n, char in enumerate(value):
        if unicodedata.category(char) != "Cf":
            continue
        if char in _JOINERS and 0 < n < len(value) - 1 and _joins(value[n - 1], value[n + 1]):
            continue
        return char
    return None


def _joins(before: str, after: str) -> bool:
    return all(ord(c) > _LATIN_END and unicodedata.category(c)[0] in "LMS" for c in (before, after))


def check_shape(value: Any) -> None:
    """Raise Invalid if a command nests deeper than MAX_DEPTH or any text (key or value) is bad.

    Walks with an explicit stack: a hostile depth cannot exhaust Python's recursion.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            check_text(node, "A text")
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            raise Invalid("too_deep", f"The command nests deeper than {MAX_DEPTH} levels.")
        if isinstance(node, dict):
            for key, item in node.items():
                check_text(str(key), "A field name")
                stack.append((item, depth + 1))
        else:
            stack.extend((item, depth + 1) for item in node)


def check_instant(value: datetime, where: str) -> None:
    """Raise Invalid ``out_of_range`` for a time outside FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise Invalid("out_of_range", f"{where} must fall between {FIRST_YEAR} and {LAST_YEAR}.")


def in_supported_years(item: AgendaItem) -> bool:
    """True when an item's times fall in FIRST_YEAR..LAST_YEAR (a log from before this rule may
    hold one that does not: exports leave it out rather than fail)."""
    return all(FIRST_YEAR <= t.year <= LAST_YEAR for t in (item.start, item.end, item.day))


def check_item(item: AgendaItem, where: str = "The item") -> None:
    """Raise Invalid if an agenda item (new or changed) breaks a size or range limit."""
    check_instant(item.start, f"{where}'s start")
    check_instant(item.end, f"{where}'s end")
    if not FIRST_YEAR <= item.day.year <= LAST_YEAR:
        raise Invalid("out_of_range", f"{where}'s day must fall between {FIRST_YEAR} and {LAST_YEAR}.")
    texts = [(item.title, MAX_TITLE_CHARS, "title"), (item.description, MAX_DESCRIPTION_CHARS, "description")]
    texts += [(t.title, MAX_TITLE_CHARS, "title") for t in item.translations]
    texts += [(t.description, MAX_DESCRIPTION_CHARS, "description") for t in item.translations]
    texts += [(item.room, MAX_NAME_CHARS, "room"), (item.id, MAX_NAME_CHARS, "id")]
    people = (*item.moderators, *item.speakers)
    texts += [(text, MAX_NAME_CHARS, "name") for p in people for text in (p.name, p.affiliation)]
    for person in people:
        check_name(person.name, f"{where}: a name")
    texts += [(f, MAX_NAME_CHARS, "format") for f in item.formats]
    for text, limit, name in texts:
        if len(text) > limit:
            raise Invalid("too_long", f"{where}: a {name} is longer than {limit} characters.")
    if len(people) > MAX_PEOPLE_PER_ITEM or len(item.formats) > MAX_FORMATS:
        raise Invalid("too_many", f"{where} names too many people or formats.")
    _check_limits(item, where)


def _check_limits(item: AgendaItem, where: str) -> None:
    limits = vars(item.limits)
    for kind, seconds in limits.items():
        if not MIN_LIMIT_SECONDS <= seconds <= MAX_LIMIT_SECONDS:
            raise Invalid(
                "out_of_range",
                f"{where}: the {kind} limit must be {MIN_LIMIT_SECONDS}–{MAX_LIMIT_SECONDS} seconds.",
            )
    for kind, seconds in vars(item.budgets).items():
        if seconds and not MIN_LIMIT_SECONDS <= seconds <= MAX_BUDGET_SECONDS:
            raise Invalid(
                "out_of_range",
                f"{where}: the {kind} budget must be 0 or {MIN_LIMIT_SECONDS}–{MAX_BUDGET_SECONDS} seconds.",
            )


def check_person(participant: Participant) -> None:
    """Raise Invalid if a participant's id, name, delegation, gender or e-mail is too long or holds
    bad characters (the same rule for one registered at the console and for an imported list)."""
    for name, text in (
        ("id", participant.id),
        ("name", participant.name),
        ("delegation", participant.delegation),
        ("gender", participant.gender or ""),
        ("e-mail", participant.email),
    ):
        check_name(text, f"The {name}")
        if not text.strip() and name in ("id", "name"):
            raise Invalid("missing_field", f"The {name} must not be empty.")
        if len(text) > MAX_NAME_CHARS:
            raise Invalid("too_long", f"The {name} is longer than {MAX_NAME_CHARS} characters.")
