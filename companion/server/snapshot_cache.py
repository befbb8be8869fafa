"""Snapshots on the wire: encoded once per sequence number and view, compressed once, with an ETag.

5,000 delegates opening the app at 09:55 ask for the same meeting at the same sequence number.
The role's view (``domain.shared_view``) is the same bytes for all of them: it is encoded to JSON
and gzip-compressed once, in a worker thread (the event loop keeps serving streams), and every
caller at that sequence number gets those bytes — compressed when they accept gzip — with an
``ETag`` naming the log, the sequence number and the view, so a caller that holds them gets 304.
A per-viewer snapshot (the whole state a viewer sees, the older route) gets the same headers and
compression, encoded per call.
"""

from __future__ import annotations

import asyncio
import gzip
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response

from .sse import dumps

#: Views kept per meeting: the latest sequence numbers of each view (a few views, two seqs each).
KEEP = 12
#: gzip level: 6 costs a third of 9's time for a few per cent more bytes.
GZIP_LEVEL = 6


@dataclass(frozen=True)
class Encoded:
    """One snapshot as sent, kept gzipped (a twentieth of its JSON), and its validator."""

    etag: str
    gzipped: bytes

    def body(self) -> bytes:
        """The JSON itself, for the rare caller that does not take gzip."""
        return gzip.decompress(self.gzipped)


def encode(plain: dict[str, Any], etag: str) -> Encoded:
    """Compact UTF-8 JSON, gzipped (``mtime=0``: the same bytes every time)."""
    return Encoded(etag, gzip.compress(dumps(plain).encode(), GZIP_LEVEL, mtime=0))


def etag_of(epoch: str, seq: int, view: str) -> str:
    """Weak: the same snapshot whatever its content coding."""
    return f'W/"{epoch or "none"}-{seq}-{view}"'


class SnapshotCache:
    """The encoded views of one meeting; callers asking at once for one key share one encoding."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._done: OrderedDict[tuple, Encoded] = OrderedDict()
        self._pending: dict[tuple, asyncio.Future] = {}
        self.encodings = 0  # how many times a view was encoded (the benchmark and tests read it)

    async def get(self, key: tuple, etag: str, make: Callable[[], dict[str, Any]]) -> Encoded:
        """The encoded snapshot for *key*, made with *make* (in a thread) if nobody has yet."""
        found = self._done.get(key)
        if found is not None:
            self._done.move_to_end(key)
            return found
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            encoded = await asyncio.to_thread(lambda: encode(make(), etag))
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: only the callers waiting on it raise
            raise
        finally:
            del self._pending[key]
        self.encodings += 1
        self._done[key] = encoded
        while len(self._done) > self.keep:
            self._done.popitem(last=False)
        future.set_result(encoded)
        return encoded


_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def cache_of(room: object) -> SnapshotCache:
    """The cache of a meeting's room (it goes with the room)."""
    cache = _CACHES.get(room)
    if cache is None:
        cache = _CACHES[room] = SnapshotCache()
    return cache


def not_modified(request: Request, etag: str) -> Response | None:
    """304 when the caller already holds *etag* (``If-None-Match``, weak comparison), else None."""
    held = request.headers.get("if-none-match", "")
    tags = {t.strip().removeprefix("W/") for t in held.split(",")}
    if "*" in tags or etag.removeprefix("W/") in tags:
        return Response(status_code=304, headers=_headers(etag))
    return None


def send(request: Request, encoded: Encoded) -> Response:
    """The snapshot, gzip-compressed when the caller accepts it, or 304 when it holds it."""
    unchanged = not_modified(request, encoded.etag)
    if unchanged is not None:
        return unchanged
    headers = _headers(encoded.etag)
    if accepts_gzip(request.headers.get("accept-encoding", "")):
        headers["Content-Encoding"] = "gzip"
        return Response(encoded.gzipped, media_type="application/json", headers=headers)
    return Response(encoded.body(), media_type="application/json", headers=headers)


def _headers(etag: str) -> dict[str, str]:
    # private: a snapshot is the caller's view; no-cache: keep it, but ask (If-None-Match) each time
    return {"ETag": etag, "Vary": "Accept-Encoding", "Cache-Control": "private, no-cache"}


def accepts_gzip(header: str) -> bool:
    """True when ``Accept-Encoding`` takes gzip (or ``*``) with a q-value above zero."""
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().removeprefix("q=").strip() if params.strip().startswith("q=") else "1"
            try:
                return float(q) > 0
            except ValueError:
                return False
    return False
