"""A new meeting from what a secretariat knows: id, title, zone, first day, how many days, languages.

Pure: returns the ``meeting.created`` payload (the items, if any, come from a schedule file read
elsewhere) or raises Invalid with a code naming what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .codec import to_plain
from .entities import AgendaItem, Meeting
from .errors import Invalid
from .limits import FIRST_YEAR, LAST_YEAR, MAX_NAME_CHARS, MAX_TITLE_CHARS, check_item, check_text
from .vocabulary import LANGUAGES

#: Meeting ids appear in URLs and file names: lower-case letters, digits, dot, dash, underscore.
MEETING_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
MAX_DAYS = 31


def meeting_payload(
    meeting_id: str,
    title: str,
    time_zone: str,
    days: Sequence[date],
    languages: Iterable[str] = LANGUAGES,
    venue: str | None = "",
    items: Sequence[AgendaItem] = (),
) -> dict:
    """The ``meeting.created`` payload of a new meeting; raises Invalid naming the first problem."""
    if not MEETING_ID.fullmatch(meeting_id or ""):
        raise Invalid("invalid_meeting_id", f"{meeting_id!r} is not a meeting id (a-z, 0-9, '.', '-', '_').")
    # The same limits as every command's texts (domain/limits.py): no control characters, no over-long text.
    check_text(title or "", "The title")
    venue = venue or ""  # no venue given (None from a form or a file) is an empty one
    check_text(venue, "The venue")
    title = " ".join((title or "").split())
    if not title or len(title) > MAX_TITLE_CHARS:
        raise Invalid("invalid_title", f"A meeting needs a title of 1 to {MAX_TITLE_CHARS} characters.")
    if len(venue) > MAX_NAME_CHARS:
        raise Invalid("too_long", f"The venue is longer than {MAX_NAME_CHARS} characters.")
    check_zone(time_zone)
    chosen = tuple(dict.fromkeys(lang.strip().lower() for lang in languages if lang.strip()))
    unknown = [lang for lang in chosen if lang not in LANGUAGES]
    if unknown or not chosen:
        raise Invalid("unknown_language", f"Languages must be among {', '.join(LANGUAGES)} (got {unknown}).")
    if not days or len(days) > MAX_DAYS:
        raise Invalid("out_of_range", f"A meeting lasts 1 to {MAX_DAYS} days.")
    for day in days:
        _check_year(day)
    for item in items:
        check_item(item, f"The item {item.title[:60]!r}")
    meeting = Meeting(meeting_id, title, venue, time_zone, tuple(sorted(set(days))), chosen)
    return {"meeting": to_plain(meeting), "items": [to_plain(i) for i in items], "shifts": []}


def consecutive_days(start: date, count: int) -> list[date]:
    """*count* days from *start*; raises Invalid outside 1..MAX_DAYS."""
    if not 1 <= count <= MAX_DAYS:
        raise Invalid("out_of_range", f"A meeting lasts 1 to {MAX_DAYS} days.")
    _check_year(start)  # before adding days: 9999-12-31 + 1 day does not exist
    return [start + timedelta(days=n) for n in range(count)]


def _check_year(day: date) -> None:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise Invalid("out_of_range", f"A meeting's days must fall between {FIRST_YEAR} and {LAST_YEAR}.")


def check_zone(time_zone: str) -> None:
    """Raise Invalid ``unknown_time_zone`` unless *time_zone* is an IANA zone such as Europe/Zurich."""
    try:
        ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise Invalid(
            "unknown_time_zone", f"{time_zone!r} is not an IANA time zone (e.g. Europe/Zurich)."
        ) from None
