"""The app's translations for programs without Qt (the ``meeting-server`` CLI).

The same .ts files the app compiles with Qt's lrelease, read as XML: a sentence has one translation
in each language, whoever prints it. An entry not finished, or a language whose file is missing
(a server installed without the checkout's ``resources/``), falls back to the English source.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from companion.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"companion_{language}.ts"


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, str]:
    import defusedxml.ElementTree as SafeTree  # only when words are wanted: `serve` starts light

    path = ts_file(language)
    try:
        root = SafeTree.parse(path).getroot()
    except (OSError, SafeTree.ParseError):
        return {}
    table = {}
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if not source or translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        if translation.text:
            table[source] = translation.text
    return table


def translator(language: str) -> Callable[[str], str]:
    """``translate(text)``: *text* in *language* as the app says it (English if it has no words)."""
    table = _table(language) if language != "en" else {}
    return lambda text: table.get(text, text)
