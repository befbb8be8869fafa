"""Type to filter the chair's list: delegation, name, group, language or kind; Enter jumps to the
request found and shows the whole list again around it.

Rows that do not match are hidden in the view (the model, its row numbers and its moves stay as
they are, so "move up", drag and drop and the places keep meaning the whole list).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QWidget

from companion.domain import MeetingState
from companion.domain.floor_search import folded
from companion.domain.groups import groups_of

from .accessibility import describe
from .labels import number, tr
from .queue_model import COL_DELEGATION, COL_KIND, COL_LANGUAGE, COL_WHERE, QueueModel
from .rows_model import select_row


def row_words(model: QueueModel, state: MeetingState, row: int) -> str:
    """What a row may be found by, folded: its shown words, the group spoken for, the delegation's groups."""
    request = model.request_at(row)
    shown = [model.index(row, c).data() or "" for c in (COL_DELEGATION, COL_KIND, COL_LANGUAGE, COL_WHERE)]
    participant = state.participants.get(request.participant_id)
    groups = [g.name for g in groups_of(state.meeting, participant.delegation)] if participant else []
    return folded(" ".join([*shown, request.on_behalf_of or "", *groups, request.language]))


class ListFinder(QWidget):
    """The filter line above the chair's list and the count of what it found."""

    sig_jumped = Signal(str)
    """Enter was pressed on a search: the id of the request to show in the whole list."""

    def __init__(self, table: QAbstractItemView, model: QueueModel, parent=None) -> None:
        super().__init__(parent)
        self.table, self.model = table, model
        self._state: MeetingState | None = None
        # Words per request, kept while the request and the participants are the same objects
        # (the reducer makes new ones on a change): a move need not fold 300 rows' words again.
        self._words: dict[str, tuple[object, str]] = {}
        self._people: object = None
        hint = tr("Find in the list (delegation, name, group, language, kind)")
        self.line = QLineEdit(placeholderText=hint)
        self.line.setClearButtonEnabled(True)
        help_text = tr("Shows only the requests that match; Enter jumps to the one chosen.")
        describe(self.line, tr("Find in the list"), help_text)
        self.count = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.count)
        self.line.textChanged.connect(lambda _text: self.apply())
        self.line.returnPressed.connect(self.jump)

    def show_state(self, state: MeetingState) -> None:
        self._state = state
        self.apply()

    def apply(self) -> None:
        """Hide the rows that do not match what is typed (all shown when nothing is)."""
        needle = folded(self.line.text().strip())
        if not needle:
            for row in range(self.model.rowCount()):
                if self.table.isRowHidden(row):
                    self.table.setRowHidden(row, False)
            self.count.clear()
            return
        found = 0
        for row in range(self.model.rowCount()):
            match = needle in self._row_words(row) if self._state else True
            found += match
            if self.table.isRowHidden(row) == match:
                self.table.setRowHidden(row, not match)
        self.count.setText(tr("{n} found").format(n=number(found)))
        current = self.table.currentIndex()
        if found and (not current.isValid() or self.table.isRowHidden(current.row())):
            select_row(self.table, self.first_shown())

    def _row_words(self, row: int) -> str:
        if self._people is not self._state.participants:
            self._words, self._people = {}, self._state.participants
        request = self.model.request_at(row)
        cached = self._words.get(request.id)
        if cached is None or cached[0] is not request:
            cached = self._words[request.id] = (request, row_words(self.model, self._state, row))
        return cached[1]

    def first_shown(self) -> int:
        return next((r for r in range(self.model.rowCount()) if not self.table.isRowHidden(r)), -1)

    def jump(self) -> None:
        """Show the whole list again, with the request found (the current one) selected and in view."""
        index = self.table.currentIndex()
        request = self.model.request_at(index.row()) if index.isValid() else None
        self.line.clear()
        if request is not None:
            select_row(self.table, index.row())
            self.table.scrollTo(self.model.index(index.row(), 0), QAbstractItemView.PositionAtCenter)
            self.table.setFocus(Qt.ShortcutFocusReason)
            self.sig_jumped.emit(request.id)
