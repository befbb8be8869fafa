"""Opening a list of speakers, if wished with a deadline after which it closes by itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from companion.domain import MeetingState
from companion.domain import command_builders as build

from .accessibility import describe
from .labels import item_title, tr


def default_deadline(state: MeetingState, item_id: str, now: datetime) -> datetime:
    """The item's start when it lies ahead (inscription closes as the item opens), else in an hour."""
    start = state.items[item_id].start
    return start if start > now else now + timedelta(hours=1)


class ListOpening(QDialog):
    """Asks whether the list closes by itself, and when (in meeting time)."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.zone = state.meeting.time_zone
        self.setWindowTitle(tr("Open the list of speakers"))
        self.with_deadline = QCheckBox(tr("Close it by itself at (meeting time):"))
        describe(
            self.with_deadline,
            tr("Deadline"),
            tr("Delegates may ask for the floor until then; the list then closes for everyone."),
        )
        self.when = QDateTimeEdit()
        self.when.setTimeZone(QTimeZone(self.zone.encode()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        describe(self.when, tr("Deadline"), tr("When the list closes, in the meeting's time."))
        deadline = default_deadline(state, item_id, datetime.now(UTC))
        self.when.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(deadline.timestamp()), QTimeZone(self.zone.encode()))
        )
        self.when.setEnabled(False)
        self.with_deadline.toggled.connect(self.when.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{item_title(state.items[item_id])}</b>"))
        form.addRow(self.with_deadline, self.when)
        form.addRow(buttons)

    def deadline(self) -> datetime | None:
        """The chosen deadline as an instant, or None when the list stays open until closed by hand."""
        if not self.with_deadline.isChecked():
            return None
        seconds = self.when.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC).astimezone(ZoneInfo(self.zone))

    def commands(self) -> list[dict]:
        """Open the list, then set its deadline if one was chosen."""
        commands = [build.speakers_list(self.item_id, open_it=True)]
        deadline = self.deadline()
        if deadline is not None:
            commands.append(build.list_set_deadline(self.item_id, deadline))
        return commands
