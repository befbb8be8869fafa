"""Find the machine's embedded server, or start it in its own process, without waiting for it.

The window opens with the cached meeting while the server process starts in parallel: the URL
is fixed before the server answers (same port every run when free, so the stored sign-in and the
cache, both keyed by URL, are found again), and the client's reconnect loop picks it up.
"""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

from . import instance
from .instance import Place, Running
from .locks import FileLock

#: Same address every run, so the stored sign-in (keyed by server URL) is found again.
PREFERRED_PORT = 8766


@dataclass
class Embedded:
    """The embedded server this app uses; ``started`` if this app launched it."""

    running: Running
    started: bool
    users_lock: FileLock

    @property
    def url(self) -> str:
        return self.running.url

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until the server answers (for a sign-in, which needs it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if _healthy(self.running.port):
                return True
            if not instance.alive(self.running.pid):
                return False
            time.sleep(0.05)
        return False


def _healthy(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        connection.request("GET", "/api/v1/health")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def use_or_start(place: Place | None = None) -> Embedded:
    """The running embedded server, or a new one being started; this app counts as its user."""
    place = place or Place.default()
    users = FileLock(place.users)
    users.shared()  # held for the app's whole life; taken first, so a server about to stop is seen
    launch = FileLock(place.launch)
    launch.exclusive(timeout=30.0)
    try:
        running = instance.read(place)
        if running is not None:
            return Embedded(running, False, users)
        listener = listening_socket(PREFERRED_PORT)
        port = listener.getsockname()[1]
        try:
            child = spawn(listener, place)
        finally:
            listener.close()  # the server process holds its own copy
        running = Running(child.pid, port)
        instance.write(place, running)
        return Embedded(running, True, users)
    finally:
        launch.release()
        launch.close()


def spawn(listener: socket.socket, place: Place) -> subprocess.Popen:
    """Start the server process on *listener*, detached from the terminal's Ctrl-C (another app
    may use it). The socket is handed over already listening: between choosing the port and the
    server's start no other program can take it, and connections wait in its backlog."""
    place.folder.mkdir(parents=True, exist_ok=True)
    log = open(place.log, "ab")  # noqa: SIM115 (handed to the child, closed below)
    port = str(listener.getsockname()[1])
    if sys.platform == "win32":  # no descriptor passing: the server binds the port itself (untested)
        listener.close()
        args, extra = [port], {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        fd = listener.fileno()
        args, extra = [port, str(fd)], {"start_new_session": True, "pass_fds": [fd]}
    try:
        return subprocess.Popen(
            [*self_command(), "--serve-embedded", *args],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            **extra,
        )
    finally:
        log.close()


def self_command() -> list[str]:
    """How to run this app again: the bundle's own executable, or Python with the launcher module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "companion.launcher"]


def listening_socket(preferred: int = 0) -> socket.socket:
    """A socket listening on 127.0.0.1: on *preferred* if it is free, else on any free port."""
    for port in dict.fromkeys((preferred, 0)):
        sock = socket.socket()
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            continue
        sock.listen(128)
        return sock
    raise RuntimeError("no free port on 127.0.0.1")
