"""How the app's lists size their columns: to their contents, measured on the rows in view.

Qt measures a column sized to its contents again at every change of the model (a move, one row's
data), by default over up to 1,000 rows: a real list of 200 speakers cost 15–30 ms of the GUI
thread per event while the chair reordered (stalls over 50 ms at ten reorders a second).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def fit_to_rows_in_view(header: QHeaderView, stretch: int) -> None:
    """Columns sized to the rows in view; column *stretch* (a name) takes the room left, or gives way."""
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setResizeContentsPrecision(0)  # the rows in view only
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
