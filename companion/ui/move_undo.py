"""A move in the chair's list can be taken back for 10 s: one Undo puts the whole list back in the
order before it (``floor.reorder``), however many requests the move took. A move is sent at once
(the list must follow the chair's hand); it is its undo that waits to be asked for."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from companion.domain import command_builders as build

from .accessibility import describe
from .labels import tr
from .undo_bar import UNDO_SECONDS


class MoveUndo(QWidget):
    """"List reordered [Undo move]" for ``UNDO_SECONDS`` after the chair's last move."""

    sig_command = Signal(dict)
    """The floor.reorder that puts the list back."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._item_id: str | None = None
        self._before: list[str] = []
        self.label = QLabel(tr("List reordered"))
        self.undo = QPushButton(tr("Undo move"))
        describe(self.undo, tr("Undo move"), tr("Puts the list back in the order before the last move."))
        self.undo.clicked.connect(self._undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo)
        self._expire = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000, timeout=self.hide)
        self.hide()

    def offer(self, item_id: str, before: list[str]) -> None:
        """A move was sent: *before* is the whole list as it was."""
        self._item_id, self._before = item_id, list(before)
        self.show()
        self._expire.start()

    def _undo(self) -> None:
        if self._item_id and self._before:
            self.sig_command.emit(build.floor_reorder(self._item_id, self._before))
        self._expire.stop()
        self.hide()
