"""Closing a list safely: the chair confirms, seeing how many still wait; a deadline is set, moved
or lifted on a list already open. (The close itself waits 10 s in the console's undo bar.)"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build

from .labels import item_title, number, tr
from .list_opening import ListOpening


def confirm_close(parent: QWidget | None, state: MeetingState, item_id: str) -> bool:
    """Ask before closing a list; says how many still wait and what closing means for them."""
    waiting = len(state.queues.get(item_id, ()))
    question = tr(
        "Close the list of speakers of “{item}”?<br>{n} still waiting keep their places; "
        "new requests are refused, except points of order."
    ).format(item=item_title(state.items[item_id]), n=number(waiting))
    box = QMessageBox(QMessageBox.Question, tr("Close the list"), question, parent=parent)
    close = box.addButton(tr("Close the list"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(close)
    box.exec()
    return box.clickedButton() is close


class ListDeadline(ListOpening):
    """The deadline of an open list: set, moved (the current one filled in) or lifted (unchecked)."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str) -> None:
        super().__init__(parent, state, item_id)
        self.setWindowTitle(tr("Deadline of the list"))
        current = state.items[item_id].list_deadline
        if current is not None and current > datetime.now(UTC):
            zone = QTimeZone(self.zone.encode())
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(current.timestamp()), zone))
            self.with_deadline.setChecked(True)

    def commands(self) -> list[dict]:
        """The deadline chosen, or none (lifted)."""
        return [build.list_set_deadline(self.item_id, self.deadline())]
