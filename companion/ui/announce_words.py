"""A sentence for the room display in each of the meeting's languages at once (the display shows
each reader's language), taken from the app's own compiled translations rather than the
interface's one: a ``QTranslator`` per language, loaded from the same .qm the Language menu uses
(the bundle ships .qm files, not the .ts sources, and the first paint must not load an XML parser)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from .labels import tr_noop
from .translation_files import CONTEXT

#: What the room display says when the chair announces a list's deadline.
LIST_CLOSES = tr_noop("The list of speakers closes at {time}.")


@cache
def _translator(language: str) -> QTranslator | None:
    from .translations import compiled  # only when an announcement is made

    qm = compiled(language)
    translator = QTranslator()
    return translator if qm is not None and translator.load(str(qm)) else None


def in_every_language(source: str, languages: tuple[str, ...], **fields: str) -> dict[str, str]:
    """*source* filled with *fields* in each language (English where a translation is missing)."""
    said = {}
    for language in languages:
        translator = _translator(language) if language != "en" else None
        text = translator.translate(CONTEXT, source) if translator is not None else ""
        said[language] = (text or source).format(**fields)
    return said
