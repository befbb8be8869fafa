"""Connections with a bounded kernel send buffer, and a way to write a stream's events at once.

Linux grows a socket's send buffer up to megabytes on a fast link. A stream resuming far back then
pushes megabytes into the kernel at once — per stream, so a hundred such streams cost hundreds of
MB and keep the event loop writing while the chair waits. A fixed send buffer keeps each
connection's in-flight data small; the backlog then goes out as the client reads it.

An event reaching 5,000 open streams through ASGI costs each stream a task wake-up and a chain of
``send`` coroutines, twice the socket write itself (py-spy). Each request's scope therefore carries
``WRITE_NOW``: a plain function that writes a body chunk of the started, chunked response straight
to the connection when it takes it without waiting (as uvicorn's own ``send`` would), and answers
False otherwise (flow control paused, client gone, response not streaming): the caller then goes
through ``send``, which waits. Only the event streams use it (room.Subscriber.offer_all).
"""

from __future__ import annotations

import contextlib
import socket
from functools import partial

try:  # uvicorn's fast parser when installed (as "auto" would pick), else its pure-Python one
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Protocol
except ImportError:  # pragma: no cover
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Protocol

#: Bytes of kernel send buffer per connection (Linux doubles it for bookkeeping).
SEND_BUFFER_BYTES = 64 * 1024
#: The scope extension holding a request's write-at-once function (absent: use ``send``).
WRITE_NOW = "companion.write_now"


class BoundedSendBuffer(_Protocol):
    """uvicorn's HTTP protocol, with SO_SNDBUF fixed on each accepted connection and ``WRITE_NOW``
    in each request's scope (httptools only; the h11 fallback streams through ``send``)."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
        super().connection_made(transport)

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        cycle = getattr(self, "cycle", None)
        if cycle is not None and cycle.scope is self.scope:  # not an upgrade (the scope is this request's)
            self.scope.setdefault("extensions", {})[WRITE_NOW] = partial(_write_now, cycle)


def _write_now(cycle, body: bytes) -> bool:
    """*body* as the next chunk of *cycle*'s response, if the connection takes it without waiting."""
    if cycle.flow.write_paused or cycle.disconnected or cycle.response_complete or not cycle.chunked_encoding:
        return False
    try:
        cycle.transport.write(b"%x\r\n%b\r\n" % (len(body), body))
    except Exception:  # one broken connection must not stop the fan-out: its stream's send reports it
        return False
    return True
