"""What the list-of-speakers table models share: rows in a list, headings translated as shown."""

from __future__ import annotations

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


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make *row* the current, selected row of *view*.

    ``QTableView.selectRow`` finds its column by position, which in a right-to-left layout not
    yet laid out finds none and selects nothing; the index itself always works.
    """
    index = view.model().index(row, 0)
    if index.isValid():
        flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        view.selectionModel().setCurrentIndex(index, flags)
