"""Closing a list safely: the chair confirms, seeing how many still wait; a deadline is set, moved
or lifted on a list already open. (The close itself waits 10 s in the console's undo bar.)"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.meeting_time import in_meeting_zone

from .accessibility import describe
from .announce_words import LIST_CLOSES, in_every_language
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
        self.languages = state.meeting.languages
        self.announce = QCheckBox(tr("Announce it on the room display"))
        says = tr("The room display says when the list closes, in every language.")
        describe(self.announce, tr("Announce"), says)
        self.layout().insertRow(self.layout().rowCount() - 1, self.announce)
        current = state.items[item_id].list_deadline
        if current is not None and current > datetime.now(UTC):
            zone = QTimeZone(self.zone.encode())
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(current.timestamp()), zone))
            self.with_deadline.setChecked(True)

    def commands(self) -> list[dict]:
        """The deadline chosen, or none (lifted); then its announcement, if wished."""
        deadline = self.deadline()
        commands = [build.list_set_deadline(self.item_id, deadline)]
        if deadline is not None and self.announce.isChecked():
            clock = in_meeting_zone(deadline, self.zone).strftime("%H:%M")
            commands.append(build.display_message(in_every_language(LIST_CLOSES, self.languages, time=clock)))
        return commands
