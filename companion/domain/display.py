"""The room display: what the chair shows the room, and the rules of the public pages' language.

Pure: entities and rules only. The commands and events that change the display are in
``display_commands``; what the room may see is derived in ``public_view``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .vocabulary import LANGUAGES, RIGHT_TO_LEFT

#: Next speakers a room display shows unless the chair says otherwise.
DEFAULT_NEXT_SPEAKERS = 3
#: The most next speakers a display can show in type readable from the back of the room.
MAX_NEXT_SPEAKERS = 10
#: A message to the room is a line or two on a screen, not a document.
MAX_MESSAGE_CHARS = 200
#: The longest countdown (a lunch break, a long suspension of the meeting).
MAX_COUNTDOWN_SECONDS = 6 * 3600


class PageView(StrEnum):
    """The public pages: the room's screens, the webcast's name strip, the list for followers."""

    ROOM = "room"
    LOWER_THIRD = "lower-third"
    SPEAKERS = "speakers"


class Theme(StrEnum):
    DARK = "dark"
    LIGHT = "light"


@dataclass(frozen=True)
class DisplayText:
    """A text for the room in one of the meeting's languages."""

    language: str
    text: str


@dataclass(frozen=True)
class RoomDisplay:
    """What the chair has put on the room's screens, beyond the floor itself."""

    #: The chair's message, in one or more languages; empty when none is shown.
    message: tuple[DisplayText, ...] = ()
    #: When the countdown reaches zero; None when none runs.
    countdown_ends: datetime | None = None
    #: What the countdown is for ("Coffee break"), in one or more languages.
    countdown_label: tuple[DisplayText, ...] = ()
    #: How many next speakers the display shows.
    next_speakers: int = DEFAULT_NEXT_SPEAKERS


def text_in(texts: tuple[DisplayText, ...], language: str, fallback: tuple[str, ...] = LANGUAGES) -> str:
    """The text in *language*, else in the first of *fallback* that has one, else ''."""
    by_language = {t.language: t.text for t in texts}
    for code in (language, *fallback):
        if by_language.get(code):
            return by_language[code]
    return next((t.text for t in texts if t.text), "")


def direction(language: str) -> str:
    """``rtl`` or ``ltr``: the page's writing direction in *language*."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


#: Entries of an ``Accept-Language`` header read; browsers send a handful, the rest is noise.
MAX_ACCEPTED_LANGUAGES = 50


def preferred_languages(accept_language: str | None) -> list[str]:
    """The primary language codes of an HTTP ``Accept-Language`` header, most wanted first."""
    ranked = []
    parts = (accept_language or "").split(",", MAX_ACCEPTED_LANGUAGES)[:MAX_ACCEPTED_LANGUAGES]
    for n, part in enumerate(parts):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        code = tag.strip().split("-")[0].lower()
        if code and code != "*" and weight > 0:
            ranked.append((-weight, n, code))
    return [code for _, _, code in sorted(ranked)]


def page_languages(meeting_languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages a meeting's public pages speak: the meeting's among the six whose words the pages
    have, in the meeting's order; all six for a meeting that names none of them."""
    return tuple(code for code in meeting_languages if code in LANGUAGES) or LANGUAGES


def page_language(requested: str | None, accept_language: str | None, offered: tuple[str, ...]) -> str | None:
    """The language of a public page: the one asked for if the meeting offers it (None if not);
    without one, the browser's preferred language the meeting offers, else the meeting's first."""
    if requested is not None:
        code = requested.strip().lower()
        return code if code in offered else None
    for code in preferred_languages(accept_language):
        if code in offered:
            return code
    return offered[0] if offered else LANGUAGES[0]


def countdown_left(display: RoomDisplay, now: datetime) -> float | None:
    """Seconds until the countdown ends (never below zero); None when none runs."""
    if display.countdown_ends is None:
        return None
    return max(0.0, (display.countdown_ends - now).total_seconds())
