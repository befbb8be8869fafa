"""Bounds on the connections themselves: how many, how long a request may take to arrive, how big.

Below the ASGI app, nothing stopped a client from opening connections and sending nothing (or a
byte every 30 s, or a 100 MB header): about 20,000 of them used every file descriptor, and every
legitimate request was then reset. uvicorn has no header deadline, no header size limit and no cap
per address, so the protocol (send_buffer.py) asks this guard at each step of a connection:

- **a cap per client address** (``per_address``): a new connection over it first ends that
  address's oldest connection still *waiting* for its request, else it is refused (503
  ``too_many_connections``). An address's own idle connections make room for its new ones, so a
  venue's NAT is not locked out by one of its machines holding idle sockets;
- **a cap in total** (``total``, below the process's open-file limit): a new connection over it
  ends the oldest waiting connection of any address, so a flood of idle or half-sent connections
  never starves the accept loop (which then could not take anyone's connection at all);
- **deadlines**: the request line and headers must arrive within ``header_timeout`` seconds of
  the connection (or of the previous answer on a kept-alive one), the body within
  ``body_timeout`` seconds of the headers; else the connection is closed (408 when nothing was
  answered yet);
- **a header size limit** (``header_bytes``, request line included): more is answered 431.

"Waiting" means reading a request, not yet answering it: an open event stream or a command being
decided is never ended to make room. Legitimate clients send a whole request within milliseconds,
so the oldest waiting connections are, under a flood, the flood's own.
"""

from __future__ import annotations

import ipaddress
import json
from collections import OrderedDict
from dataclasses import dataclass

#: Where end-of-headers may straddle two reads: the last bytes of the previous read are kept.
_END_OF_HEADERS = b"\r\n\r\n"


@dataclass(frozen=True)
class ConnectionLimits:
    """The limits, as ``serve`` sets them (serve_options.py); 0 means no cap for the two caps."""

    per_address: int = 4000
    total: int = 0
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    header_bytes: int = 32 * 1024
    #: Addresses (CIDRs) exempt from the per-address cap: the proxies in front, whose connections
    #: carry every client's requests.
    exempt: str = ""


def _networks(spec: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    networks = []
    for part in (p.strip() for p in spec.split(",")):
        if part and part != "*":
            networks.append(ipaddress.ip_network(part, strict=False))
    return networks


class ConnectionGuard:
    """The connections of one server: counted by address, the waiting ones in order of age."""

    def __init__(self, limits: ConnectionLimits) -> None:
        self.limits = limits
        self._exempt = _networks(limits.exempt)
        self._exempt_all = "*" in limits.exempt.split(",")
        self.by_address: dict[str, int] = {}
        #: Connections reading a request, oldest first: all of them, and per address.
        self._waiting: OrderedDict[object, str] = OrderedDict()
        self._waiting_of: dict[str, OrderedDict[object, None]] = {}
        self.open = 0
        #: Counters for logs and benchmarks: refused, evicted, timed out, too large.
        self.refused = self.evicted = self.timed_out = self.too_large = 0

    def exempt(self, address: str) -> bool:
        if self._exempt_all:
            return True
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self._exempt)

    def admit(self, conn: object, address: str) -> bool:
        """Count a new connection in, making room by ending waiting ones; False: refuse it."""
        limits = self.limits
        full = limits.per_address and self.by_address.get(address, 0) >= limits.per_address
        if full and not self.exempt(address) and not self._evict(self._waiting_of.get(address)):
            self.refused += 1
            return False
        if limits.total and self.open >= limits.total and not self._evict(self._waiting):
            self.refused += 1
            return False
        self.by_address[address] = self.by_address.get(address, 0) + 1
        self.open += 1
        self.waiting(conn, address)
        return True

    def waiting(self, conn: object, address: str) -> None:
        """*conn* is reading a request (again): it may be ended to make room, oldest first."""
        self._waiting[conn] = address
        self._waiting.move_to_end(conn)
        self._waiting_of.setdefault(address, OrderedDict())[conn] = None

    def answering(self, conn: object) -> None:
        """*conn*'s request arrived: it is not ended to make room while it is answered."""
        address = self._waiting.pop(conn, None)
        if address is not None:
            mine = self._waiting_of.get(address)
            if mine is not None:
                mine.pop(conn, None)
                if not mine:
                    del self._waiting_of[address]

    def left(self, conn: object, address: str) -> None:
        """*conn* closed."""
        self.answering(conn)
        count = self.by_address.get(address, 0) - 1
        if count > 0:
            self.by_address[address] = count
        else:
            self.by_address.pop(address, None)
        self.open -= 1

    def _evict(self, waiting) -> bool:
        if not waiting:
            return False
        oldest = next(iter(waiting))
        self.answering(oldest)  # before closing: a second admit in the same turn picks the next one
        self.evicted += 1
        oldest.evict()
        return True


class HeaderSize:
    """Counts the bytes of one request's line and headers as they arrive, before parsing.

    The parser keeps an unfinished header in memory however long it grows (ten 100 MB headers took
    1 GB); counted here, the connection is answered 431 before the parser sees too much.
    """

    __slots__ = ("limit", "seen", "tail")

    def __init__(self, limit: int) -> None:
        self.limit, self.seen, self.tail = limit, 0, b""

    def reset(self) -> None:
        self.seen, self.tail = 0, b""

    def too_large(self, data: bytes) -> bool:
        """True when the headers, with *data*, pass the limit before they end."""
        window = self.tail + data
        end = window.find(_END_OF_HEADERS)
        if end >= 0:
            return self.seen - len(self.tail) + end + len(_END_OF_HEADERS) > self.limit
        self.seen += len(data)
        self.tail = window[-3:]
        return self.seen > self.limit


def raw_error(status: int, reason: str, code: str, message: str, retry_after: int | None = None) -> bytes:
    """A whole HTTP/1.1 error answer, written by the protocol itself before any request is routed."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    head = [
        f"HTTP/1.1 {status} {reason}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        "connection: close",
    ]
    if retry_after is not None:
        head.append(f"retry-after: {retry_after}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


TOO_MANY = raw_error(
    503, "Service Unavailable", "too_many_connections",
    "Too many open connections from your address; try again shortly.", retry_after=2,
)
HEADERS_TOO_LARGE = raw_error(
    431, "Request Header Fields Too Large", "headers_too_large", "The request's headers are too large."
)
TOO_SLOW = raw_error(408, "Request Timeout", "request_timeout", "The request did not arrive in time.")
