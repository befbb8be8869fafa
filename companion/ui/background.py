"""Run a blocking call (network, disk) off the GUI thread and hear back on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.client.errors import ClientError


class BackgroundCall(QObject):
    """One call on a worker thread; its result, or the error it raised, arrives as a signal."""

    sig_done = Signal(object)
    sig_failed = Signal(object)
    """The ClientError or OSError the call raised (the receiver puts it in words)."""

    def __init__(self, call: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call

    def start(self) -> None:
        threading.Thread(target=self._run, name="background-call", daemon=True).start()

    def _run(self) -> None:
        try:
            result = self._call()
        except (ClientError, OSError) as exc:
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(result)
