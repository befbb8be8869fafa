"""The interpreter's board: the booth's shifts, now and next, the coming speakers and their texts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.interpretation import current_shift, needs_relay, shifts_of

from .accessibility import describe
from .labels import LANGUAGE_NAMES, item_title, meeting_clock, tr
from .queue_model import QueueModel
from .role_panel import RolePanel


class InterpreterPanel(RolePanel):
    def __init__(self, me: Participant, parent=None) -> None:
        super().__init__(parent)
        self.me = me
        self.booth = me.booth or "en"
        self.now_next = QLabel(wordWrap=True)
        self.now_next.setAccessibleName(tr("Now and next"))
        self.model = QueueModel(self, booth=self.booth)
        self.table = QTableView()
        describe(
            self.table, tr("Coming speakers"), tr("Who speaks next and in which language; relay is marked.")
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # measure visible rows only
        self.table.selectionModel().currentRowChanged.connect(self._show_text)
        self.text = QPlainTextEdit(
            readOnly=True, placeholderText=tr("Select a speaker to read the text sent.")
        )
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in the text box
        describe(self.text, tr("Statement text"), tr("The text the selected speaker sent in advance."))
        self.shifts = QLabel(wordWrap=True)
        self.slow = QPushButton(tr("Ask the speaker to slow down"))
        describe(
            self.slow, self.slow.text(), tr("Tells the chair at once that your booth asks for a slower pace.")
        )
        self.slow.setStyleSheet("font-weight: bold; padding: 8px;")
        self.slow.clicked.connect(lambda: self.sig_command.emit(build.slow_down()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_next)
        layout.addWidget(self.slow)
        layout.addWidget(QLabel(tr("Coming speakers")))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.shifts)

    def show_item(self, item_id: str | None) -> None:
        pass  # the board follows the live item, not the agenda selection

    def refresh(self) -> None:
        state = self._state
        if state is None:
            return
        live = state.live_item()
        self.model.show(state, live.id if live else None)
        now = datetime.now(UTC)
        zone = state.meeting.time_zone
        current = state.current_speaker()
        lines = [tr("Booth: {lang}").format(lang=LANGUAGE_NAMES.get(self.booth, self.booth))]
        lines.append(tr("On now: {item}").format(item=item_title(live) if live else tr("nothing live")))
        if current:
            who = state.participants.get(current.participant_id)
            relay = " — " + tr("take relay") if needs_relay(self.booth, current.language) else ""
            lines.append(
                tr("Speaking: {who} in {lang}").format(
                    who=who.display_name if who else "?", lang=LANGUAGE_NAMES.get(current.language)
                )
                + relay
            )
        nxt = state.queue(live.id)[:1] if live else []
        if nxt:
            who = state.participants.get(nxt[0].participant_id)
            lines.append(
                tr("Next: {who} in {lang}").format(
                    who=who.display_name if who else "?", lang=LANGUAGE_NAMES.get(nxt[0].language)
                )
            )
        shift = current_shift(state.shifts, self.booth, now)
        if shift:
            left = int((shift.end - now).total_seconds() // 60)
            lines.append(tr("Your shift: {name}, {n} min left").format(name=shift.interpreter, n=left))
        self.now_next.setText("<br>".join(lines))
        self.shifts.setText(
            tr("Booth shifts: ")
            + " · ".join(
                f"{meeting_clock(s.start, zone)}–{meeting_clock(s.end, zone)} {s.interpreter}"
                for s in shifts_of(state.shifts, self.booth)[:4]
            )
        )

    def _show_text(self, current, _previous) -> None:
        request = self.model.request_at(current.row()) if current.isValid() else None
        self.text.setPlainText(request.text or "" if request else "")
