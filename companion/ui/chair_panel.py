"""The chair's console: the list of speakers of the item in hand, the clock, the agenda status."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.figures import item_figures
from companion.domain.speaking_clock import ClockAction, clock_actions
from companion.domain.standing import NOT_STATED
from companion.domain.vocabulary import ItemStatus, ListState

from .accessibility import describe
from .labels import LANGUAGE_NAMES, item_title, tr
from .queue_model import QueueModel, RequestIdRole
from .role_panel import RolePanel


class ChairPanel(RolePanel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.model.sig_move_requested.connect(self._move_to)
        self.table = QTableView()
        describe(
            self.table,
            tr("List of speakers"),
            tr("In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker."),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # measure visible rows only
        self.title = QLabel()
        self.figures = QLabel(wordWrap=True)
        self.figures.setAccessibleName(tr("Figures"))
        self.buttons = {}
        grid = QGridLayout()
        actions = [
            (
                "call",
                tr("Call next"),
                tr("Gives the floor to the first in the list."),
                self._call_next,
                "Ctrl+N",
            ),
            ("start", tr("Start clock"), tr("Starts the speaker's clock."), self._start, "Ctrl+S"),
            ("pause", tr("Pause"), tr("Stops the clock for a moment."), self._pause, "Ctrl+P"),
            ("resume", tr("Resume"), tr("Runs the clock again."), self._resume, "Ctrl+R"),
            ("finish", tr("Finish"), tr("Ends the current statement."), self._finish, "Ctrl+F"),
            ("up", tr("Move up"), tr("Moves the selected speaker one place up."), self._up, "Ctrl+Up"),
            (
                "down",
                tr("Move down"),
                tr("Moves the selected speaker one place down."),
                self._down,
                "Ctrl+Down",
            ),
            (
                "decline",
                tr("Decline…"),
                tr("Refuses the selected request, with a reason."),
                self._decline,
                None,
            ),
            (
                "list",
                tr("Close the list"),
                tr("Opens or closes the list of speakers."),
                self._toggle_list,
                None,
            ),
            ("live", tr("Set live"), tr("Marks this item as the one in session."), self._live, None),
            ("done", tr("Set done"), tr("Marks this item as finished."), self._done, None),
            ("postponed", tr("Postpone"), tr("Marks this item as postponed."), self._postpone, None),
        ]
        for n, (key, text, description, slot, shortcut) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if shortcut:
                description += f" ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
                QShortcut(QKeySequence(shortcut), self, activated=slot)
            describe(button, text, description)
            grid.addWidget(button, n // 4, n % 4)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.figures)

    def refresh(self) -> None:
        state, item_id = self._state, self.item_id
        if state is None or item_id not in state.items:
            return
        selected = self._selected_id()
        self.model.show(state, item_id)
        self._reselect(selected)
        item = state.items[item_id]
        self.title.setText(
            f"<b>{item_title(item)}</b> — " + tr("{n} waiting").format(n=self.model.rowCount())
        )
        self.buttons["list"].setText(
            tr("Close the list") if item.list_state == ListState.OPEN else tr("Open the list")
        )
        floor = state.floor
        self.buttons["call"].setEnabled(self.model.rowCount() > 0)
        allowed = clock_actions(floor, state.requests[floor.request_id] if floor else None)
        for action in ClockAction:  # the buttons are named as the actions
            self.buttons[action.value].setEnabled(action in allowed)
        self.figures.setText(self._figures(state, item_id))

    @staticmethod
    def _figures(state: MeetingState, item_id: str) -> str:
        f = item_figures(state, item_id)
        langs = ", ".join(f"{LANGUAGE_NAMES.get(k, k)} {v}" for k, v in f.languages)
        named = {NOT_STATED: tr("not stated")}
        genders = ", ".join(f"{named.get(k, k)} {v}" for k, v in f.spoken_by_gender)
        return tr(
            "Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}"
            "<br>Languages: {langs}<br>Spoken so far: {spoken} ({genders})"
        ).format(
            w=f.waiting,
            on=f.onsite,
            off=f.remote,
            ms=f.member_states,
            ob=f.others,
            langs=langs or "—",
            spoken=f.spoken,
            genders=genders or "—",
        )

    # --- actions ---------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(RequestIdRole) if index.isValid() else None

    def _reselect(self, request_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.request_at(row).id == request_id:
                self.table.selectRow(row)

    def _call_next(self) -> None:
        if self.model.rowCount():
            self.sig_command.emit(build.floor_call_next(self.item_id, self.model.request_at(0).id))

    def _start(self) -> None:
        self.sig_command.emit(build.clock(ClockAction.START))

    def _pause(self) -> None:
        self.sig_command.emit(build.clock(ClockAction.PAUSE))

    def _resume(self) -> None:
        self.sig_command.emit(build.clock(ClockAction.RESUME))

    def _finish(self) -> None:
        self.sig_command.emit(build.clock(ClockAction.FINISH))

    def _up(self) -> None:
        self._move(-1)

    def _down(self) -> None:
        self._move(+1)

    def _live(self) -> None:
        self._status(ItemStatus.LIVE)

    def _done(self) -> None:
        self._status(ItemStatus.DONE)

    def _postpone(self) -> None:
        self._status(ItemStatus.POSTPONED)

    def _move(self, delta: int) -> None:
        request_id = self._selected_id()
        if request_id:
            row = self.table.currentIndex().row()
            self._move_to(request_id, max(0, min(self.model.rowCount() - 1, row + delta)))

    def _move_to(self, request_id: str, position: int) -> None:
        self.sig_command.emit(build.floor_move(request_id, position))

    def _decline(self) -> None:
        request_id = self._selected_id()
        if request_id:
            reason, ok = QInputDialog.getText(
                self, tr("Decline request"), tr("Reason (shown to the delegate):")
            )
            if ok:
                self.sig_command.emit(build.floor_decline(request_id, reason))

    def _toggle_list(self) -> None:
        item = self._state.items[self.item_id]
        self.sig_command.emit(build.speakers_list(self.item_id, open_it=item.list_state != ListState.OPEN))

    def _status(self, status: ItemStatus) -> None:
        self.sig_command.emit(build.agenda_status(self.item_id, status))
