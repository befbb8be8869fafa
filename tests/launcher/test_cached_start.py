"""A stored session opens on the cached meeting at once, and connects only after that."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(app_env: dict, watch: float, *args: str) -> dict:
    env = {**app_env, "MEETING_COMPANION_PROBE": str(watch)}
    done = subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert "shown" in lines, done.stdout + done.stderr[-2000:]
    return json.loads(next(line for line in lines if line.startswith("{")))


def test_cached_meeting_shows_with_the_server_down_then_connects_when_it_is_up(server, app_env):
    first = run_app(app_env, 0.5, "--server", server.url, "--code", "demo-kenya")
    assert first["agenda_items"] > 0
    server.stop()
    offline = run_app(app_env, 0.5, "--server", server.url)  # stored session, no server
    assert offline["agenda_items"] == first["agenda_items"]
    assert offline["connection"] in ("connecting", "reconnecting", "offline")
    server.start()
    live = run_app(app_env, 3, "--server", server.url)
    assert live["agenda_items"] == first["agenda_items"] and live["connection"] == "live"
