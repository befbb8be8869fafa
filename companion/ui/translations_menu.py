"""Meeting ▸ Import agenda titles in another language…: the secretariat loads a CSV of translations,
or the same schedule in one language (matched by id), and sends them as one ``agenda.translate``.
The file is read and parsed on a worker thread; the server checks the titles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from companion.domain import command_builders as build
from companion.domain.content_language import ORIGINAL_LANGUAGE
from companion.domain.permissions import may_issue
from companion.interchange import MAX_SCHEDULE_BYTES, ScheduleError
from companion.interchange.agenda_translation_files import (
    BoothFileError,
    Translations,
    translations_from_csv,
    translations_from_schedule,
)

from .background import BackgroundCall
from .labels import LANGUAGE_NAMES, isolate, number, tr, tr_noop
from .schedule_words import placed_reason

#: What is wrong with a line of a CSV of translations (interchange/booth_files.FileProblem codes).
FILE_PROBLEMS = {
    "missing_column": tr_noop("a column is missing:"),
    "unknown_language": tr_noop("not a language of the meeting:"),
    "bad_csv": tr_noop("the CSV cannot be read:"),
    "not_utf8": tr_noop("the file is not UTF-8 text"),
    "too_large": tr_noop("the file is too large"),
    "empty": tr_noop("the file is empty"),
}


def install(window, menu: QMenu) -> QAction:
    """Add the entry to the window's Meeting menu, shown to the secretariat."""
    action = QAction(tr("Import agenda titles in another language…"), menu)
    action.triggered.connect(lambda _checked=False: _ask(window))

    def show_if_allowed() -> None:
        me = window.sync.me
        action.setVisible(me is not None and may_issue(me, "agenda.translate"))

    menu.aboutToShow.connect(show_if_allowed)
    show_if_allowed()
    menu.addAction(action)
    return action


def _ask(window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Import agenda titles"), "", tr("Translations or schedules (*.csv *.xml *.json *.ics)")
    )
    if not path:
        return
    language = None
    if not path.lower().endswith(".csv"):  # a schedule file says nothing of its language: ask
        state = window.sync.state
        codes = [c for c in state.meeting.languages if c != ORIGINAL_LANGUAGE]
        names = [LANGUAGE_NAMES.get(c, c) for c in codes]
        title, question = tr("Import agenda titles"), tr("The file's language:")
        chosen, ok = QInputDialog.getItem(window, title, question, names, 0, False)
        if not ok:
            return
        language = codes[names.index(chosen)]
    load(window, Path(path), language)


def load(window, path: Path, language: str | None) -> BackgroundCall:
    """Read *path* (a CSV, or a schedule in *language*) off the GUI thread and send its titles."""
    state = window.sync.state
    tell = lambda words: window.statusBar().showMessage(words, 15_000)  # noqa: E731

    def read() -> Translations | ScheduleError | BoothFileError:
        with path.open("rb") as handle:
            data = handle.read(MAX_SCHEDULE_BYTES + 1)
        try:
            if language is None:
                return translations_from_csv(data, state)
            return translations_from_schedule(data, state, language, path.name)
        except (ScheduleError, BoothFileError) as refused:  # a refused file is an answer, not a crash
            return refused

    def done(found) -> None:
        if not isinstance(found, Translations):
            tell(tr("Could not read the file: {why}").format(why=_why(found)))
            return
        if not found.translations:
            tell(tr("The file holds no title for an item of the agenda."))
            return
        window.bridge.send(build.agenda_translate(found.translations))
        items = len({t["item_id"] for t in found.translations})
        words = tr("Agenda items with titles sent: {n}.").format(n=number(items))
        if found.unmatched:
            words += " " + tr("Not on the agenda, left out: {n}.").format(n=number(len(found.unmatched)))
        tell(words)

    call = BackgroundCall(read, window)
    call.sig_done.connect(done)
    call.sig_failed.connect(lambda error: tell(tr("Could not read the file: {why}").format(why=_why(error))))
    call.start()
    return call


def _why(error) -> str:
    if isinstance(error, ScheduleError):
        return placed_reason(error.note.plain())
    if isinstance(error, BoothFileError):
        first = error.problems[0]
        what = tr(FILE_PROBLEMS.get(first.code, first.code))
        line = number(first.line)
        words = tr("line {line}: {problem} {value}")
        return words.format(line=line, problem=what, value=isolate(first.value))
    return getattr(error, "strerror", None) or str(error)
