"""The public list of speakers of the live item, as every delegate may see it: never the texts."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from companion.domain import MeetingState
from companion.domain.entities import FloorRequest

from .accessibility import describe
from .labels import isolate, kind_name, number, person_name, status_name, tr
from .table_columns import fit_to_rows_in_view

COLUMNS = ("#", "Delegation", "Kind", "Where")


class SpeakersList(QTableWidget):
    """Who speaks now, then the waiting list in calling order: place, delegation, kind, onsite/remote."""

    def __init__(self, my_id: str, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.my_id = my_id
        describe(
            self,
            tr("List of speakers"),
            tr("The list of speakers of the item in session, in calling order; yours in bold."),
        )
        self.setHorizontalHeaderLabels(["#", tr("Delegation"), tr("Kind"), tr("Where")])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.verticalHeader().hide()
        fit_to_rows_in_view(self.horizontalHeader(), 1)  # a delegate's list of 200 is refilled at every state

    def show_state(self, state: MeetingState) -> None:
        """Show the live item's list (empty when nothing is live)."""
        live = state.live_item()
        rows: list[tuple[str, FloorRequest]] = []
        current = state.current_speaker()
        if current is not None and live is not None and current.item_id == live.id:
            rows.append(("▶", current))
        if live is not None:
            rows += [(number(n), r) for n, r in enumerate(state.queue(live.id), start=1)]
        self.setRowCount(len(rows))
        for row, (place, request) in enumerate(rows):
            self._fill(row, place, request, state)

    def _fill(self, row: int, place: str, request: FloorRequest, state: MeetingState) -> None:
        who = person_name(state.participants.get(request.participant_id), request.participant_id)
        if request.on_behalf_of:
            who += f" ({tr('for')} {isolate(request.on_behalf_of)})"
        cells = (place, who, kind_name(request.kind), status_name(request.attendance))
        mine = request.participant_id == self.my_id
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if mine:
                font = QFont(self.font())
                font.setBold(True)
                cell.setFont(font)
            self.setItem(row, column, cell)

    def delegations(self) -> list[str]:
        """The delegation column top to bottom (what a reader of the list sees)."""
        return [self.item(row, 1).text() for row in range(self.rowCount())]
