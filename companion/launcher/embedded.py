"""Find the machine's embedded server, or start it in its own process, without waiting for it.

The window opens with the cached meeting while the server process starts in parallel: the URL
is fixed before the server answers (same port every run when free, so the stored sign-in and the
cache, both keyed by URL, are found again), and the client's reconnect loop picks it up.
"""

from __future__ import annotations

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
        """Block until the server accepts connections (for a sign-in, which needs it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                probe.settimeout(0.5)
                if probe.connect_ex(("127.0.0.1", self.running.port)) == 0:
                    return True
            if not instance.alive(self.running.pid):
                return False
            time.sleep(0.03)
        return False


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
        port = free_port(PREFERRED_PORT)
        child = spawn(port, place)
        running = Running(child.pid, port)
        instance.write(place, running)
        return Embedded(running, True, users)
    finally:
        launch.release()
        launch.close()


def spawn(port: int, place: Place) -> subprocess.Popen:
    """Start the server process, detached from the terminal's Ctrl-C (another app may use it)."""
    place.folder.mkdir(parents=True, exist_ok=True)
    log = open(place.log, "ab")  # noqa: SIM115 (handed to the child, closed below)
    extra = (
        {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
        if sys.platform == "win32"
        else {"start_new_session": True}
    )
    try:
        return subprocess.Popen(
            [*self_command(), "--serve-embedded", str(port)],
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


def free_port(preferred: int = 0) -> int:
    """*preferred* if it is free on 127.0.0.1, else any free port."""
    for port in dict.fromkeys((preferred, 0)):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")
