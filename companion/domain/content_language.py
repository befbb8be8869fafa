"""Agenda content in the reader's language, falling back to the original and saying so."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import AgendaItem

#: The language agenda items are written in when they carry no translation.
ORIGINAL_LANGUAGE = "en"


@dataclass(frozen=True)
class LocalText:
    title: str
    description: str
    #: None when shown in the reader's language; else the language actually shown.
    fallback: str | None


def localized(item: AgendaItem, language: str) -> LocalText:
    """The item's text in *language* if it has one, else the original (marked as a fallback)."""
    if language == ORIGINAL_LANGUAGE:
        return LocalText(item.title, item.description, None)
    for text in item.translations:
        if text.language == language and text.title:
            return LocalText(text.title, text.description or item.description, None)
    return LocalText(item.title, item.description, ORIGINAL_LANGUAGE)
