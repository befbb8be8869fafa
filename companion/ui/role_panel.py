"""What every role's panel shares: it shows the meeting state for the item in hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from companion.domain import MeetingState


class RolePanel(QWidget):
    sig_command = Signal(dict)
    """A command to send to the server."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._state: MeetingState | None = None
        self.item_id: str | None = None

    def show_item(self, item_id: str | None) -> None:
        """The agenda selection changed."""
        self.item_id = item_id
        self.refresh()

    def set_state(self, state: MeetingState) -> None:
        self._state = state
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
