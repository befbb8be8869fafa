"""The embedded server's own process: bundled meeting and demo personas, SQLite, loopback only.

Started by ``launcher.embedded`` as ``<app> --serve-embedded PORT [FD]`` (FD: the socket, already
listening, that the app chose the port with). It holds the database lock
for its whole life (a second one on the same database gives up), and stops on its own once no app
holds the users lock any more — so it outlives the app that started it while another still uses it.
"""

from __future__ import annotations

import os
import socket
import sys
import threading

from .instance import Place, remove
from .locks import FileLock

#: Seconds between "is any app still using me?" checks.
USERS_POLL = 1.0
#: Seconds to wait for a previous server on the same database to finish stopping.
DB_WAIT = 15.0


def serve(port: int, fd: int | None = None, place: Place | None = None) -> int:
    """Run until no app uses the server; returns the process exit code."""
    place = place or Place.default()
    db_lock = FileLock(place.db_lock)
    if not db_lock.exclusive(DB_WAIT):
        print(f"embedded server: another server holds {place.db}", file=sys.stderr)
        return 3
    import uvicorn

    from companion.server.api import create_app
    from companion.server.serving import MeetingServer
    from companion.server.settings import Settings

    settings = Settings(db_url=f"sqlite:///{place.db}", demo=True)
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=1
    )
    server = MeetingServer(config)
    users = FileLock(place.users)
    stop = threading.Event()

    def watch_users() -> None:
        while not stop.wait(USERS_POLL):
            if users.try_exclusive():  # no app holds it shared: nobody left to serve
                remove(place, os.getpid())  # before letting go, so a newcomer starts afresh
                server.should_exit = True
                return

    threading.Thread(target=watch_users, name="users-watch", daemon=True).start()
    sockets = [socket.socket(fileno=fd)] if fd is not None else None
    try:
        server.run(sockets=sockets)
    finally:
        stop.set()
        remove(place, os.getpid())
    return 0 if server.started else 4
