"""Two app processes on one machine share one embedded server, which outlives the first of them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


class App:
    """``python main.py`` in its own process, offscreen, its stderr and stdout read as they come."""

    def __init__(self, env: dict, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "main.py", *args],
            cwd=ROOT,
            env={**env, "MEETING_COMPANION_PROBE": "120"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.shown = threading.Event()
        self.server_line = ""
        self.server_known = threading.Event()
        threading.Thread(target=self._read_out, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()

    def _read_out(self) -> None:
        for line in self.proc.stdout:
            if line.startswith("shown"):
                self.shown.set()

    def _read_err(self) -> None:
        for line in self.proc.stderr:
            if line.startswith("embedded server:"):
                self.server_line = line.strip()
                self.server_known.set()

    def wait_shown(self) -> None:
        assert self.shown.wait(60), f"the app did not show the agenda (exit code {self.proc.poll()})"
        assert self.server_known.wait(5), "the launcher did not say which server it uses"

    def end(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(10)


def our_server_processes(data_home: Path) -> list[int]:
    """Embedded-server processes of this test's user data dir (other tests' are not ours)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"--serve-embedded" in cmdline and f"XDG_DATA_HOME={data_home}".encode() in environ:
            found.append(int(proc.name))
    return found


def wait_until(predicate, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc to count servers")
def test_two_apps_started_together_share_one_server_that_outlives_the_first(app_env, tmp_path):
    data_home = tmp_path / "data"
    port_file = data_home / "meeting-companion" / "embedded-server.json"
    apps = [App(app_env, "--code", "demo-kenya", "--profile", "a"), App(app_env, "--code", "demo-brazil", "--profile", "b")]
    try:
        for app in apps:
            app.wait_shown()
        lines = sorted(app.server_line.split()[2] for app in apps)
        assert lines == ["shared", "started"], [app.server_line for app in apps]
        assert apps[0].server_line.split()[-1] == apps[1].server_line.split()[-1]  # same URL
        servers = our_server_processes(data_home)
        assert len(servers) == 1
        recorded = json.loads(port_file.read_text())
        assert recorded["pid"] == servers[0]
        starter = next(app for app in apps if " started " in app.server_line)
        other = next(app for app in apps if app is not starter)
        starter.end()
        # The app still open keeps the server: it answers, and it is the same process.
        assert requests.get(f"{recorded['url']}/openapi.json", timeout=5).status_code == 200
        assert our_server_processes(data_home) == servers and other.proc.poll() is None
        other.end()
        wait_until(lambda: not our_server_processes(data_home), "the server to stop with its last app")
        assert not port_file.exists()
    finally:
        for app in apps:
            app.end()
        for pid in our_server_processes(data_home):
            os.kill(pid, signal.SIGTERM)


def test_the_interface_never_imports_the_server():
    code = (
        "import sys, companion.ui.app, companion.ui.main_window;"
        "bad = sorted(m for m in sys.modules if m.startswith(('companion.server', 'uvicorn', 'fastapi')));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for path in (ROOT / "companion" / "ui").rglob("*.py"):
        assert "companion.server" not in path.read_text("utf-8"), path
