"""Meeting ▸ Participants… (secretariat): who is registered; import a list with a preview; hand out codes.

An import is checked first (a dry run on the server) and shown; only then can it be applied.
The new codes come back once: the dialog keeps them until they are exported to a CSV file
readable by its owner only, and warns before they are lost with the dialog.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from companion.client.participant_upload import ParticipantsRefused
from companion.domain import MeetingState
from companion.interchange import roster_words as words
from companion.interchange.roster_csv import MAX_ROSTER_BYTES, codes_csv

from .background import BackgroundCall
from .labels import isolate, listing, number, role_name, status_name, tr, tr_noop
from .messages import error_text
from .roster_words import note_text, problem_text

COLUMNS = [tr_noop("Name"), tr_noop("Delegation"), tr_noop("Role"), tr_noop("Where"), tr_noop("E-mail")]
COL_NAME, COL_DELEGATION, COL_ROLE, COL_WHERE, COL_EMAIL = range(len(COLUMNS))
ParticipantIdRole = Qt.UserRole + 1


class ParticipantsModel(QAbstractTableModel):
    """The meeting's participants, by delegation then name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_state(self, state: MeetingState | None) -> None:
        people = state.participants.values() if state else ()
        rows = sorted(people, key=lambda p: (p.delegation.casefold(), p.name.casefold()))
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == ParticipantIdRole:
            return p.id
        if role != Qt.DisplayRole:
            return None
        return {
            COL_NAME: p.name,
            COL_DELEGATION: p.delegation,
            COL_ROLE: role_name(p.role),
            COL_WHERE: status_name(p.attendance),
            COL_EMAIL: p.email,
        }.get(index.column())


