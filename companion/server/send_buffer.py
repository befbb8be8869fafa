"""Connections with a bounded kernel send buffer.

Linux grows a socket's send buffer up to megabytes on a fast link. A stream resuming far back then
pushes megabytes into the kernel at once — per stream, so a hundred such streams cost hundreds of
MB and keep the event loop writing while the chair waits. A fixed send buffer keeps each
connection's in-flight data small; the backlog then goes out as the client reads it.
"""

from __future__ import annotations

import contextlib
import socket

try:  # uvicorn's fast parser when installed (as "auto" would pick), else its pure-Python one
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Protocol
except ImportError:  # pragma: no cover
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Protocol

#: Bytes of kernel send buffer per connection (Linux doubles it for bookkeeping).
SEND_BUFFER_BYTES = 64 * 1024


class BoundedSendBuffer(_Protocol):
    """uvicorn's HTTP protocol, with SO_SNDBUF fixed on each accepted connection."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
        super().connection_made(transport)
