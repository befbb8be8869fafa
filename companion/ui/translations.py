"""The interface's language at run time: load the compiled translation, mirror for Arabic.

The developer's tools (update, build, check) are in ``translation_tools``; ``python -m
companion.ui.translations …`` still runs them, as the README says.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from companion.domain.vocabulary import LANGUAGES, RIGHT_TO_LEFT

from .translation_files import SOURCES, build, ts_path

#: Languages written right to left: the whole layout mirrors (the domain's rule, shared with the web pages).
RTL = RIGHT_TO_LEFT


def compiled(language: str) -> Path | None:
    """The .qm of *language*: the built one, or built now into the user cache if missing or stale."""
    source = ts_path(language)
    for qm in (SOURCES / f"companion_{language}.qm", _cache() / f"companion_{language}.qm"):
        if qm.exists() and qm.stat().st_mtime >= source.stat().st_mtime:
            return qm
    try:
        return build(_cache())[LANGUAGES.index(language)]
    except (OSError, RuntimeError):
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


#: Qt's own catalogue names (standard buttons, file dialogs), where they differ from ours.
QT_CATALOGUES = {"zh": "qtbase_zh_CN"}


def install_qt_own(language: str, previous: QTranslator | None = None) -> QTranslator | None:
    """Load Qt's own words (Cancel, Show Details…, the file dialog) in *language*, as Qt ships them."""
    app = QCoreApplication.instance()
    if previous is not None:
        app.removeTranslator(previous)
    translator = QTranslator(app)
    name = QT_CATALOGUES.get(language, f"qtbase_{language}")
    if translator.load(name, QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(translator)
        return translator
    return None


_current: dict[str, QTranslator | None] = {"translator": None, "qt": None}


def apply_language(language: str) -> str:
    """Switch the running app to *language* (or English if it has no translation); returns it.

    Widgets built afterwards speak the new language; windows rebuild themselves to follow.
    """
    if language not in LANGUAGES:
        language = "en"
    _current["translator"] = install(language, _current["translator"])
    _current["qt"] = install_qt_own(language, _current["qt"])
    QCoreApplication.instance().setLayoutDirection(Qt.RightToLeft if language in RTL else Qt.LeftToRight)
    QLocale.setDefault(QLocale(language))
    _current["language"] = language
    return language


def current_language() -> str:
    return _current.get("language", "en")


def _cache() -> Path:
    return Path(platformdirs.user_cache_dir("meeting-companion", appauthor=False)) / "translations"


if __name__ == "__main__":
    from companion.ui.translation_tools import main

    sys.exit(main(sys.argv[1:]))