class ParticipantsDialog(QDialog):
    """The list of participants, the import with its preview, and the codes to export."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.sync = window.sync
        self.setWindowTitle(tr("Participants"))
        self.resize(900, 600)
        self.codes: list[dict[str, str]] = []
        self._data: bytes | None = None
        self._calls: set[BackgroundCall] = set()
        self.model = ParticipantsModel(self)
        self.table = self._table()
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setAccessibleName(tr("Import report"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the server reports once, when the list is checked or stored
        self.progress.setAccessibleName(tr("Working on the list…"))
        self.progress.hide()
        self.import_button = QPushButton(tr("Import a list (CSV)…"))
        self.apply_button = QPushButton(tr("Apply the import"))
        self.export_button = QPushButton(tr("Export the new codes…"))
        self.reissue_button = QPushButton(tr("New code for the selected participant"))
        self.import_button.clicked.connect(lambda: self._ask_file())
        self.apply_button.clicked.connect(lambda: self.apply())
        self.export_button.clicked.connect(lambda: self._ask_export())
        self.reissue_button.clicked.connect(lambda: self.reissue_selected())
        self.apply_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self._lay_out()
        self.model.set_state(self.sync.state)
        window.bridge.sig_state_changed.connect(self.model.set_state)

    def _table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        table = QTableView()
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_DELEGATION, Qt.AscendingOrder)  # by delegation, as lists of participants are
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.setAccessibleName(tr("Registered participants"))
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.import_button, self.apply_button, self.export_button, self.reissue_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Registered participants")))
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 2)

    # --- importing ----------------------------------------------------------------------

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import a list of participants"), "", tr("Lists of people (*.csv *.txt *.tsv)")
        )
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> None:
        """Read *path* and ask the server what importing it would do (changes nothing)."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_ROSTER_BYTES + 1)
        except OSError as exc:
            return self._say(tr("Cannot read the file: {why}").format(why=exc.strerror or exc))
        if len(data) > MAX_ROSTER_BYTES:
            return self._say(tr("The file is too large for a list of participants."))
        self._data = data
        self.apply_button.setEnabled(False)
        self._say(tr("Checking the list…"))
        self._run(lambda: self.sync.import_participants(data, dry_run=True), self._previewed)
        return None

    def apply(self) -> None:
        """Import the previewed list for real; the new codes come back once."""
        data = self._data
        if data is None:
            return
        self.apply_button.setEnabled(False)
        self._say(tr("Importing…"))
        self._run(lambda: self.sync.import_participants(data, dry_run=False), self._applied)

    def _previewed(self, report: dict) -> None:
        self._say(self._summary(report, preview=True))
        self.apply_button.setEnabled(bool(report["added"] or report["updated"] or report.get("groups")))

    def _applied(self, report: dict) -> None:
        self._data = None
        self._keep_codes(report.get("codes", []))
        text = self._summary(report, preview=False)
        if report.get("codes"):
            text += "\n\n" + tr(words.NEW_CODES).format(n=number(len(report["codes"])))
        self._say(text)

    def _summary(self, report: dict, preview: bool) -> str:
        head = tr(words.WOULD_IMPORT if preview else words.IMPORTED)
        counts = {"a": len(report["added"]), "u": len(report["updated"]), "k": report["unchanged"]}
        lines = [head.format(**{key: number(n) for key, n in counts.items()})]
        lines += [note_text(n) for n in report.get("notes") or ()]
        lines += [f"+ {p['name']} ({p['delegation'] or role_name(p['role'])})" for p in report["added"]]
        lines += [f"~ {p['name']} ({p['delegation'] or role_name(p['role'])})" for p in report["updated"]]
        if report.get("groups"):
            lines.append(tr(words.GROUPS).format(names=listing(isolate(g) for g in report["groups"])))
        if report.get("booths"):
            lines.append(tr(words.BOOTHS).format(names=listing(isolate(b) for b in report["booths"])))
        return "\n".join(lines)

    # --- codes ---------------------------------------------------------------------------

    def reissue_selected(self) -> None:
        """A new code for the participant selected in the table (their old one stops working)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return self._say(tr("Select a participant in the list first."))
        participant_id = rows[0].data(ParticipantIdRole)
        person = self.sync.state.participants.get(participant_id) if self.sync.state else None
        if person is None:
            return None
        self._run(
            lambda: self.sync.reissue_code(participant_id), lambda answer: self._reissued(person, answer)
        )
        return None

    def _reissued(self, person, answer: dict) -> None:
        self._keep_codes(
            [
                {
                    "name": person.name,
                    "delegation": person.delegation,
                    "email": person.email,
                    "code": answer["code"],
                }
            ]
        )
        self._say(
            tr(words.REISSUED).format(
                who=person.display_name, code=answer["code"]
            )
        )

    def _keep_codes(self, codes: list[dict]) -> None:
        self.codes += codes
        self.export_button.setEnabled(bool(self.codes))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the new codes"), "codes.csv", tr("CSV (*.csv)"))
        if path:
            self.export_codes(Path(path))

    def export_codes(self, path: Path) -> bool:
        """Write the codes received in this dialog to *path*, readable by its owner only (0600)."""
        try:
            if path.exists():
                path.unlink()  # the save dialog asked before replacing it
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                out.write(codes_csv(self.codes))
        except OSError as exc:
            self._say(tr("Cannot write the file: {why}").format(why=exc.strerror or exc))
            return False
        self._say(tr(words.CODES_WRITTEN).format(n=number(len(self.codes)), path=path))
        self.codes = []
        self.export_button.setEnabled(False)
        return True

    def done(self, result: int) -> None:
        """Closing with codes not yet exported asks first: they cannot be shown again."""
        if (
            self.codes
            and QMessageBox.question(
                self,
                tr("Participants"),
                tr("The new codes have not been exported and will be lost. Close anyway?"),
            )
            != QMessageBox.Yes
        ):
            return
        super().done(result)

    # --- plumbing ---------------------------------------------------------------------------

    def _run(self, call, on_done) -> None:
        worker = BackgroundCall(call, self)
        self._calls.add(worker)
        worker.sig_done.connect(on_done)
        worker.sig_failed.connect(self._failed)
        for signal in (worker.sig_done, worker.sig_failed):
            signal.connect(lambda _result, w=worker: self._finished(w))
        self.progress.show()  # the server says nothing until it is done: a busy bar meanwhile
        worker.start()

    def _finished(self, worker: BackgroundCall) -> None:
        self._calls.discard(worker)
        self.progress.setVisible(bool(self._calls))

    def _failed(self, error) -> None:
        self.apply_button.setEnabled(False)
        if isinstance(error, ParticipantsRefused):
            lines = [tr(words.REFUSED), *(problem_text(p) for p in error.problems)]
            self._say("\n".join(lines + [note_text(n) for n in error.notes]))
        elif isinstance(error, OSError):
            self._say(tr("Cannot read the file: {why}").format(why=error.strerror or error))
        else:
            self._say(error_text(error))

    def _say(self, text: str) -> None:
        self.report.setPlainText(text)
        option = QTextOption(self.report.document().defaultTextOption())
        option.setTextDirection(self.layoutDirection())  # Arabic reads from the right edge
        option.setAlignment(Qt.AlignRight if self.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft)
        self.report.document().setDefaultTextOption(option)
