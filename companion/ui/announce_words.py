"""A sentence for the room display in each of the meeting's languages at once (the display shows
each reader's language), taken from the app's own translations rather than the interface's one."""

from __future__ import annotations

from functools import cache

from .labels import tr_noop
from .translation_tools import read_ts

#: What the room display says when the chair announces a list's deadline.
LIST_CLOSES = tr_noop("The list of speakers closes at {time}.")


@cache
def _translations(language: str) -> dict[str, str]:
    return {source: text for source, (text, finished) in read_ts(language).items() if finished}


def in_every_language(source: str, languages: tuple[str, ...], **fields: str) -> dict[str, str]:
    """*source* filled with *fields* in each language (English where a translation is missing)."""
    return {
        language: (_translations(language).get(source) or source).format(**fields) for language in languages
    }
