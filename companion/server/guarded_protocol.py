"""uvicorn's HTTP protocol with the connection guard's caps, deadlines and header limit.

Each step of a connection tells the guard (connection_guard.py) where it stands: counted in when
made, "waiting" while a request is being read (it may then be ended to make room), "answering"
once the request is in, counted out when lost. Two timers, one at a time: the headers' deadline
and the body's.
"""

from __future__ import annotations

import asyncio

from .connection_guard import (
    HEADERS_TOO_LARGE,
    TOO_MANY,
    TOO_SLOW,
    ConnectionGuard,
    ConnectionLimits,
    HeaderSize,
)
from .send_buffer import BoundedSendBuffer


class GuardedProtocol(BoundedSendBuffer):
    """One connection, kept within the guard's limits (the guard is set per server: ``guarded``)."""

    guard: ConnectionGuard

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._address = self.client[0] if self.client else ""
        self._size = HeaderSize(self.guard.limits.header_bytes)
        self._timer: asyncio.TimerHandle | None = None
        self._reading_headers = True
        self._message_done = False
        self._admitted = self.guard.admit(self, self._address)
        if not self._admitted:
            transport.write(TOO_MANY)
            transport.close()
            return
        self._arm(self.guard.limits.header_timeout)

    def connection_lost(self, exc) -> None:
        if getattr(self, "_admitted", False):
            self._admitted = False
            self._disarm()
            self.guard.left(self, self._address)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._reading_headers and self._size.too_large(data):
            self.guard.too_large += 1
            self._reading_headers = False
            self._refuse(HEADERS_TOO_LARGE)
            return
        super().data_received(data)

    # --- the parser's steps ---------------------------------------------------------

    def on_message_begin(self) -> None:
        self._message_done = False
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        self._reading_headers = False
        self._arm(self.guard.limits.body_timeout)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._message_done = True
        self._disarm()
        self.guard.answering(self)
        super().on_message_complete()
        cycle = self.cycle
        if cycle is not None and cycle.response_complete and not self.pipeline:
            self._next_request()  # answered before its body was read (a 413, a 401): read the next

    def on_response_complete(self) -> None:
        pipelined = bool(self.pipeline)
        super().on_response_complete()
        if self._message_done and not pipelined:
            self._next_request()

    # --- deadlines and making room ---------------------------------------------------

    def _next_request(self) -> None:
        if self.transport.is_closing() or not self._admitted:
            return
        self._reading_headers = True
        self._size.reset()
        self.guard.waiting(self, self._address)
        self._arm(self.guard.limits.header_timeout)

    def _arm(self, seconds: float) -> None:
        self._disarm()
        if seconds > 0:
            self._timer = self.loop.call_later(seconds, self._too_slow)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _too_slow(self) -> None:
        """The headers or the body did not arrive in time: 408 unless an answer has begun."""
        self._timer = None
        if self.transport.is_closing():
            return
        self.guard.timed_out += 1
        cycle = self.cycle
        started = cycle is not None and not self._reading_headers and cycle.response_started
        idle = self._reading_headers and self._size.seen == 0 and not self._size.tail
        self._refuse(None if started or idle else TOO_SLOW)

    def evict(self) -> None:
        """Ended by the guard to make room for a newer connection."""
        self._disarm()
        if not self.transport.is_closing():
            self.transport.close()

    def _refuse(self, answer: bytes | None) -> None:
        self._disarm()
        if answer:
            self.transport.write(answer)
        self.transport.close()


def guarded(limits: ConnectionLimits) -> type[GuardedProtocol]:
    """A protocol class with a guard of its own (one per server configuration)."""
    return type("GuardedProtocol", (GuardedProtocol,), {"guard": ConnectionGuard(limits)})
