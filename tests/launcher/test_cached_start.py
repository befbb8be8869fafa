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


#: What the first paint of a cached meeting does without: the keychain, the network, the schedule
#: readers, the server, the translation compiler's process launcher. Each was once imported before
#: it (milliseconds to tens of ms, and MB, each).
NOT_BEFORE_FIRST_PAINT = {
    "keyring", "secretstorage", "jeepney", "cryptography", "requests", "urllib3", "ssl", "sseclient",
    "http", "icalendar", "dateutil", "charset_normalizer", "uvicorn", "fastapi", "starlette", "subprocess", "uuid",
}


def test_the_cached_meeting_is_painted_before_the_keychain_and_the_network_modules_load(server, app_env):
    run_app(app_env, 0.3, "--server", server.url, "--code", "demo-kenya")
    report = run_app(app_env, 2, "--server", server.url)  # stored session: cached start
    assert report["connection"] == "live" and report["page"] == "meeting"  # token found after the paint
    assert NOT_BEFORE_FIRST_PAINT.isdisjoint(report["modules_at_shown"]), report["modules_at_shown"]
    assert {"keyring", "requests", "sseclient"} <= set(report["modules_at_end"])  # they did load, later
    assert "charset_normalizer" not in report["modules_at_end"]  # never: the app has no use for it


def test_a_cached_meeting_without_a_stored_sign_in_turns_to_the_sign_in(server, app_env, tmp_path):
    run_app(app_env, 0.3, "--server", server.url, "--code", "demo-kenya")
    Path(app_env["TEST_KEYRING_FILE"]).write_text("{}")  # the keychain lost it (or never kept it)
    report = run_app(app_env, 1, "--server", server.url)
    assert report["agenda_items"] > 0  # the cached meeting was on screen first
    assert report["connection"] == "signed_out" and report["page"] == "sign_in"
