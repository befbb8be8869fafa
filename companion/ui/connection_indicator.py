"""The connection state, always on screen: a coloured badge with the age of the data shown."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel

from companion.client import Connection, Status

from .accessibility import readable_colour
from .labels import number, tr, user_zone_clock
from .messages import error_text

#: The connection's colour on a light window and on a dark one (readable on both).
STATUS_COLOURS = {
    Status.LIVE: ("#1b5e20", "#8fe08f"),
    Status.CONNECTING: ("#555555", "#d0d0d0"),
    Status.RECONNECTING: ("#8a5200", "#ffc766"),
    Status.OFFLINE: ("#b71c1c", "#ff8a80"),
    Status.SIGNED_OUT: ("#555555", "#d0d0d0"),
}


def data_age(as_of: datetime | None, now: datetime) -> str:
    """``as of 10:04 (3 min ago)``, the time in the user's chosen zone; a dash when never current."""
    if as_of is None:
        return tr("no data yet")
    minutes = max(0, int((now - as_of).total_seconds() // 60))
    return tr("data as of {t} ({n} min ago)").format(t=user_zone_clock(as_of), n=number(minutes))


def describe_connection(c: Connection, now: datetime | None = None) -> str:
    """The connection in words, with the data's age whenever the data may be old."""
    head, detail = _connection_words(c, now or datetime.now(UTC))
    return f"{head}{detail}"


def _connection_words(c: Connection, now: datetime) -> tuple[str, str]:
    """The state (always shown whole) and what follows it (the data's age, why: cut if need be)."""
    if c.status == Status.LIVE:
        return tr("● Live"), ""
    if c.status == Status.CONNECTING:
        return tr("Connecting…"), ""
    if c.status == Status.SIGNED_OUT:
        return tr("Signed out"), ""
    retry = c.seconds_to_retry(now) or 0
    reason = f" — {error_text(c.error)}" if c.error else ""  # typed: worded here, in the user's language
    if c.status == Status.RECONNECTING:
        head = tr("Reconnecting (next try in {n} s)").format(n=number(retry))
    else:
        head = tr("○ Offline (next try in {n} s)").format(n=number(retry))
    return head, f" · {data_age(c.as_of, now)}{reason}"


class ConnectionIndicator(QLabel):
    """A permanent status-bar badge: status messages never cover it.

    It never makes the window wider: the state itself is always shown whole, what follows it (the
    data's age, the reason) is cut with an ellipsis when the window is narrow, and is always whole
    in the tooltip and for screen readers. (A long reason once widened a 700-pixel window to 867.)
    """

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Signed out"), parent)
        self.setAccessibleName(tr("Connection"))
        self.connection = Connection(Status.SIGNED_OUT)
        self._head, self._full = self.text(), self.text()

    def show_connection(self, connection: Connection) -> None:
        """Show *connection* now (called on every change and every second)."""
        self.connection = connection
        head, detail = _connection_words(connection, datetime.now(UTC))
        if (head, f"{head}{detail}") != (self._head, self._full):
            self._head, self._full = head, f"{head}{detail}"
            self.setToolTip(self._full)
            self.setAccessibleDescription(self._full)
            self.updateGeometry()
            self._fit_text()
        colour = readable_colour(self.window(), *STATUS_COLOURS[connection.status])
        style = (
            f"color: {colour}; border: 2px solid {colour}; border-radius: 4px; padding: 1px 6px;"
            " font-weight: bold;"
        )
        if style != self.styleSheet():  # a new style sheet re-polishes and lays out the status bar
            self.setStyleSheet(style)

    def full_text(self) -> str:
        """What the badge says when there is room for all of it."""
        return self._full

    def sizeHint(self) -> QSize:
        height = super().sizeHint().height()
        return QSize(self._frame() + self.fontMetrics().horizontalAdvance(self._full), height)

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        return QSize(self._frame() + self.fontMetrics().horizontalAdvance(self._head), height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def changeEvent(self, event) -> None:  # the bold font arrives with the style sheet
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self.updateGeometry()
            self._fit_text()

    def _frame(self) -> int:
        """Border, padding and margins: the label's width beyond its text."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def _fit_text(self) -> None:
        room = max(0, self.width() - self._frame())
        metrics = self.fontMetrics()
        # Measured as sizeHint measures it: elidedText shapes Arabic a pixel wider and cut
        # "Signed out" in a window with room to spare.
        text = self._full if metrics.horizontalAdvance(self._full) <= room else (
            metrics.elidedText(self._full, Qt.ElideRight, room))
        if not text.startswith(self._head):  # never cut the state itself (an Arabic cut adds a joiner)
            text = self._head
        if text != self.text():
            self.setText(text)

    def retranslate(self) -> None:
        """Say it again in the interface language now installed."""
        self.setAccessibleName(tr("Connection"))
        self._head = self._full = ""
        self.show_connection(self.connection)
