"""Where the machine's one embedded server is recorded: files in the user data dir.

``embedded-server.json``  {"pid", "port", "url"} of the running server, written by the app that
                          started it, removed by the server when it stops.
``embedded-server.users`` every app using the server holds it shared; the server stops once no
                          app does.
``embedded-server.launch`` held alone, briefly, while an app decides to start a server, so two
                          apps starting together never start two.
``embedded-server.db.lock`` held alone by the server process for its whole life: never two
                          servers on one database, whatever happens to the other files.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs


@dataclass(frozen=True)
class Place:
    """The files of one embedded-server installation (a folder)."""

    folder: Path

    @classmethod
    def default(cls) -> Place:
        return cls(Path(platformdirs.user_data_dir("meeting-companion", appauthor=False)))

    @property
    def db(self) -> Path:
        return self.folder / "embedded-server.db"

    @property
    def port_file(self) -> Path:
        return self.folder / "embedded-server.json"

    @property
    def users(self) -> Path:
        return self.folder / "embedded-server.users"

    @property
    def launch(self) -> Path:
        return self.folder / "embedded-server.launch"

    @property
    def db_lock(self) -> Path:
        return self.folder / "embedded-server.db.lock"

    @property
    def log(self) -> Path:
        return self.folder / "embedded-server.log"


@dataclass(frozen=True)
class Running:
    """A server recorded in the port file."""

    pid: int
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def read(place: Place) -> Running | None:
    """The recorded server if its process is still alive, else None."""
    try:
        data = json.loads(place.port_file.read_text("utf-8"))
        running = Running(int(data["pid"]), int(data["port"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return running if alive(running.pid) else None


def write(place: Place, running: Running) -> None:
    """Record *running* atomically (a reader sees the old file or the new one, never half)."""
    place.folder.mkdir(parents=True, exist_ok=True)
    partial = place.port_file.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps({"pid": running.pid, "port": running.port, "url": running.url}), "utf-8")
    os.replace(partial, place.port_file)


def remove(place: Place, pid: int) -> None:
    """Forget the record if it is still *pid*'s."""
    try:
        if json.loads(place.port_file.read_text("utf-8")).get("pid") == pid:
            place.port_file.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def alive(pid: int) -> bool:
    """Whether process *pid* exists (a zombie, started by us and already ended, counts as gone)."""
    if sys.platform == "win32":  # untested: no Windows machine here
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):
        if Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
            return False
    return True
