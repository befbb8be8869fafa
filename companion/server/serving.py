"""uvicorn's server for the meeting: it ends the event streams as shutdown begins.

An event stream never ends on its own. Left to uvicorn, a shutdown waits out the graceful timeout
with every app still connected, then cancels each stream and logs a traceback per stream. Ended
first, each stream writes what it has queued and closes like any other response; the apps
reconnect and resume from their last event wherever the meeting is served next.
"""

from __future__ import annotations

import logging
import socket

import uvicorn

log = logging.getLogger(__name__)


class MeetingServer(uvicorn.Server):
    """``uvicorn.Server`` that closes the hub's event streams before waiting for connections."""

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()  # no new stream can open between the two steps
        hub = getattr(getattr(self.config.app, "state", None), "hub", None)  # set by the app's lifespan
        if hub is not None:
            ended = hub.streams.close_all()
            if ended:
                log.info("ended %d event stream(s) for shutdown", ended)
        await super().shutdown(sockets)
