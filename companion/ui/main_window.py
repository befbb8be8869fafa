"""One window = one signed-in person: sign-in first, then their role's workspace."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import available_timezones

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMainWindow, QMenu

from companion.client import Connection, MeetingSync, Status
from companion.client.qt_bridge import SyncBridge
from companion.domain.entities import Participant
from companion.domain.vocabulary import LANGUAGES

from . import participants_dialog
from .accessibility import readable_colour
from .display_actions import DisplayActions
from .exchange_actions import ExchangeActions
from .labels import LANGUAGE_NAMES, clock_text, set_user_zone, tr
from .messages import error_text
from .sign_in import SignInWidget
from .translations import apply_language, current_language
from .workspace import Workspace


class CompanionWindow(QMainWindow):
    sig_new_window = Signal()
    """The user asked for another window (another persona)."""

    def __init__(self, sync: MeetingSync, parent=None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.bridge = SyncBridge(sync, self)
        self.settings = QSettings("meeting-companion", "app")
        self.setWindowTitle(tr("Meeting Companion"))
        self.resize(1280, 800)
        self.connection_label = QLabel(tr("Signed out"))
        self.connection_label.setAccessibleName(tr("Connection"))
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(tr("Pending actions"))
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.pending_label)
        self._build_menu()
        self.bridge.sig_connection_changed.connect(self.on_connection_changed)
        self.bridge.sig_outbox_changed.connect(self.on_outbox_changed)
        self.bridge.sig_command_answered.connect(self.on_command_answered)
        self.bridge.sig_signed_in.connect(self.on_signed_in)
        self.bridge.sig_sign_in_failed.connect(lambda error: self.sign_in.failed(error))
        self.bridge.sig_signed_out.connect(self.show_sign_in)
        self.workspace = None
        self._was_next: set[str] = set()
        self.tick = QTimer(self, interval=1000, timeout=self._every_second)
        self.tick.start()

    def _build_menu(self) -> None:
        for old in (*self.menuBar().findChildren(QMenu), getattr(self, "exchange", None)):
            if old is not None:
                old.deleteLater()  # rebuilt in the new language
        self.menuBar().clear()
        menu = self.menuBar().addMenu(tr("&Meeting"))
        new = QAction(tr("New window (another persona)"), self, shortcut="Ctrl+Shift+N")
        new.triggered.connect(self.sig_new_window.emit)
        out = QAction(tr("Sign out"), self)
        out.triggered.connect(self.bridge.sign_out)
        close = QAction(tr("Close window"), self, shortcut="Ctrl+W")
        close.triggered.connect(self.close)
        menu.addAction(new)
        menu.addSeparator()
        self.exchange = ExchangeActions(self, self.sync, menu)
        self.room_display = DisplayActions(self, self.sync, self.bridge.send, menu)
        self.participants_action = participants_dialog.install(self, menu)
        menu.addSeparator()
        menu.addAction(out)
        menu.addAction(close)
        self.language_menu = self.menuBar().addMenu(tr("&Language"))
        zone = QAction(tr("Your time zone…"), self)
        zone.triggered.connect(self._ask_time_zone)
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self.language_menu.addAction(action)
        self.language_menu.addSeparator()
        self.language_menu.addAction(zone)

    def _ask_time_zone(self) -> None:
        system = tr("The system's time zone")
        zones = [system, *sorted(available_timezones())]
        current = self.settings.value("time_zone") or system
        name, ok = QInputDialog.getItem(
            self, tr("Your time zone"), tr("Show “your time” in:"), zones, zones.index(current), True
        )
        if ok:
            self.choose_time_zone(None if name == system else name)

    def choose_time_zone(self, name: str | None) -> None:
        """Show "your time" in *name* (None: the system's) in every window; remembered."""
        used = set_user_zone(name)
        self.settings.setValue("time_zone", used or "")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CompanionWindow):
                widget.retranslate()

    def choose_language(self, language: str) -> None:
        """Switch every window to *language* now, keeping each one's session; remembered."""
        language = apply_language(language)
        self.settings.setValue("language", language)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CompanionWindow):
                widget.retranslate()

    def retranslate(self) -> None:
        """Rebuild the menus and the current stage in the interface language now installed."""
        self._build_menu()
        self.setWindowTitle(tr("Meeting Companion"))
        me = self.sync.me
        if self.workspace is not None and me is not None:
            self.bridge.sig_state_changed.disconnect(self.workspace.set_state)
            self.on_signed_in(me)
        elif self.workspace is None:
            self.show_sign_in()
        self.connection_label.setAccessibleName(tr("Connection"))
        self.pending_label.setAccessibleName(tr("Pending actions"))
        self.on_outbox_changed(self.sync.pending())
        self.connection_label.setText(describe_connection(self.sync.connection))

    # --- stages ------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        self.workspace = None
        self.exchange.set_person(None)
        self.sign_in = SignInWidget(self.sync.server_url, self.sync.meeting_id, ca_file=self.sync.ca_file)
        self.sign_in.sig_sign_in.connect(lambda url, meeting, code: self.bridge.sign_in(code, url, meeting))
        self.setCentralWidget(self.sign_in)

    def resume(self) -> None:
        """A stored session: open with the cached state at once, connect in the background."""
        self.bridge.start()
        me = self.sync.me
        if me is not None:
            self.on_signed_in(me)

    def on_signed_in(self, me: Participant) -> None:
        self.workspace = Workspace(me, self.settings, self)
        self.workspace.sig_command.connect(self.bridge.send)
        self.bridge.sig_state_changed.connect(self.workspace.set_state)
        self.setCentralWidget(self.workspace)
        self.exchange.set_person(me, lambda: self.workspace.agenda.model.starred if self.workspace else set())
        self.setWindowTitle(f"{me.display_name} — {tr('Meeting Companion')}")
        if self.sync.state:
            self.workspace.set_state(self.sync.state)
        if self.sync.tokens.warning:  # the client's words are English; the interface says it itself
            no_keychain = tr(
                "No system keychain is available, so you will have to sign in again next time "
                "(your sign-in is kept in memory only, never in a file)."
            )
            self.statusBar().showMessage(no_keychain, 15_000)

    # --- what the client tells us ---------------------------------------------------------

    def on_connection_changed(self, connection: Connection) -> None:
        self.connection_label.setText(describe_connection(connection))
        colour = readable_colour(self, *STATUS_COLOURS[connection.status])
        self.connection_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        if connection.status == Status.SIGNED_OUT and self.workspace is not None:
            self.show_sign_in()
            self.sign_in.failed(connection.error or tr("You were signed out."))

    def on_outbox_changed(self, entries) -> None:
        pending = sum(1 for e in entries if not e.failed)
        failed = sum(1 for e in entries if e.failed)
        parts = []
        if pending:
            parts.append(tr("{n} action(s) waiting to be sent").format(n=pending))
        if failed:
            parts.append(tr("{n} refused").format(n=failed))
        self.pending_label.setText(" · ".join(parts))

    def on_command_answered(self, entry, error) -> None:
        if error is not None:
            self.statusBar().showMessage(tr("Not done: {why}").format(why=error_text(error)), 12_000)
            self.sync.dismiss(entry.key)

    def _every_second(self) -> None:
        if self.workspace is not None:
            self.workspace.banner.refresh()
            self.workspace.check_reminders()
        self.connection_label.setText(describe_connection(self.sync.connection))

    def closeEvent(self, event) -> None:
        self.tick.stop()
        self.bridge.stop()
        super().closeEvent(event)


#: The connection's colour on a light window and on a dark one (readable on both).
STATUS_COLOURS = {
    Status.LIVE: ("#1b5e20", "#8fe08f"),
    Status.CONNECTING: ("#555555", "#d0d0d0"),
    Status.RECONNECTING: ("#8a5200", "#ffc766"),
    Status.OFFLINE: ("#b71c1c", "#ff8a80"),
    Status.SIGNED_OUT: ("#555555", "#d0d0d0"),
}


def describe_connection(c: Connection) -> str:
    now = datetime.now(UTC)
    if c.status == Status.LIVE:
        return tr("● Live")
    if c.status == Status.CONNECTING:
        return tr("Connecting…")
    retry = c.seconds_to_retry(now)
    reason = f" — {error_text(c.error)}" if c.error else ""
    if c.status == Status.RECONNECTING:
        return tr("Reconnecting (next try in {n} s)").format(n=retry or 0) + reason
    if c.status == Status.OFFLINE:
        as_of = clock_text(c.as_of.astimezone()) if c.as_of else "—"
        return (
            tr("Offline (showing state as of {t}; next try in {n} s)").format(t=as_of, n=retry or 0) + reason
        )
    return tr("Signed out")
