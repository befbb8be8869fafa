"""How the app's lists size their columns: to their contents, measured on the rows in view.

Qt measures a column sized to its contents again at every change of the model (a move, one row's
data), by default over up to 1,000 rows: a real list of 200 speakers cost 15–30 ms of the GUI
thread per event while the chair reordered (stalls over 50 ms at ten reorders a second).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def fit_to_rows_in_view(header: QHeaderView, stretch: int) -> None:
    """Columns sized to the rows in view; column *stretch* (a name) takes the room left, or gives way."""
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setResizeContentsPrecision(0)  # the rows in view only
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)


class CappedColumn(QObject):
    """Keeps one column as wide as its contents in view, but never over *share* of the table's width.

    A column sized to its contents takes what its longest text needs before a stretching column gets
    the rest: the agenda's status ("Запланировано · список открыт") left the titles three letters in
    Russian and Arabic at 1366×768. Capped, the status elides instead (its tooltip and the details
    below carry it whole).
    """

    def __init__(self, table: QTableView, column: int, share: float) -> None:
        super().__init__(table)
        self._table, self._column, self._share = table, column, share
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.Interactive)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(self.fit)

    def fit(self, *_: object) -> None:
        """Size the column again: its contents in view, up to its share of the width."""
        table = self._table
        cap = int(table.viewport().width() * self._share)
        header = table.horizontalHeader()
        wanted = max(table.sizeHintForColumn(self._column), header.sectionSizeHint(self._column))
        header.resizeSection(self._column, min(wanted, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Resize:
            self.fit()
        return False
