"""The chair's message and countdown for the room, shown in the app too (every role sees them)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from companion.domain import MeetingState
from companion.domain.display import countdown_left, text_in

from .accessibility import announce, scaled_font
from .labels import duration, isolate_ltr, tr
from .translations import current_language


class RoomNotice(QLabel):
    """One line over the workspace: what the room displays show beyond the floor; hidden when nothing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        scaled_font(self, 1.2)
        self.setWordWrap(True)
        self.setAccessibleName(tr("On the room displays"))
        self.setStyleSheet("background: #0b4fb3; color: white; padding: 6px 10px; border-radius: 4px;")
        self._state: MeetingState | None = None
        self._shown: tuple = ((), None)
        self._tick = QTimer(self, interval=1000, timeout=self.refresh)
        self.hide()

    def set_state(self, state: MeetingState) -> None:
        self._state = state
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Called on each state change and, while a countdown runs, every second."""
        display = self._state.display if self._state else None
        if display is None:
            return
        language = current_language()
        parts = []
        if display.message:
            parts.append(tr("Message to the room: {text}").format(text=text_in(display.message, language)))
        left = countdown_left(display, now or datetime.now(UTC))
        if left is not None:
            label = text_in(display.countdown_label, language) or tr("The meeting resumes in")
            parts.append(f"{label} {isolate_ltr(duration(left))}")
        self.setText("  ·  ".join(parts))
        self.setVisible(bool(parts))
        if left:
            self._tick.start()
        else:
            self._tick.stop()
        shown = (display.message, display.countdown_ends)
        if parts and shown != self._shown:  # new words are announced; the seconds ticking are not
            announce(self)
        self._shown = shown
