"""What the list-of-speakers table models share: rows in a list, headings translated as shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from .labels import tr

_DISPLAY, _HORIZONTAL = Qt.DisplayRole.value, Qt.Horizontal.value


class RowsModel(QAbstractTableModel):
    """A flat table; subclasses set ``columns`` (headings marked with ``tr_noop``) and fill ``_rows``."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        # Asked for every role of every heading on each repaint: plain ints, not Qt's enum objects.
        role = role if isinstance(role, int) else role.value
        orientation = orientation if isinstance(orientation, int) else orientation.value
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return tr(self.columns[section])
        return None

    def begin_step(self, step: tuple[str, int, int]) -> None:
        """Tell the views the one step (``one_step``) the rows are about to take."""
        kind, source, target = step
        if kind == "move":  # Qt counts the place to move to in the rows before the move
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + (target > source))
        elif kind == "insert":
            self.beginInsertRows(QModelIndex(), target, target)
        elif kind == "remove":
            self.beginRemoveRows(QModelIndex(), source, source)

    def end_step(self, step: tuple[str, int, int]) -> None:
        """Tell the views the step begun with ``begin_step`` is done."""
        end = {"move": self.endMoveRows, "insert": self.endInsertRows, "remove": self.endRemoveRows}
        end.get(step[0], lambda: None)()


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make *row* the current, selected row of *view*.

    ``QTableView.selectRow`` finds its column by position, which in a right-to-left layout not
    yet laid out finds none and selects nothing; the index itself always works.
    """
    index = view.model().index(row, 0)
    if index.isValid():
        flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        view.selectionModel().setCurrentIndex(index, flags)


def one_step(old: Sequence[str], new: Sequence[str]) -> tuple[str, int, int] | None:
    """How the row keys *new* follow from *old* in at most one step, or None if they do not.

    ``("same", -1, -1)``; ``("move", from, to)`` (one row taken out and put back at *to*);
    ``("insert", -1, at)``; ``("remove", at, -1)``. A model told this can tell its views the
    one step (``beginMoveRows`` …) instead of resetting, which makes a view with columns sized
    to their contents measure every row again.
    """
    if len(old) == len(new):
        first = next((n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b), None)
        if first is None:
            return ("same", -1, -1)
        last = max(n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
        if new[first:last] == old[first + 1 : last + 1] and new[last] == old[first]:
            return ("move", first, last)
        if new[first + 1 : last + 1] == old[first:last] and new[first] == old[last]:
            return ("move", last, first)
        return None
    if abs(len(old) - len(new)) != 1:
        return None
    shorter, longer = (old, new) if len(old) < len(new) else (new, old)
    at = next((n for n, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    if longer[:at] != shorter[:at] or longer[at + 1 :] != shorter[at:]:
        return None
    return ("insert", -1, at) if longer is new else ("remove", at, -1)


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows (one ``dataChanged`` each)."""
    found: list[tuple[int, int]] = []
    for n in rows:
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found
