"""``meeting-server serve`` as a real separate process, for the replica and other-writer tests."""

from __future__ import annotations

import subprocess
import sys
import time

import requests
from live_server import free_port


class ServeProcess:
    """One ``serve`` process on a database URL; ``kill`` is kill -9."""

    def __init__(self, db_url: str, *extra: str, open_files: int | None = None) -> None:
        """*open_files*: the process's open-file limit (soft and hard), else this one's."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "companion.server", "serve", "--db", db_url]
        self.proc = subprocess.Popen(
            [*command, "--port", str(self.port), "--quiet", "--keepalive", "1", *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=(lambda: _limit_open_files(open_files)) if open_files else None,
        )

    def wait_ready(self, timeout: float = 60.0) -> ServeProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"serve exited {self.proc.returncode}: {self.proc.stderr.read().decode()}")
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("serve did not become ready")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc.stderr.close()


def _limit_open_files(n: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_NOFILE, (n, n))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """A ``meeting-server`` console command; it must never print a traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def next_event_of_type(stream, kind: str, limit: float = 5.0) -> tuple[dict, float]:
    """The next log event of this type on an open stream, and when it came (monotonic)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        (event,) = stream.events(1)
        if event["type"] == kind:
            return event, time.monotonic()
    raise AssertionError(f"no {kind} event within {limit} s")


def eventually(check, within: float = 1.0):
    """Ask *check* until it returns something true, for at most *within* seconds; returns it."""
    deadline = time.monotonic() + within
    while not (result := check()):
        assert time.monotonic() < deadline, "not within the time allowed"
        time.sleep(0.02)
    return result
