"""Destructive chair actions wait 10 s before they are sent, with an Undo button meanwhile.

Declining, ending or postponing an item cannot be taken back on the server (delegates are told at
once), so the console holds the commands here first: Undo drops them, the countdown sends them.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .accessibility import announce, describe, readable_colour
from .labels import number, tr

#: How long a destructive action can be undone.
UNDO_SECONDS = 10


class UndoBar(QWidget):
    """One held action at a time; holding another sends the first at once."""

    sig_command = Signal(dict)
    """A held command whose time to undo is over: send it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.seconds = UNDO_SECONDS
        self.held: list[dict] = []
        self.what = ""
        self._left = 0
        self.label = QLabel(wordWrap=True)
        self.label.setAccessibleName(tr("Action about to be sent"))
        self.undo = QPushButton(tr("Undo"))
        describe(self.undo, tr("Undo"), tr("Takes back the action before it is sent."))
        self.undo.clicked.connect(self.cancel)
        self.send_now = QPushButton(tr("Send now"))
        describe(self.send_now, tr("Send now"), tr("Sends the action without waiting."))
        self.send_now.clicked.connect(self.flush)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo)
        row.addWidget(self.send_now)
        self._tick = QTimer(self, interval=1000, timeout=self._count_down)
        self.hide()

    def hold(self, commands: list[dict], what: str) -> None:
        """Hold *commands* (sent together, in order) for ``seconds``, describing them as *what*."""
        self.flush()
        self.held, self.what, self._left = list(commands), what, self.seconds
        self._show()
        self.show()
        announce(self.label)
        self._tick.start()

    def cancel(self) -> None:
        """Drop the held action: nothing is sent."""
        self._tick.stop()
        self.held = []
        self.hide()

    def flush(self) -> None:
        """Send the held action now (also when the window closes: nothing is lost)."""
        self._tick.stop()
        held, self.held = self.held, []
        self.hide()
        for command in held:
            self.sig_command.emit(command)

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.flush()
        else:
            self._show()

    def _show(self) -> None:
        text = tr("{what} — sent in {n} s unless you undo.").format(what=self.what, n=number(self._left))
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {readable_colour(self, '#8a4b00', '#ffc766')}; font-weight: bold;")
