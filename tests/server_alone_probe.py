"""Run by tests/server/test_server_alone.py in its own process: ``meeting-server serve`` where the
desktop app's packages cannot be imported (an import hook refuses them, as a machine without the
``app`` extra would), then health, sign-in and a snapshot over plain ``urllib``.

    python tests/server_alone_probe.py DB_URL PORT

Prints one JSON line: what the server answered, which modules it loaded, and which blocked imports
were attempted; then stops the server (SIGINT, as Ctrl-C would) and exits with serve's code.
"""

from __future__ import annotations

import importlib.abc
import json
import os
import signal
import sys
import threading
import time
import urllib.request

#: The desktop app's packages (the ``app`` extra) and Qt's binding helper.
BLOCKED = {"PySide6", "shiboken6", "keyring", "requests", "sseclient"}
#: Loaded only by what a start does not need: schedule parsers, PostgreSQL, the OpenAPI models.
HEAVY = (
    "icalendar", "defusedxml", "psycopg", "psycopg_pool", "websockets",
    "companion.server.command_schema", "companion.interchange.frab_xml",
    "companion.interchange.ical_schedule", "companion.interchange.ical_export",
)
attempted: list[str] = []


class RefuseDesktopPackages(importlib.abc.MetaPathFinder):
    """As if the package were not installed: ModuleNotFoundError, and the attempt is recorded."""

    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] in BLOCKED:
            attempted.append(name)
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)", name=name)
        return None


def call(url: str, body: dict | None = None, token: str | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read())


def probe(base: str) -> None:
    """Wait for health, sign in as the chair, fetch the snapshot; report; stop the server."""
    deadline = time.monotonic() + 60
    report: dict = {}
    try:
        while "health" not in report:
            try:
                report["health"] = call(f"{base}/api/v1/health")
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)  # not listening yet: the start is what is being waited for
        signed = call(f"{base}/api/v1/session", {"meeting": "wipo-conv-12", "code": "demo-chair"})
        snapshot = call(f"{base}/api/v1/meetings/wipo-conv-12", token=signed["token"])
        report["snapshot_meeting"] = snapshot["meeting"]["id"]
    except Exception as exc:  # the parent asserts on the report, so say what went wrong
        report["error"] = repr(exc)
    report["blocked_attempts"] = list(attempted)
    report["heavy_loaded"] = sorted(name for name in HEAVY if name in sys.modules)
    try:
        import PySide6  # noqa: F401  (the hook must refuse it: else this test proves nothing)
    except ModuleNotFoundError:
        report["qt_refused"] = True
    print(json.dumps(report), flush=True)
    os.kill(os.getpid(), signal.SIGINT)


def main() -> int:
    db_url, port = sys.argv[1], sys.argv[2]
    sys.meta_path.insert(0, RefuseDesktopPackages())
    from companion.server.cli import main as serve

    threading.Thread(target=probe, args=(f"http://127.0.0.1:{port}",), daemon=True).start()
    return serve(["serve", "--db", db_url, "--port", port, "--quiet"])


if __name__ == "__main__":
    sys.exit(main())
