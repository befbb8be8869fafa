"""The interpreter's board: the booth's shifts, now and next, the coming speakers and their texts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.interpretation import current_shift, needs_relay, shifts_of

from .accessibility import describe
from .coming_speakers import COL_DELEGATION, ComingSpeakers
from .labels import (
    LANGUAGE_NAMES,
    booth_name,
    item_title,
    kind_name,
    meeting_clock,
    number,
    sep,
    tr,
    user_zone_clock,
)
from .role_panel import RolePanel
from .rows_model import select_row
from .table_columns import fit_to_rows_in_view


class InterpreterPanel(RolePanel):
    def __init__(self, me: Participant, parent=None) -> None:
        super().__init__(parent)
        self.me = me
        self.booth = me.booth or "en"
        self.now_next = QLabel(wordWrap=True)
        self.now_next.setAccessibleName(tr("Now and next"))
        self.model = ComingSpeakers(self.booth, self)
        self.table = QTableView()
        describe(
            self.table,
            tr("Coming speakers"),
            tr("Who speaks now and the next three, in which language, with relay and text marked."),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        # the name gives way, not the language
        fit_to_rows_in_view(self.table.horizontalHeader(), COL_DELEGATION)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text())
        self.text_title = QLabel(wordWrap=True)
        self.text_title.setAccessibleName(tr("Whose text"))
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
        self.slow.clicked.connect(self._slow_down)
        self.slow_sent = QLabel()
        self.slow_sent.setAccessibleName(tr("Slow-down request"))
        self._selected: str | None = None
        self._slow_downs_seen: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_next)
        layout.addWidget(self.slow)
        layout.addWidget(self.slow_sent)
        layout.addWidget(QLabel(tr("Coming speakers")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text_title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.shifts)

    def show_item(self, item_id: str | None) -> None:
        pass  # the board follows the live item, not the agenda selection

    def refresh(self) -> None:
        state = self._state
        if state is None:
            return
        self.model.show(state)
        row = self.model.row_of(self._selected)
        # The text shown stays that of the same speaker; when they are gone, the first row's.
        select_row(self.table, row if row >= 0 else 0)
        self._show_text()
        self.now_next.setText("<br>".join(self._lines()))
        zone = state.meeting.time_zone
        self.shifts.setText(
            tr("Booth shifts: ")
            + " · ".join(
                f"{meeting_clock(s.start, zone)}–{meeting_clock(s.end, zone)} {s.interpreter}"
                for s in shifts_of(state.shifts, self.booth)[:4]
            )
        )
        self._slow_down_seen(state)

    def _lines(self) -> list[str]:
        state = self._state
        live = state.live_item()
        lines = [tr("Booth: {lang}").format(lang=booth_name(self.booth))]
        lines.append(tr("On now: {item}").format(item=item_title(live) if live else tr("nothing live")))
        current = state.current_speaker()
        if current:
            relay = " — " + tr("take relay") if needs_relay(self.booth, current.language) else ""
            who = self.model.speaker_name(current)
            language = LANGUAGE_NAMES.get(current.language)
            lines.append(tr("Speaking: {who} in {lang}").format(who=who, lang=language) + relay)
        nxt = state.queue(live.id)[:1] if live else []
        if nxt:
            who, language = self.model.speaker_name(nxt[0]), LANGUAGE_NAMES.get(nxt[0].language)
            lines.append(tr("Next: {who} in {lang}").format(who=who, lang=language))
        shift = current_shift(state.shifts, self.booth, datetime.now(UTC))
        if shift:
            left = int((shift.end - datetime.now(UTC)).total_seconds() // 60)
            lines.append(
                tr("Your shift: {name}, {n} min left").format(name=shift.interpreter, n=number(left))
            )
        return lines

    def _show_text(self) -> None:
        index = self.table.currentIndex()
        request = self.model.request_at(index.row()) if index.isValid() else None
        self._selected = request.id if request else None
        if request is None:
            self.text_title.setText(tr("No speaker selected."))
            self.text.setPlaceholderText(tr("Select a speaker to read the text sent."))
            self.text.setPlainText("")
            return
        who = f"{self.model.speaker_name(request)}{sep()}{kind_name(request.kind)}"
        if request.text:
            self.text_title.setText(tr("Text of {who}:").format(who=who))
        else:
            self.text_title.setText(tr("{who} sent no text.").format(who=who))
        self.text.setPlaceholderText("")  # the title says there is none
        self.text.setPlainText(request.text or "")

    def _slow_down(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Ask the speaker to slow down"),
            tr("Tell the chair now that the {booth} asks the speaker to slow down?").format(
                booth=booth_name(self.booth)
            ),
        )
        if answer == QMessageBox.Yes:
            self.slow_sent.setText(tr("Sending your request to slow down…"))
            self.sig_command.emit(build.slow_down())

    def _slow_down_seen(self, state) -> None:
        """Once the server has recorded our booth's request, say so (with the time it reached the chair)."""
        ours = [s for s in state.slow_downs if s.booth == self.booth]
        if self._slow_downs_seen is not None and len(ours) > self._slow_downs_seen:
            self.slow_sent.setText(
                tr("Sent at {t}: the chair has been told.").format(t=user_zone_clock(ours[-1].at))
            )
        self._slow_downs_seen = len(ours)
