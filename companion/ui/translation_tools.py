"""The developer's translation tools (not used by the running app):

    python -m companion.ui.translations update   # add new strings to every .ts (as unfinished)
    python -m companion.ui.translations build    # .ts -> .qm with pyside6-lrelease
    python -m companion.ui.translations check    # list unfinished or missing entries; exit 1 if any

Every user-visible string goes through ``labels.tr`` (context ``labels``); ``update`` finds them
in the source, so a new string cannot be forgotten: ``check`` (and a test) fails until all six
languages have it.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import defusedxml.ElementTree as SafeTree

from companion.domain.vocabulary import LANGUAGES

from .translation_files import CONTEXT, build, ts_path

CODE = Path(__file__).resolve().parents[1]


def extract_messages(root: Path = CODE) -> list[str]:
    """Every literal passed to ``tr(...)`` or ``tr_noop(...)`` in the package, in first-seen order."""
    found: dict[str, None] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "tr_noop")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, None)
    return list(found)


def read_ts(language: str) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) for one language."""
    path = ts_path(language)
    if not path.exists():
        return {}
    entries = {}
    for message in SafeTree.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "vanished")
        entries[source] = (text, finished and bool(text))
    return entries


def write_ts(language: str, entries: dict[str, tuple[str, bool]], sources: list[str]) -> None:
    """Write the .ts: *sources* in order, then vanished ones kept for reuse."""
    root = ElementTree.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    for source in [*sources, *(s for s in entries if s not in sources)]:
        text, finished = entries.get(source, ("", False))
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = source
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if source not in sources:
            translation.set("type", "vanished")
        elif not finished:
            translation.set("type", "unfinished")
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    ts_path(language).write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def update() -> None:
    sources = extract_messages()
    for language in LANGUAGES:
        entries = read_ts(language)
        if language == "en":  # the source language translates to itself
            entries = {s: (s, True) for s in sources}
        write_ts(language, entries, sources)


def problems(language: str, sources: list[str] | None = None) -> list[str]:
    """Strings of the interface that *language* lacks or has unfinished."""
    entries = read_ts(language)
    return [s for s in (sources or extract_messages()) if not entries.get(s, ("", False))[1]]


def main(argv: list[str]) -> int:
    """Run one tool by name (update, build, check); the exit status."""
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        try:
            built = build()
        except RuntimeError as failed:  # lrelease missing or refusing a file: one line, not a trace
            print(failed, file=sys.stderr)
            return 1
        for path in built:
            print(path)
    elif command == "check":
        missing = {lang: problems(lang) for lang in LANGUAGES}
        for lang, strings in missing.items():
            for s in strings:
                print(f"{lang}: {s!r}")
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0
