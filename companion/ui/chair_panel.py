"""The chair's console: the list of speakers of the item in hand, the clock, the agenda status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.figures import item_figures
from companion.domain.speaking_clock import ClockAction, clock_actions
from companion.domain.vocabulary import ItemStatus, ListState

from .accessibility import describe
from .budget_dialog import BudgetDialog
from .chair_actions import chair_actions
from .chair_columns import fit_chair_columns
from .done_dialog import DoneDialog
from .floor_entry import FloorEntry, InterposedEntry
from .labels import (
    LANGUAGE_NAMES,
    gender_name,
    isolate_always,
    item_title,
    list_deadline_note,
    listing,
    number,
    person_name,
    sep,
    tr,
)
from .list_closing import ListDeadline, confirm_close
from .list_finder import ListFinder
from .list_opening import ListOpening
from .list_selection import current_id, reselect, selected_ids
from .move_undo import MoveUndo
from .order_words import CategoryBox
from .presence_watch import PresenceWatch
from .queue_model import COL_TEXT, DETAIL_COLUMNS, TEXT_MARK, QueueModel, request_details
from .role_panel import RolePanel
from .time_panel import TimePanel
from .undo_bar import UndoBar


class ChairPanel(RolePanel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self)
        self.model.sig_move_requested.connect(self._move_to)
        self.table = QTableView()
        describe(
            self.table,
            tr("List of speakers"),
            tr("In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; "
               "Shift or Ctrl with a click selects several."),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)  # Shift/Ctrl: a selection
        self.table.setDragDropMode(QAbstractItemView.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.model.text_mark = TEXT_MARK
        for column in DETAIL_COLUMNS:  # shown for the selected row below the table
            self.table.setColumnHidden(column, column != COL_TEXT)  # but a text sent is marked
        fit_chair_columns(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.finder = ListFinder(self.table, self.model)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.finder.line.setFocus)  # Ctrl+F: Finish
        self.details = QLabel(wordWrap=True)
        self.details.setAccessibleName(tr("Selected request"))
        self.undo = UndoBar()
        self.undo.sig_command.connect(self.sig_command.emit)
        self.title = QLabel()
        self.time = TimePanel()
        self.figures = QLabel(wordWrap=True)
        self.figures.setAccessibleName(tr("Figures"))
        self.buttons = {}
        grid = QGridLayout()
        for n, (key, text, description, name, shortcut) in enumerate(chair_actions()):
            slot = getattr(self, name)
            button = QPushButton(text)
            button.clicked.connect(slot)
            if shortcut:
                description += f" ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
                QShortcut(QKeySequence(shortcut), self, activated=slot)
            describe(button, text, description)
            grid.addWidget(button, n // 4, n % 4)
            self.buttons[key] = button
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 0, 0)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        self.category = CategoryBox()
        self.category.sig_command.connect(self.sig_command.emit)
        details_row.addWidget(self.category)
        column.addLayout(details_row)
        column.addWidget(self.undo)
        self.move_undo = MoveUndo()
        self.move_undo.sig_command.connect(self.sig_command.emit)
        column.addWidget(self.move_undo)
        column.addLayout(grid)
        column.addWidget(self.figures)
        split = QSplitter(Qt.Vertical)  # the chair gives the list more room, or the controls
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(controls)
        split.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time, 1)
        self.budgets = QPushButton(tr("Budgets…"))
        describe(self.budgets, tr("Budgets…"), tr("Minutes of speaking time per group and per delegation."))
        self.budgets.clicked.connect(self._set_budgets)
        time_row.addWidget(self.budgets, 0, Qt.AlignTop)
        layout.addLayout(time_row)
        layout.addWidget(self.finder)
        layout.addWidget(split, 1)

    def watch_presence(self, fetch) -> None:
        """Ask *fetch* (the sync's ``presence``) who is connected, now and every few seconds."""
        self.presence = PresenceWatch(fetch, self)
        self.presence.sig_seen.connect(self.model.show_presence)

    def flush(self) -> None:
        """Send what waits for its undo time now (the window is closing or being rebuilt)."""
        self.undo.flush()

    def refresh(self) -> None:
        state, item_id = self._state, self.item_id
        if state is None or item_id not in state.items:
            return
        current, chosen = current_id(self.table), selected_ids(self.table, self.model)
        self.model.show(state, item_id)
        reselect(self.table, self.model, current, chosen)
        self.finder.show_state(state)
        item = state.items[item_id]
        self.title.setText(
            f"<b>{item_title(item)}</b> — "
            + tr("{n} waiting").format(n=number(self.model.rowCount()))
            + list_deadline_note(item, state.meeting.time_zone)
        )
        self.buttons["list"].setText(
            tr("Close the list") if item.list_state == ListState.OPEN else tr("Open the list")
        )
        self.buttons["deadline"].setEnabled(item.list_state == ListState.OPEN)
        self._show_details()
        self.time.show_item(state, item_id)
        floor = state.floor
        self.buttons["call"].setEnabled(self.model.rowCount() > 0)
        allowed = clock_actions(floor, state.requests[floor.request_id] if floor else None)
        for action in ClockAction:  # the buttons are named as the actions
            self.buttons[action.value].setEnabled(action in allowed)
        self.buttons["interpose"].setEnabled(floor is not None and floor.interrupted_id is None)
        self.figures.setText(self._figures(state, item_id))

    @staticmethod
    def _figures(state: MeetingState, item_id: str) -> str:
        f = item_figures(state, item_id)
        langs = listing(f"{isolate_always(LANGUAGE_NAMES.get(k, k))} {number(v)}" for k, v in f.languages)
        genders = listing(f"{gender_name(k)} {number(v)}" for k, v in f.spoken_by_gender)
        return tr(
            "Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}"
            "<br>Languages: {langs}<br>Spoken so far: {spoken} ({genders})"
        ).format(
            w=number(f.waiting),
            on=number(f.onsite),
            off=number(f.remote),
            ms=number(f.member_states),
            ob=number(f.others),
            langs=langs or "—",
            spoken=number(f.spoken),
            genders=genders or "—",
        )

    # --- actions ---------------------------------------------------------------------

    def _show_details(self) -> None:
        """Everything about the selected request, the hidden columns included."""
        index = self.table.currentIndex()
        request = self.model.request_at(index.row()) if index.isValid() else None
        if request is None:
            self.details.setText(tr("Select a speaker to see standing, time asked, text and estimate."))
            self.category.show_request(None, None)
            return
        who = person_name(self._state.participants.get(request.participant_id), request.participant_id)
        self.details.setText(f"<b>{who}</b>{sep()}" + sep().join(request_details(self.model, index.row())))
        self.category.show_request(self._state, request)

    def _selected_id(self) -> str | None:
        return current_id(self.table)

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
        waiting = self.model.rowCount()
        commands = [build.agenda_status(self.item_id, ItemStatus.DONE)]
        if waiting:
            dialog = DoneDialog(self, self._state, self.item_id, waiting)
            if dialog.exec() != QDialog.Accepted:
                return
            commands = dialog.commands()
        title = item_title(self._state.items[self.item_id])
        self.undo.hold(commands, tr("“{item}” set done").format(item=title))

    def _postpone(self) -> None:
        command = build.agenda_status(self.item_id, ItemStatus.POSTPONED)
        self.undo.hold(
            [command], tr("“{item}” postponed").format(item=item_title(self._state.items[self.item_id]))
        )

    def _add_from_floor(self) -> None:
        if self._state is None or self.item_id not in self._state.items:
            return
        dialog = FloorEntry(self, self._state, self.item_id, typed=self.finder.line.text())
        command = dialog.command() if dialog.exec() == QDialog.Accepted else None
        if command is not None:
            self.sig_command.emit(command)

    def _interpose(self) -> None:
        floor = self._state.floor if self._state else None
        if floor is None:
            return
        dialog = InterposedEntry(self, self._state, floor.item_id)
        command = dialog.command() if dialog.exec() == QDialog.Accepted else None
        if command is not None:
            self.sig_command.emit(command)

    def _move(self, delta: int) -> None:
        request_id = self._selected_id()
        if request_id:
            row = self.table.currentIndex().row()
            self._move_to(request_id, max(0, min(self.model.rowCount() - 1, row + delta)))

    def _move_to(self, request_id: str, position: int) -> None:
        self._offer_undo()
        self.sig_command.emit(build.floor_move(request_id, position))

    def _offer_undo(self) -> None:
        """The list as it is before a move, for one Undo of the whole move."""
        before = [self.model.request_at(row).id for row in range(self.model.rowCount())]
        self.move_undo.offer(self.item_id, before)

    def _top(self) -> None:
        self._move_selection(lambda chosen: 0)

    def _bottom(self) -> None:
        self._move_selection(lambda chosen: self.model.rowCount() - len(chosen))

    def _place(self) -> None:
        chosen = selected_ids(self.table, self.model)
        if not chosen:
            return
        places = self.model.rowCount() - len(chosen) + 1
        question = tr("Place in the list (1 to {n}):").format(n=number(places))
        place, ok = QInputDialog.getInt(self, tr("Move to place"), question, 1, 1, places)
        if ok:
            self._move_selection(lambda chosen: place - 1)

    def _move_selection(self, position) -> None:
        """Move the selection as one block (one command) to the place *position(chosen)*."""
        chosen = selected_ids(self.table, self.model)
        if chosen:
            self._offer_undo()
            self.sig_command.emit(build.floor_move_many(self.item_id, chosen, max(0, position(chosen))))

    def _decline(self) -> None:
        chosen = selected_ids(self.table, self.model)
        if not chosen:
            return
        reason, ok = QInputDialog.getText(self, tr("Decline request"), tr("Reason (shown to the delegate):"))
        if not ok:
            return
        if len(chosen) > 1:
            command = build.floor_decline_many(self.item_id, chosen, reason)
            what = tr("{n} requests declined").format(n=number(len(chosen)))
        else:
            request = self._state.requests[chosen[0]]
            who = person_name(self._state.participants.get(request.participant_id), request.participant_id)
            command = build.floor_decline(chosen[0], reason)
            what = tr("Request of {who} declined").format(who=who)
        self.undo.hold([command], what)

    def _toggle_list(self) -> None:
        item = self._state.items[self.item_id]
        if item.list_state == ListState.OPEN:
            if confirm_close(self, self._state, self.item_id):
                what = tr("List of “{item}” closed").format(item=item_title(item))
                self.undo.hold([build.speakers_list(self.item_id, open_it=False)], what)
            return
        dialog = ListOpening(self, self._state, self.item_id)
        if dialog.exec() == QDialog.Accepted:
            for command in dialog.commands():
                self.sig_command.emit(command)

    def _set_budgets(self) -> None:
        if self._state is None or self.item_id not in self._state.items:
            return
        dialog = BudgetDialog(self, self._state, self.item_id)
        if dialog.exec() == QDialog.Accepted:
            for command in dialog.commands():
                self.sig_command.emit(command)

    def _deadline(self) -> None:
        dialog = ListDeadline(self, self._state, self.item_id)
        if dialog.exec() == QDialog.Accepted:
            for command in dialog.commands():
                self.sig_command.emit(command)

    def _status(self, status: ItemStatus) -> None:
        self.sig_command.emit(build.agenda_status(self.item_id, status))
