"""The public list of speakers of the live item, as every delegate may see it: never the texts.

A model told of the one step the list took (a request in, out, moved, a speaker called), as the
chair's ``QueueModel`` is, and a table over it: a delegate's app follows a list of 300 that
changes a hundred times a minute without refilling it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView

from companion.domain import MeetingState
from companion.domain.entities import FloorRequest

from .accessibility import describe
from .labels import isolate, kind_name, number, person_name, status_name, tr, tr_noop
from .rows_model import RowsModel, one_step, runs, select_row
from .table_columns import fit_to_rows_in_view

COLUMNS = ("#", tr_noop("Delegation"), tr_noop("Kind"), tr_noop("Where"))
COL_PLACE, COL_DELEGATION, COL_KIND, COL_WHERE = range(len(COLUMNS))
_DISPLAY, _FONT = Qt.DisplayRole.value, Qt.FontRole.value


class SpeakersModel(RowsModel):
    """Who speaks now (▶), then the waiting list in calling order; the viewer's own rows in bold."""

    columns = COLUMNS

    def __init__(self, my_id: str, parent=None) -> None:
        super().__init__(parent)
        self.my_id = my_id
        self._state: MeetingState | None = None
        self._current: str | None = None  # the request that has the floor, shown first
        self._texts: dict[str, tuple[str, ...]] = {}  # per request id, made when a view first asks
        self.bold = QFont()
        self.bold.setBold(True)

    def show(self, state: MeetingState) -> None:
        """The live item's list in *state* (empty when nothing is live)."""
        live = state.live_item()
        rows: list[FloorRequest] = []
        current = state.current_speaker()
        on_live = current is not None and live is not None and current.item_id == live.id
        if on_live:
            rows.append(current)
        if live is not None:
            rows += state.queue(live.id)
        old_state, old_rows, old_current = self._state, self._rows, self._current
        step = one_step([r.id for r in old_rows], [r.id for r in rows]) if old_state is not None else None
        if step is None:
            self.beginResetModel()
            self._state, self._rows, self._texts = state, rows, {}
            self._current = current.id if on_live else None
            self.endResetModel()
            return
        self.begin_step(step)
        self._state, self._rows, self._current = state, rows, current.id if on_live else None
        self.end_step(step)
        if old_state.participants is not state.participants:
            self._texts = {}
        changed = self._changed_rows(old_rows, old_current)
        if (old_current is None) != (self._current is None) and self._rows:  # every place moved by one
            self.dataChanged.emit(self.index(0, COL_PLACE), self.index(len(self._rows) - 1, COL_PLACE))
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))



    def _changed_rows(self, old_rows: list[FloorRequest], old_current: str | None) -> list[int]:
        """Rows that were there and show other words now (a request changed, the floor given).

        Places that shift with an insertion or a move are repainted by the view with the step.
        """
        before = {r.id: r for r in old_rows}
        changed = []
        for n, request in enumerate(self._rows):
            was = before.get(request.id)
            floor_changed = (request.id == old_current) != (request.id == self._current)
            if was is not None and (was is not request or floor_changed):
                self._texts.pop(request.id, None)
                changed.append(n)
        return changed

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        role = role if isinstance(role, int) else role.value
        if role not in (_DISPLAY, _FONT) or not index.isValid() or index.row() >= len(self._rows):
            return None
        request = self._rows[index.row()]
        if role == _FONT:
            return self.bold if request.participant_id == self.my_id else None
        if index.column() == COL_PLACE:
            if request.id == self._current:
                return "▶"
            return number(index.row() + (0 if self._current else 1))
        texts = self._texts.get(request.id)
        if texts is None:
            texts = self._texts[request.id] = self._words(request)
        return texts[index.column() - 1]

    def _words(self, request: FloorRequest) -> tuple[str, ...]:
        who = person_name(self._state.participants.get(request.participant_id), request.participant_id)
        if request.on_behalf_of:
            who += f" ({tr('for')} {isolate(request.on_behalf_of)})"
        return (who, kind_name(request.kind), status_name(request.attendance))

    def request_at(self, row: int) -> FloorRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows_of(self, participant_id: str) -> list[int]:
        """The rows of a participant's requests, top to bottom."""
        return [n for n, r in enumerate(self._rows) if r.participant_id == participant_id]


class SpeakersList(QTableView):
    """The table of the live item's list of speakers: place, delegation, kind, onsite/remote."""

    def __init__(self, my_id: str, parent=None) -> None:
        super().__init__(parent)
        self.my_id = my_id
        self.model_ = SpeakersModel(my_id, self)
        self.setModel(self.model_)
        describe(
            self,
            tr("List of speakers"),
            tr("The list of speakers of the item in session, in calling order; yours in bold."),
        )
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)  # "my request" selects one's row
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # 8+ rows at 768
        fit_to_rows_in_view(self.horizontalHeader(), COL_DELEGATION)

    def show_state(self, state: MeetingState) -> None:
        """Show the live item's list (empty when nothing is live)."""
        self.model_.show(state)

    def rowCount(self) -> int:
        return self.model_.rowCount()

    def columnCount(self) -> int:
        return self.model_.columnCount()

    def cell(self, row: int, column: int) -> str:
        """The words shown in a cell (what a reader of the list sees)."""
        return self.model_.index(row, column).data() or ""

    def delegations(self) -> list[str]:
        """The delegation column top to bottom (what a reader of the list sees)."""
        return [self.cell(row, COL_DELEGATION) for row in range(self.rowCount())]

    def jump_to_mine(self) -> bool:
        """Scroll to and select the viewer's first row; False when they are not on the list."""
        rows = self.model_.rows_of(self.my_id)
        if not rows:
            return False
        select_row(self, rows[0])
        self.scrollTo(self.model_.index(rows[0], 0), QAbstractItemView.PositionAtCenter)
        return True
