"""One window = one signed-in person: sign-in first, then their role's workspace."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu

from companion.client import Connection, MeetingSync, Status
from companion.domain.entities import Participant
from companion.domain.vocabulary import LANGUAGES

from . import booths_menu, documents_menu, participants_menu, translations_menu
from .connection_indicator import ConnectionIndicator, describe_connection
from .display_actions import DisplayActions
from .exchange_actions import ExchangeActions
from .labels import LANGUAGE_NAMES, number, set_user_zone, tr
from .messages import error_text
from .preferences import LANGUAGE, TIME_ZONE, open_settings, text_value
from .qt_bridge import SyncBridge
from .sign_in import SignInWidget
from .translations import apply_language, current_language
from .window_fit import place, remember
from .workspace import Workspace
from .zone_chooser import choose_zone


class CompanionWindow(QMainWindow):
    sig_new_window = Signal()
    """The user asked for another window (another persona)."""

    def __init__(self, sync: MeetingSync, parent=None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.bridge = SyncBridge(sync, self)
        self.settings = open_settings()
        self.setWindowTitle(tr("Meeting Companion"))
        place(self, self.settings)
        self.connection_label = ConnectionIndicator()
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(tr("Pending actions"))
        # Permanent widgets: a status message never covers the connection state.
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.connection_label)
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
        self.participants_action = participants_menu.install(self, menu)
        self.booths_action = booths_menu.install(self, menu)
        self.documents_action = documents_menu.install(self, menu)
        self.translations_action = translations_menu.install(self, menu)
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
        chosen = choose_zone(self, text_value(self.settings, TIME_ZONE) or None)
        if chosen is not None:
            self.choose_time_zone(chosen or None)

    def choose_time_zone(self, name: str | None) -> None:
        """Show "your time" in *name* (None: the system's) in every window; remembered."""
        used = set_user_zone(name)
        self.settings.setValue(TIME_ZONE, used or "")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CompanionWindow):
                widget.retranslate()

    def choose_language(self, language: str) -> None:
        """Switch every window to *language* now, keeping each one's session; remembered."""
        language = apply_language(language)
        self.settings.setValue(LANGUAGE, language)
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
        self.connection_label.retranslate()
        self.pending_label.setAccessibleName(tr("Pending actions"))
        self.on_outbox_changed(self.sync.pending())

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
        if self.workspace is not None:
            self.workspace.flush()  # rebuilt (language switch): held actions are sent, not lost
        self.workspace = Workspace(me, self.settings, self)
        self.workspace.sig_command.connect(self.bridge.send)
        if hasattr(self.workspace.panel, "watch_presence"):  # the chair's: who is connected
            self.workspace.panel.watch_presence(self.sync.presence)
        self.bridge.sig_state_changed.connect(self.workspace.set_state)
        self.setCentralWidget(self.workspace)
        self.workspace.show()  # at once, not at the next layout pass: alerts told meanwhile are seen
        self.exchange.set_person(me, lambda: self.workspace.agenda.model.starred if self.workspace else set())
        self.setWindowTitle(f"{me.display_name} — {tr('Meeting Companion')}")
        if self.sync.state:
            self.workspace.set_state(self.sync.state)
        # A cached start asks the keychain later, on the connect thread: no token there means
        # the sign-in page, so there is nothing to warn about before it has been asked.
        if self.sync.tokens.asked and not self.sync.remembers_sign_in:
            no_keychain = tr(
                "No system keychain is available, so you will have to sign in again next time "
                "(your sign-in is kept in memory only, never in a file)."
            )
            self.statusBar().showMessage(no_keychain, 15_000)

    # --- what the client tells us ---------------------------------------------------------

    def on_connection_changed(self, connection: Connection) -> None:
        self.connection_label.show_connection(connection)
        if connection.status == Status.SIGNED_OUT and self.workspace is not None:
            self.show_sign_in()
            self.sign_in.failed(connection.error or tr("You were signed out."))

    def on_outbox_changed(self, entries) -> None:
        pending = sum(1 for e in entries if not e.failed)
        failed = sum(1 for e in entries if e.failed)
        parts = []
        if pending:
            parts.append(tr("{n} action(s) waiting to be sent").format(n=number(pending)))
        if failed:
            parts.append(tr("{n} refused").format(n=number(failed)))
        self.pending_label.setText(" · ".join(parts))

    def on_command_answered(self, entry, error) -> None:
        if error is not None:
            self.statusBar().showMessage(tr("Not done: {why}").format(why=error_text(error)), 12_000)
            self.sync.dismiss(entry.key)

    def _every_second(self) -> None:
        if self.workspace is not None:
            self.workspace.banner.refresh()
            self.workspace.check_reminders()
        self.connection_label.show_connection(self.sync.connection)

    def closeEvent(self, event) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        remember(self, self.settings)
        self.tick.stop()
        self.bridge.stop()
        super().closeEvent(event)


__all__ = ["CompanionWindow", "describe_connection"]
