"""The client's face towards Qt: worker-thread news arrives on the GUI thread as signals.

Only plain data crosses the threads (immutable states, connection records, outbox entries).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.client.errors import ClientError
from companion.client.sync import MeetingSync, SyncListener


class _Relay(SyncListener):
    """Turns listener calls (from worker threads) into signal emissions (queued to the GUI thread)."""

    def __init__(self, bridge: SyncBridge) -> None:
        self.bridge = bridge

    def state_changed(self, state) -> None:
        self.bridge.state_arrived(state)

    def connection_changed(self, connection) -> None:
        self.bridge.sig_connection_changed.emit(connection)

    def command_answered(self, entry, error) -> None:
        self.bridge.sig_command_answered.emit(entry, error)

    def outbox_changed(self, entries) -> None:
        self.bridge.sig_outbox_changed.emit(entries)


class SyncBridge(QObject):
    """Wraps a MeetingSync for widgets. Blocking calls (sign-in, sign-out) run on a worker thread."""

    sig_state_changed = Signal(object)
    """The meeting state changed (a MeetingState)."""
    sig_connection_changed = Signal(object)
    """Live / connecting / reconnecting / offline / signed out (a Connection)."""
    sig_command_answered = Signal(object, object)
    """A queued command was answered: (Pending, ClientError or None)."""
    sig_outbox_changed = Signal(object)
    """The list of pending and failed commands changed."""
    sig_signed_in = Signal(object)
    """Sign-in worked (the Participant)."""
    sig_sign_in_failed = Signal(object)
    """Sign-in failed: the ClientError (typed: the interface words it)."""
    sig_signed_out = Signal()
    """Sign-out finished."""
    _sig_state_waiting = Signal()
    """A newer state waits in the mailbox (worker thread to GUI thread, no payload)."""

    def __init__(self, sync: MeetingSync, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self._latest = None
        self._latest_lock = threading.Lock()
        self._signing_in = threading.Lock()
        self._sig_state_waiting.connect(self._deliver_state)
        sync.listeners.append(_Relay(self))

    def state_arrived(self, state) -> None:
        """From a worker thread: keep only the newest state, and wake the GUI thread once for it.

        A burst of events (10,000 after a night offline) becomes one or a few repaints rather
        than a queue of ten thousand, and only a payload-free signal crosses the threads.
        """
        with self._latest_lock:
            waiting, self._latest = self._latest is not None, state
        if not waiting:
            self._sig_state_waiting.emit()

    def _deliver_state(self) -> None:
        with self._latest_lock:
            state, self._latest = self._latest, None
        if state is not None:
            self.sig_state_changed.emit(state)

    def sign_in(self, code: str, server_url: str | None = None, meeting_id: str | None = None) -> None:
        """Sign in off the GUI thread (to another server or meeting if given); answers with
        sig_signed_in or sig_sign_in_failed. A second call while one is under way is ignored:
        one sign-in, one session, however often the button is pressed."""
        if not self._signing_in.acquire(blocking=False):
            return
        self._background(self._sign_in, code, server_url, meeting_id)

    def _sign_in(self, code: str, server_url: str | None, meeting_id: str | None) -> None:
        try:
            if server_url or meeting_id:
                self.sync.retarget(server_url or self.sync.server_url, meeting_id or self.sync.meeting_id)
            participant = self.sync.sign_in(code)
            self.sync.start()
        except ClientError as exc:
            self.sig_sign_in_failed.emit(exc)
            return
        finally:
            self._signing_in.release()
        self.sig_signed_in.emit(participant)

    def start(self) -> None:
        """Resume a stored session: cached state at once, then the network in the background."""
        self.sync.start()

    def send(self, command: dict[str, Any]) -> None:
        self.sync.send(command)

    def sign_out(self) -> None:
        self._background(self._sign_out)

    def _sign_out(self) -> None:
        self.sync.sign_out()
        self.sig_signed_out.emit()

    def stop(self) -> None:
        """Wired to window close: stop the workers, keep the outbox."""
        self.sync.stop()

    @staticmethod
    def _background(fn, *args) -> None:
        threading.Thread(target=fn, args=args, daemon=True, name=fn.__name__).start()
