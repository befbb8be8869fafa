"""The chair's view of who is connected: the server asked every few seconds, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from companion.domain.presence import Seen

from .background import BackgroundCall

#: How often the chair's app asks who is connected (presence changes by the minute, not the second).
PRESENCE_MS = 15_000


class PresenceWatch(QObject):
    """Asks ``fetch`` now and every ``PRESENCE_MS``, one call at a time; tells what it heard."""

    sig_seen = Signal(object)
    """The latest report (a ``Seen``), or None when the server could not say (shown as unknown)."""

    def __init__(self, fetch: Callable[[], Seen], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._call: BackgroundCall | None = None
        self._timer = QTimer(self, interval=PRESENCE_MS, timeout=self.ask)
        self._timer.start()
        self.ask()

    def ask(self) -> None:
        if self._call is not None:
            return  # the last question is still out
        call = self._call = BackgroundCall(self._fetch, self)
        call.sig_done.connect(self._heard)
        call.sig_failed.connect(lambda _error: self._heard(None))
        call.start()

    def _heard(self, seen: Seen | None) -> None:
        if self._call is not None:
            self._call.deleteLater()
        self._call = None
        self.sig_seen.emit(seen)

    def stop(self) -> None:
        self._timer.stop()
