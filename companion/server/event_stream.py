"""The response of ``GET …/events``: a hand-written ASGI response for the one long-lived route.

Starlette's StreamingResponse runs a task group and an async generator per stream; with thousands
of streams those layers cost more than the write itself. Here each stream is one loop: take what is
queued, write it in one chunk; a second small task only listens for the client going away. While
the loop sleeps, live events are written by the fan-out itself where the connection allows
(``Subscriber.write_now``); the loop then wakes only for a connection that must wait.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from starlette.responses import Response

from .room import MeetingRoom, Subscriber
from .send_buffer import WRITE_NOW

#: When events come thick and fast, how long a stream waits after one for more: a socket write
#: (a system call per stream) then carries them all. Quiet meetings write at once.
LINGER_S = 0.015
#: A resuming stream's backlog goes out in writes of about this size.
BACKLOG_CHUNK_BYTES = 64 * 1024

HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


class EventStreamResponse(Response):
    """One event stream. With ``after``, the backlog is read from the room's log in chunks of about
    BACKLOG_CHUNK_BYTES as the client takes them (the socket's flow control paces the loop), and the
    stream joins the live fan-out only once it has caught up: a slow client resuming from 0 holds
    one chunk, not the whole log. ``on_close`` runs when the stream ends, however it ends.
    """

    def __init__(
        self,
        room: MeetingRoom,
        sub: Subscriber,
        first: bytes,
        after: int | None = None,
        on_close: Callable[[Subscriber], None] | None = None,
    ) -> None:
        self.room, self.sub, self.first = room, sub, first
        self.after, self.on_close = after, on_close
        self.background = None

    async def __call__(self, scope, receive, send) -> None:
        watcher = asyncio.ensure_future(self._watch_disconnect(receive))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
            await send({"type": "http.response.body", "body": self.first, "more_body": True})
            # The live fan-out may write straight to the connection while this loop sleeps.
            self.sub.write_now = scope.get("extensions", {}).get(WRITE_NOW)
            if self.after is not None:
                await self._send_backlog(send)
            while (frames := await self.sub.take()) is not None:
                if self.room.busy:  # events are coming thick and fast: gather them into one write
                    await asyncio.sleep(LINGER_S)
                    frames += self.sub.frames
                    self.sub.frames = []
                await send({"type": "http.response.body", "body": b"".join(frames), "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:
            pass  # the client went away mid-write
        finally:
            self.sub.write_now = None
            self.room.unsubscribe(self.sub)
            watcher.cancel()
            if self.on_close:
                self.on_close(self.sub)

    async def _send_backlog(self, send) -> None:
        """Send the log after ``after`` chunk by chunk, then join the live fan-out without a gap."""
        log, viewer, cursor = self.room.log, self.sub.viewer, self.after
        while cursor < len(log) and not self.sub.closed:
            chunk, size = [], 0
            while cursor < len(log) and size < BACKLOG_CHUNK_BYTES:
                frame = log[cursor].frame_for(viewer)
                chunk.append(frame)
                size += len(frame)
                cursor += 1
            await send({"type": "http.response.body", "body": b"".join(chunk), "more_body": True})
            # The socket takes chunks without pausing until the kernel's buffers fill (megabytes on
            # a fast link): let commands and other streams run between chunks.
            await asyncio.sleep(0)
        # No await since the last look at the log: nothing can be appended in between.
        if not self.sub.closed:
            self.room.attach(self.sub)

    async def _watch_disconnect(self, receive) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            while (await receive())["type"] != "http.disconnect":
                pass
            self.sub.close()
