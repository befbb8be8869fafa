"""The Meeting menu's file actions: calendar export, the meeting's record, schedule import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from companion.client import MeetingSync
from companion.client.schedule_upload import EmptySchedule, ScheduleRefused
from companion.domain.entities import Participant
from companion.domain.permissions import may_issue, may_read_record
from companion.interchange import MAX_SCHEDULE_BYTES

from .background import BackgroundCall
from .labels import number, tr
from .messages import error_text
from .schedule_words import placed_reason, report_text
from .translations import current_language


class ExchangeActions(QObject):
    """Adds the actions to *menu*; each shows only to the roles that may use it."""

    def __init__(self, window: QMainWindow, sync: MeetingSync, menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.sync = window, sync
        self._starred: Callable[[], set[str]] = set
        self._pending_import: Path | None = None
        self.calendar = self._action(menu, tr("Export the agenda to a calendar (.ics)…"), self._ask_calendar)
        self.my_calendar = self._action(
            menu, tr("Export my agenda to a calendar (.ics)…"), lambda: self._ask_calendar(True)
        )
        self.record = self._action(menu, tr("Export the record of the meeting…"), self._ask_record)
        self.schedule = self._action(menu, tr("Import a schedule…"), self._ask_schedule)
        self.set_person(None)

    def _action(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def set_person(self, me: Participant | None, starred: Callable[[], set[str]] = set) -> None:
        """Show the actions the signed-in person may use; *starred* gives their "my agenda"."""
        self._starred = starred
        self.calendar.setVisible(me is not None)
        self.my_calendar.setVisible(me is not None)
        self.record.setVisible(me is not None and may_read_record(me))
        self.schedule.setVisible(me is not None and may_issue(me, "agenda.import"))

    # --- calendar and record: made from the local state, no network needed --------------

    def _ask_calendar(self, starred_only: bool = False) -> None:
        name = "my-agenda.ics" if starred_only else "agenda.ics"
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save calendar"), name, tr("Calendar (*.ics)"))
        if path:
            self.write_calendar(Path(path), starred_only)

    def write_calendar(self, path: Path, starred_only: bool = False) -> None:
        state = self.sync.state
        if state is None:
            return self._tell(tr("The agenda has not arrived yet."))
        mine = self._starred()
        items = [i for i in state.items.values() if i.id in mine] if starred_only else None
        if starred_only and not items:
            return self._tell(tr("Star items in the agenda first: “my agenda” is empty."))
        from companion.interchange.ical_export import agenda_calendar  # icalendar: loaded when first used

        self._write(path, agenda_calendar(state, items, datetime.now(UTC), current_language()))
        return None

    def _ask_record(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save the record"), "record.csv", tr("CSV (*.csv);;JSON (*.json)")
        )
        if path:
            self.write_record(Path(path))

    def write_record(self, path: Path) -> None:
        """CSV or JSON, by the file's extension."""
        state = self.sync.state
        if state is None:
            return self._tell(tr("The meeting has not arrived yet."))
        from companion.interchange.record_files import record_csv, record_json  # on first export only

        text = record_json(state) if path.suffix.lower() == ".json" else record_csv(state)
        self._write(path, text.encode("utf-8"))
        return None

    def _write(self, path: Path, data: bytes) -> None:
        try:
            path.write_bytes(data)
        except OSError as exc:
            self._tell(tr("Could not save {name}: {why}").format(name=path.name, why=exc.strerror or exc))
            return
        self.window.statusBar().showMessage(tr("Saved {name}.").format(name=path.name), 8000)

    # --- schedule import: a dry run first, the report, then the import on confirmation ---

    def _ask_schedule(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Import a schedule"), "", tr("Schedules (*.xml *.json *.ics);;All files (*)")
        )
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path) -> None:
        """Ask the server what importing the file would change (read and sent off the GUI thread)."""
        self._pending_import = path
        self._send_schedule(dry_run=True)

    def _send_schedule(self, dry_run: bool, previewed: str | None = None) -> None:
        """*previewed*: the plan the user saw; the server imports only if it would do just that."""
        path = self._pending_import

        def send() -> dict:
            with path.open("rb") as handle:  # one byte over the limit is enough for the server to refuse
                data = handle.read(MAX_SCHEDULE_BYTES + 1)
            return self.sync.import_schedule(data, path.name, dry_run, previewed)

        call = BackgroundCall(send, self)
        call.sig_done.connect(self._previewed if dry_run else self._imported)
        call.sig_failed.connect(self._failed)
        self.window.statusBar().showMessage(tr("Sending {name} to the server…").format(name=path.name))
        call.start()

    def _failed(self, error: Exception) -> None:
        """Why in the interface language; a refused file's technical detail (line, column) below it."""
        detail = ""
        if isinstance(error, ScheduleRefused):  # the reason in the user's language; the server's words below
            why, detail = placed_reason(error.reason), error.message  # the server's English below
        elif isinstance(error, EmptySchedule):  # every event skipped: why, one by one, in the user's language
            why, detail = error_text(error), "\n".join(placed_reason(s) for s in error.skipped)
        elif isinstance(error, OSError):
            why, detail = tr("the file could not be read"), str(error)
        else:
            why = error_text(error)
        self.window.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Warning,
            tr("Meeting Companion"),
            tr("The schedule was not imported: {why}").format(why=why),
            parent=self.window,
        )
        if detail:
            box.setDetailedText(detail)
        box.exec()

    def _previewed(self, report: dict) -> None:
        box = QMessageBox(QMessageBox.Question, tr("Import a schedule"), _summary(report), parent=self.window)
        box.setDetailedText(report_text(report))
        go = box.addButton(tr("Import"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is go:
            self._send_schedule(dry_run=False, previewed=report.get("plan"))
        else:
            self.window.statusBar().showMessage(tr("Import cancelled; nothing was changed."), 8000)

    def _imported(self, report: dict) -> None:
        self._pending_import = None
        self.window.statusBar().showMessage(tr("Schedule imported: ") + _summary(report), 15_000)

    def _tell(self, text: str) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, tr("Meeting Companion"), text)


def _summary(report: dict) -> str:
    return tr("{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.").format(
        a=number(len(report["added"])),
        c=number(len(report["changed"])),
        r=number(len(report["removed"])),
        k=number(len(report["kept_postponed"]) + len(report["cancelled"])),
        s=number(len(report["skipped"])),
    )
