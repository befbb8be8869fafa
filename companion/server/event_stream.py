"""The response of ``GET …/events``: a hand-written ASGI response for the one long-lived route.

Starlette's StreamingResponse runs a task group and an async generator per stream; with thousands
of streams those layers cost more than the write itself. Here each stream is one loop: take what is
queued, write it in one chunk; a second small task only listens for the client going away.
"""

from __future__ import annotations

import asyncio
import contextlib

from starlette.responses import Response

from .room import MeetingRoom, Subscriber

#: When events come thick and fast, how long a stream waits after one for more: a socket write
#: (a system call per stream) then carries them all. Quiet meetings write at once.
LINGER_S = 0.015

HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


class EventStreamResponse(Response):
    def __init__(self, room: MeetingRoom, sub: Subscriber, first: bytes) -> None:
        self.room, self.sub, self.first = room, sub, first
        self.background = None

    async def __call__(self, scope, receive, send) -> None:
        watcher = asyncio.ensure_future(self._watch_disconnect(receive))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
            await send({"type": "http.response.body", "body": self.first, "more_body": True})
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
            self.room.unsubscribe(self.sub)
            watcher.cancel()

    async def _watch_disconnect(self, receive) -> None:
        with contextlib.suppress(asyncio.CancelledError):
            while (await receive())["type"] != "http.disconnect":
                pass
            self.sub.close()
