"""The interface in six languages: Qt ``.ts`` sources in resources/translations, compiled by lrelease.

    python -m companion.ui.translations update   # add new strings to every .ts (as unfinished)
    python -m companion.ui.translations build    # .ts -> .qm with pyside6-lrelease
    python -m companion.ui.translations check    # list unfinished or missing entries; exit 1 if any

Every user-visible string goes through ``labels.tr`` (context ``labels``); ``update`` finds them
in the source, so a new string cannot be forgotten: ``check`` (and a test) fails until all six
languages have it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from companion.domain.vocabulary import LANGUAGES, RIGHT_TO_LEFT
from companion.paths import RESOURCES

SOURCES = RESOURCES / "translations"
CONTEXT = "labels"
#: Languages written right to left: the whole layout mirrors (the domain's rule, shared with the web pages).
RTL = RIGHT_TO_LEFT
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


def ts_path(language: str) -> Path:
    return SOURCES / f"companion_{language}.ts"


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


def lrelease() -> str:
    tool = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not installed (it comes with PySide6)")
    return tool


def build(out: Path = SOURCES) -> list[Path]:
    """Compile every .ts into a .qm in *out*."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = out / f"companion_{language}.qm"
        subprocess.run([lrelease(), "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        built.append(target)
    return built


def compiled(language: str) -> Path | None:
    """The .qm of *language*: the built one, or built now into the user cache if missing or stale."""
    source = ts_path(language)
    for qm in (SOURCES / f"companion_{language}.qm", _cache() / f"companion_{language}.qm"):
        if qm.exists() and qm.stat().st_mtime >= source.stat().st_mtime:
            return qm
    try:
        return build(_cache())[LANGUAGES.index(language)]
    except (OSError, RuntimeError, subprocess.CalledProcessError):
        return None


def system_language() -> str:
    """The system's UI language if it is one of the six, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(language: str, previous: QTranslator | None = None) -> QTranslator | None:
    """Load *language* into the running app (replacing *previous*); returns the translator."""
    app = QCoreApplication.instance()
    if previous is not None:
        app.removeTranslator(previous)
    qm = compiled(language) if language in LANGUAGES and ts_path(language).exists() else None
    if qm is None:
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


_current: dict[str, QTranslator | None] = {"translator": None}


def apply_language(language: str) -> str:
    """Switch the running app to *language* (or English if it has no translation); returns it.

    Widgets built afterwards speak the new language; windows rebuild themselves to follow.
    """
    if language not in LANGUAGES:
        language = "en"
    _current["translator"] = install(language, _current["translator"])
    QCoreApplication.instance().setLayoutDirection(Qt.RightToLeft if language in RTL else Qt.LeftToRight)
    QLocale.setDefault(QLocale(language))
    _current["language"] = language
    return language


def current_language() -> str:
    return _current.get("language", "en")


def _cache() -> Path:
    return Path(platformdirs.user_cache_dir("meeting-companion", appauthor=False)) / "translations"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        for path in build():
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
