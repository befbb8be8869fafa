"""A loopback TCP proxy that misbehaves on demand: a conference Wi-Fi, a hotel proxy, a bad link.

- ``cut_all()``: every open connection drops at once (the Wi-Fi blinked);
- ``freeze_all()``: open connections stay open but carry nothing more (a hung access point, a NAT
  that forgot them, a proxy that buffers) — nothing tells either end;
- ``cut_responses(match, after_bytes, times)``: the next *times* requests containing *match* are cut
  after that many bytes of their answer (0: the browser's ERR_EMPTY_RESPONSE);
- ``first_byte_delay``: seconds each new connection waits before the first byte of the answer
  passes (a slow first byte: a far server, a waking link).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class _Link:
    """One proxied connection and what is being done to it."""

    client: socket.socket
    upstream: socket.socket
    frozen: threading.Event = field(default_factory=threading.Event)
    #: Bytes of the answer still let through before the cut; None: no cut planned.
    budget: int | None = None
    delay: float = 0.0

    def close(self) -> None:
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()


class TcpProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._links: list[_Link] = []
        self._lock = threading.Lock()
        self._closed = False
        self._cuts: list[tuple[bytes, int]] = []  # planned cuts, in order: (request match, bytes let through)
        #: Seconds before the first byte of each new connection's answer passes.
        self.first_byte_delay = 0.0
        #: Requests whose answer was cut as planned (tests wait on this, not on time).
        self.cut_done = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            link = _Link(client, upstream, delay=self.first_byte_delay)
            with self._lock:
                self._links.append(link)
            threading.Thread(target=self._requests, args=(link,), daemon=True).start()
            threading.Thread(target=self._answers, args=(link,), daemon=True).start()

    def _requests(self, link: _Link) -> None:
        """Client to server; a request that matches a planned cut marks its connection."""
        try:
            while data := link.client.recv(65536):
                if link.frozen.is_set():
                    continue  # swallow: the connection stays open but silent
                self._plan(link, data)
                link.upstream.sendall(data)
        except OSError:
            pass
        finally:
            link.close()

    def _plan(self, link: _Link, request: bytes) -> None:
        with self._lock:
            for n, (match, after) in enumerate(self._cuts):
                if match in request:
                    link.budget = after
                    del self._cuts[n]
                    return

    def _answers(self, link: _Link) -> None:
        """Server to client: held back for the first byte's delay, cut where planned."""
        first = True
        try:
            while data := link.upstream.recv(65536):
                if first and link.delay:
                    time.sleep(link.delay)  # the fault itself, not a wait in a test
                first = False
                if link.frozen.is_set():
                    continue
                if link.budget is not None:
                    data, link.budget = data[: link.budget], max(0, link.budget - len(data))
                    if data:
                        link.client.sendall(data)
                    if link.budget == 0:
                        with self._lock:
                            self.cut_done += 1
                        return
                    continue
                link.client.sendall(data)
        except OSError:
            pass
        finally:
            link.close()

    def cut_responses(self, match: bytes, after_bytes: int = 0, times: int = 1) -> None:
        """Cut the answers of the next *times* requests that contain *match* after *after_bytes*."""
        with self._lock:
            self._cuts += [(match, after_bytes)] * times

    def heal(self) -> None:
        """The link is well again: no cut planned, no delay for new connections."""
        with self._lock:
            self._cuts.clear()
        self.first_byte_delay = 0.0

    def cut_all(self) -> None:
        """Drop every open connection at once (the Wi-Fi blinked)."""
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            link.close()

    def freeze_all(self) -> None:
        """Open connections stay open but carry nothing more (a dead NAT, a sleeping access point)."""
        with self._lock:
            for link in self._links:
                link.frozen.set()
            self._links = []

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut_all()
