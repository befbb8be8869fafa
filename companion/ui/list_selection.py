"""The chair's selection in the list: the requests chosen (by id, not by row: rows move under the
chair's hand at 100 changes a minute) and their restoration after the list changed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

from .queue_model import QueueModel, RequestIdRole


def current_id(table: QTableView) -> str | None:
    """The request of the current row, or None."""
    index = table.currentIndex()
    return index.data(RequestIdRole) if index.isValid() else None


def selected_ids(table: QTableView, model: QueueModel) -> list[str]:
    """The requests selected and shown, in the list's order (else the current one)."""
    rows = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
    ids = [model.request_at(r).id for r in rows if model.request_at(r) and not table.isRowHidden(r)]
    current = current_id(table)
    return ids or ([current] if current else [])


def reselect(table: QTableView, model: QueueModel, current: str | None, chosen: list[str]) -> None:
    """Select the rows of *chosen* again, *current* the current one (rows gone are let go)."""
    wanted = set(chosen)
    selection = QItemSelection()
    current_row = -1
    last = model.columnCount() - 1
    for row in range(model.rowCount()):
        rid = model.request_at(row).id
        if rid in wanted:
            selection.select(model.index(row, 0), model.index(row, last))
        if rid == current:
            current_row = row
    selections = table.selectionModel()
    if current_row >= 0:
        selections.setCurrentIndex(model.index(current_row, 0), QItemSelectionModel.NoUpdate)
    selections.select(selection, QItemSelectionModel.ClearAndSelect)
