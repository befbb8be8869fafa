"""The signed-in person's workspace: banner, channel, agenda, their role's panel, and the alerts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.estimates import place_in_queue
from companion.domain.reminders import due_reminders, reminder_key
from companion.domain.vocabulary import CHANNELS, MANAGERS, Attendance, RequestStatus, Role

from .accessibility import announce, describe, scaled_font
from .agenda_panel import AgendaPanel
from .chair_panel import ChairPanel
from .floor_banner import FloorBanner
from .floor_panel import FloorPanel
from .interpreter_panel import InterpreterPanel
from .labels import channel_name, item_title, tr
from .notifier import DesktopNotifier
from .room_notice import RoomNotice


class Workspace(QWidget):
    """The role's workspace: banner, channel, agenda on one side, the role's panel on the other."""

    sig_command = Signal(dict)
    """A command to send."""

    def __init__(self, me: Participant, settings: QSettings, window: QMainWindow) -> None:
        super().__init__(window)
        self.me, self.settings, self.window_ = me, settings, window
        self.banner = FloorBanner(me)
        self.alert = QLabel()
        scaled_font(self.alert, 1.4)
        self.alert.setAccessibleName(tr("Alert"))
        self.alert.hide()
        self.channel = QComboBox()
        describe(self.channel, tr("Listening channel"), tr("The floor or the interpretation you listen to."))
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.channel.activated.connect(
            lambda n: self.sig_command.emit(build.channel_choice(self.channel.itemData(n)))
        )
        starred = set(settings.value(f"starred/{me.id}", [], list) or [])
        self.agenda = AgendaPanel(starred)
        self.agenda.sig_starred_changed.connect(lambda s: settings.setValue(f"starred/{me.id}", sorted(s)))
        if me.role in MANAGERS:
            self.panel = ChairPanel()
        elif me.role == Role.INTERPRETER:
            self.panel = InterpreterPanel(me)
        else:
            self.panel = FloorPanel(me)
        self.panel.sig_command.connect(self.sig_command.emit)
        self.agenda.sig_item_selected.connect(self.panel.show_item)
        top = QWidget()
        row = QHBoxLayout(top)
        row.addWidget(self.banner, 1)
        row.addWidget(QLabel(tr("Listening to:")))
        row.addWidget(self.channel)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.agenda)
        split.addWidget(self.panel)
        split.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.alert)
        self.room_notice = RoomNotice(self)
        layout.addWidget(self.room_notice)
        layout.addWidget(split, 1)
        self._slow_downs_seen: int | None = None
        self._my_places: dict[str, int | None] = {}
        self._reminded: set[str] = set(settings.value(f"reminded/{me.id}", [], list) or [])
        self._state: MeetingState | None = None
        self.notifier = DesktopNotifier(window.windowIcon(), self)

    def set_state(self, state: MeetingState) -> None:
        self._state = state
        self.panel.set_state(state)  # first: selecting in the agenda asks the panel to show an item
        self.agenda.set_state(state)
        self.banner.set_state(state)
        self.room_notice.set_state(state)
        channel = state.channels.get(self.me.id, "floor")
        self.channel.setCurrentIndex(self.channel.findData(channel))
        self._alerts(state)

    def check_reminders(self, now: datetime | None = None) -> None:
        """Remind the user, once, of each starred item about to start (called every few seconds)."""
        if self._state is None:
            return
        now = now or datetime.now(UTC)
        due = due_reminders(self._state, self.agenda.model.starred, now, self._reminded)
        for item in due:
            minutes = max(1, round((item.start - now).total_seconds() / 60))
            self._tell(tr("Starting in {n} min: {title}").format(n=minutes, title=item_title(item)))
            self._reminded.add(reminder_key(item))
        if due:  # called every second: write the settings only when something was reminded
            self.settings.setValue(f"reminded/{self.me.id}", sorted(self._reminded))

    def _alerts(self, state: MeetingState) -> None:
        if self.me.role in MANAGERS:
            self._slow_down_alert(state)
        else:
            self._declined_alerts(state)
            self._turn_alerts(state)

    def _slow_down_alert(self, state: MeetingState) -> None:
        count = len(state.slow_downs)
        if self._slow_downs_seen is not None and count > self._slow_downs_seen:
            text = tr("Interpreters ({booth} booth) ask the speaker to SLOW DOWN")
            self._tell(text.format(booth=state.slow_downs[-1].booth))
        self._slow_downs_seen = count

    def _declined_alerts(self, state: MeetingState) -> None:
        for request_id in list(self._my_places):
            request = state.requests.get(request_id)
            if request is None or request.status not in (RequestStatus.WAITING, RequestStatus.SPEAKING):
                del self._my_places[request_id]  # settled: withdrawn, finished or declined
            if request is not None and request.status == RequestStatus.DECLINED:
                text = tr("The chair declined your request on “{item}”: {why}")
                why = request.decline_reason or tr("no reason given")
                self._tell(text.format(item=item_title(state.items[request.item_id]), why=why))

    def _turn_alerts(self, state: MeetingState) -> None:
        for request in state.open_requests_of(self.me.id):
            place = 0 if request.status == RequestStatus.SPEAKING else place_in_queue(state, request.id)
            before = self._my_places.get(request.id)
            if place != before and place in (0, 1):
                text = tr("You have the floor.") if place == 0 else tr("You are next.")
                if place == 1 and request.attendance == Attendance.REMOTE:
                    text += " " + tr("Get ready to unmute.")
                self._tell(text)
            self._my_places[request.id] = place

    def _tell(self, text: str) -> None:
        """In the window, unmissably, and on the desktop."""
        self.alert.setText(text)
        self.alert.setStyleSheet("background: #b71c1c; color: white;padding: 8px; border-radius: 4px;")
        self.alert.setAccessibleDescription(text)
        self.alert.show()
        announce(self.alert)
        QTimer.singleShot(15_000, self.alert.hide)
        self.notifier.notify(tr("Meeting Companion"), text)
