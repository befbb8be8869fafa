"""The signed-in person's workspace: banner, channel, agenda, their role's panel, and the alerts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.reminders import due_reminders, reminder_key
from companion.domain.vocabulary import CHANNELS, MANAGERS, Role

from .accessibility import announce, describe, scaled_font
from .agenda_news import AgendaNews
from .agenda_panel import AgendaPanel
from .alert_log import AlertLog
from .alert_watch import AlertWatch
from .chair_panel import ChairPanel
from .floor_banner import FloorBanner
from .floor_panel import FloorPanel
from .interpreter_panel import InterpreterPanel
from .labels import channel_name, item_title, number, tr
from .notifier import DesktopNotifier
from .preferences import SPLITTER, bytes_value, list_value, reminded_key, starred_key
from .room_notice import RoomNotice

#: Share of the width the agenda gets at first, per role (the chair's console needs the most).
AGENDA_SHARE = {Role.CHAIR: 0.45, Role.SECRETARIAT: 0.45, Role.INTERPRETER: 0.5, Role.DELEGATE: 0.5}
#: How long the alert banner stays; the alert itself stays in the list.
BANNER_MS = 15_000


class Workspace(QWidget):
    """The role's workspace: banner, channel, agenda on one side, the role's panel on the other."""

    sig_command = Signal(dict)
    """A command to send."""

    def __init__(self, me: Participant, settings: QSettings, window: QMainWindow) -> None:
        super().__init__(window)
        self.me, self.settings, self.window_ = me, settings, window
        self.banner = FloorBanner(me)
        self.alert = QLabel(wordWrap=True)
        scaled_font(self.alert, 1.4)
        self.alert.setAccessibleName(tr("Alert"))
        self.alert.hide()
        self.alerts = AlertLog(self)
        self.channel = QComboBox()
        describe(self.channel, tr("Listening channel"), tr("The floor or the interpretation you listen to."))
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.channel.activated.connect(
            lambda n: self.sig_command.emit(build.channel_choice(self.channel.itemData(n)))
        )
        self.agenda = AgendaPanel(set(list_value(settings, starred_key(me.id))))
        self.agenda.sig_starred_changed.connect(lambda s: settings.setValue(starred_key(me.id), sorted(s)))
        self.panel = self._role_panel(me, settings, window)
        self.panel.sig_command.connect(self.sig_command.emit)
        self.agenda.sig_item_selected.connect(self.panel.show_item)
        # What changed since one last looked: for those who follow the agenda, not who moves it.
        self.news = AgendaNews(settings, me.id) if me.role not in MANAGERS else None
        if self.news is not None:
            self.agenda.sig_item_selected.connect(self._item_seen)
            self.agenda.seen_all.clicked.connect(lambda: self.agenda.show_news(self.news.all_seen()))
        self.split = self._splitter(window)
        layout = QVBoxLayout(self)
        layout.addWidget(self._top_row())
        layout.addWidget(self.alert)
        self.room_notice = RoomNotice(self)  # the chair's message and countdown to the room
        layout.addWidget(self.room_notice)
        layout.addWidget(self.split, 1)
        self.watch = AlertWatch(me)
        self._live_id: str | None = None
        self._reminded: set[str] = set(list_value(settings, reminded_key(me.id)))
        self._state: MeetingState | None = None
        self._hide_alert = QTimer(self, singleShot=True, interval=BANNER_MS, timeout=self.alert.hide)
        self.notifier = DesktopNotifier(window.windowIcon(), self)

    @staticmethod
    def _role_panel(me: Participant, settings: QSettings, window):
        if me.role in MANAGERS:
            return ChairPanel()
        if me.role == Role.INTERPRETER:
            return InterpreterPanel(me, documents_from=getattr(window, "sync", None), settings=settings)
        return FloorPanel(me, settings)

    def _top_row(self) -> QWidget:
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.alerts)
        row.addWidget(QLabel(tr("Listening to:")))
        row.addWidget(self.channel)
        return top

    def _splitter(self, window: QMainWindow) -> QSplitter:
        """Agenda | panel; the user's division is kept per role."""
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.agenda)
        split.addWidget(self.panel)
        split.setChildrenCollapsible(False)
        key = SPLITTER.format(role=self.me.role.value)
        saved = bytes_value(self.settings, key)
        if saved is None or not split.restoreState(saved):
            width = max(800, window.width())
            share = AGENDA_SHARE.get(self.me.role, 0.5)
            split.setSizes([int(width * share), int(width * (1 - share))])
        split.splitterMoved.connect(lambda *_: self.settings.setValue(key, split.saveState()))
        return split

    def set_state(self, state: MeetingState) -> None:
        old, self._state = self._state, state
        self.panel.set_state(state)  # first: selecting in the agenda asks the panel to show an item
        self.agenda.set_state(state)
        if self.news is not None and (old is None or state.items is not old.items):  # agenda events only
            self.agenda.show_news(self.news.news(state, self.agenda.current_item))
        self._follow_live(state)
        self.banner.set_state(state)
        self.room_notice.set_state(state)
        channel = state.channels.get(self.me.id, "floor")
        self.channel.setCurrentIndex(self.channel.findData(channel))
        news = self.watch.news(state)
        for text in news:
            self._tell(text)
        if news and self.me.role in MANAGERS:  # the chair's alerts are the slow-downs: shown, say so
            for asked in state.slow_downs:
                if asked.seen_at is None:
                    self.sig_command.emit(build.slow_down_seen(asked.booth, asked.at))

    def _item_seen(self, item_id: str) -> None:
        if self._state is not None:
            self.agenda.show_news(self.news.news(self._state, item_id))

    def flush(self) -> None:
        """Send what the panel still holds for its undo time (the workspace is going away)."""
        flush = getattr(self.panel, "flush", None)
        if flush is not None:
            flush()

    def _follow_live(self, state: MeetingState) -> None:
        """The chair's console goes to the item set live, wherever it was set live."""
        live = state.live_item()
        live_id = live.id if live else None
        if live_id != self._live_id and live_id is not None and self.me.role in MANAGERS:
            self.agenda.select(live_id)
        self._live_id = live_id

    def check_reminders(self, now: datetime | None = None) -> None:
        """Remind the user, once, of each starred item about to start (called every few seconds)."""
        if self._state is None:
            return
        now = now or datetime.now(UTC)
        due = due_reminders(self._state, self.agenda.model.starred, now, self._reminded)
        for item in due:
            minutes = max(1, round((item.start - now).total_seconds() / 60))
            self._tell(tr("Starting in {n} min: {title}").format(n=number(minutes), title=item_title(item)))
            self._reminded.add(reminder_key(item))
        if due:  # called every second: write the settings only when something was reminded
            self.settings.setValue(reminded_key(self.me.id), sorted(self._reminded))

    def _tell(self, text: str) -> None:
        """In the window, unmissably, in the alert list, and on the desktop."""
        self.alert.setText(text)
        self.alert.setStyleSheet("background: #b71c1c; color: white;padding: 8px; border-radius: 4px;")
        self.alert.setAccessibleDescription(text)
        self.alert.show()
        announce(self.alert)
        self._hide_alert.start()
        self.alerts.add(text)
        self.notifier.notify(tr("Meeting Companion"), text)
