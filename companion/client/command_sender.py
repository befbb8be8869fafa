"""Sends the outbox, in order, in a worker thread; a command leaves it only once answered."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .connection import Backoff
from .errors import RETRYABLE, ClientError, Refused, SignedOut
from .http_api import MeetingApi
from .outbox import Outbox, Pending
from .replica import Replica

log = logging.getLogger(__name__)


class CommandSender:
    def __init__(
        self,
        api: MeetingApi,
        outbox: Outbox,
        replica: Replica,
        *,
        backoff: Backoff,
        on_answer: Callable[[Pending, ClientError | None], None],
        on_signed_out: Callable[[ClientError], None],
    ) -> None:
        self.api, self.outbox, self.replica = api, outbox, replica
        self.backoff, self.on_answer, self.on_signed_out = backoff, on_answer, on_signed_out
        self._stop = threading.Event()
        self._wake = threading.Event()

    def wake(self) -> None:
        """Something to send, or the connection is back: try now."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            entry = self.outbox.next_pending()
            if entry is None:
                self._sleep(None)
                continue
            try:
                answer = self.api.command(entry.command, entry.key)
            except Refused as refused:
                self.outbox.failed(entry.key, refused.message)
                self.on_answer(entry, refused)
                continue
            except SignedOut as exc:
                self.on_signed_out(exc)
                return
            except RETRYABLE:
                failures += 1
                self._sleep(self.backoff.delay(failures))  # same entry, same key, next time
                continue
            failures = 0
            self.outbox.done(entry.key)
            try:
                events = answer.get("events", []) if isinstance(answer, dict) else []
                self.replica.receive(events, strict=False)
            except ClientError as exc:
                log.warning("could not apply a command's answer (%s); the stream will bring it", exc)
            self.on_answer(entry, None)

    def _sleep(self, seconds: float | None) -> None:
        if self._wake.wait(seconds):
            self._wake.clear()
