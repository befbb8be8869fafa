"""Alerts kept after the banner fades: a button with their count opens the list, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QPushButton, QVBoxLayout, QWidget

from .accessibility import describe
from .labels import number, tr, user_zone_clock


@dataclass(frozen=True)
class Alert:
    """One thing the user was told, and when."""

    at: datetime
    text: str


class AlertLog(QPushButton):
    """The alerts of this session; clicking shows them all (declined reasons included)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts: list[Alert] = []
        self.unread = 0
        self.dialog: QDialog | None = None
        describe(self, tr("Alerts"), tr("Every alert of this session, newest first."))
        self.clicked.connect(self.open_list)
        self._label()

    def add(self, text: str, at: datetime | None = None) -> None:
        """Keep *text* in the list."""
        self.alerts.append(Alert(at or datetime.now(UTC), text))
        self.unread += 1
        self._label()
        if self.dialog is not None and self.dialog.isVisible():
            self._fill(self.dialog.findChild(QListWidget))

    def lines(self) -> list[str]:
        """The alerts as the list shows them, newest first."""
        return [f"{user_zone_clock(a.at)}  {a.text}" for a in reversed(self.alerts)]

    def open_list(self) -> None:
        """Show the list (not modal: the meeting goes on while it is open)."""
        if self.dialog is None:
            self.dialog = QDialog(self.window())
            self.dialog.setWindowTitle(tr("Alerts"))
            listing = QListWidget()
            describe(listing, tr("Alerts"), tr("Every alert of this session, newest first."))
            listing.setWordWrap(True)
            buttons = QDialogButtonBox(QDialogButtonBox.Close)
            buttons.rejected.connect(self.dialog.close)
            layout = QVBoxLayout(self.dialog)
            layout.addWidget(listing)
            layout.addWidget(buttons)
            self.dialog.resize(520, 360)
        self._fill(self.dialog.findChild(QListWidget))
        self.unread = 0
        self._label()
        self.dialog.show()
        self.dialog.raise_()

    def _fill(self, listing: QListWidget) -> None:
        listing.clear()
        listing.addItems(self.lines() or [tr("No alerts yet.")])

    def _label(self) -> None:
        if self.unread:
            self.setText(tr("Alerts ({n} new)").format(n=number(self.unread)))
        else:
            self.setText(tr("Alerts ({n})").format(n=number(len(self.alerts))))
