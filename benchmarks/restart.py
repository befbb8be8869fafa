"""Restart time: how long until a server on a long log is ready, beside one on a near-empty log.

    python benchmarks/restart.py [--events 100000] [--json]

For each store (a SQLite file; a PostgreSQL database made for the run on 127.0.0.1:5432 and
dropped afterwards) the demo meeting is loaded and then grown by N channel choices written straight
into the log. ``meeting-server serve`` is started three times: on the near-empty log (imports,
start-up), on the long log with no checkpoint (the whole log replayed), and again after a clean
stop (which leaves a checkpoint: only the tail is replayed). Beside them, the floor: a bare FastAPI
app on uvicorn answering the same three requests (benchmarks/floor_fastapi.py). Ready = health
answers 200 and the chair's snapshot has been served; the time runs from starting the process (the
best of two runs, except the replay, which happens once).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_output import emit  # noqa: E402
from loadgen import MEETING, scratch_database  # noqa: E402

from companion.server.registry import seed_demo  # noqa: E402
from companion.server.sse import dumps  # noqa: E402
from companion.server.stores import open_storage  # noqa: E402
from companion.server.threaded import free_port  # noqa: E402

CHANNELS = ("es", "fr")
FLOOR = str(ROOT / "benchmarks" / "floor_fastapi.py")


def grow(db_url: str, events: int) -> None:
    """Append *events* channel choices of one delegate (valid events the reducer applies)."""
    storage = open_storage(db_url)
    try:
        first = len(storage.events_after(MEETING, 0)) + 1
        for start in range(0, events, 5000):
            batch = [
                dumps({"seq": first + n, "type": "channel.chosen", "at": "2025-10-28T09:00:00Z",
                       "actor": "del-br", "data": {"participant_id": "del-br", "channel": CHANNELS[n % 2]}})
                for n in range(start, min(events, start + 5000))
            ]
            storage.append(MEETING, first + start, batch)
    finally:
        storage.close()


def ready_after(db_url: str | None) -> float:
    """Start serve (or, without a database, the bare FastAPI floor), wait for health and a
    snapshot; seconds from launch. Stops it cleanly."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = ["-m", "companion.server", "serve", "--quiet", "--db", db_url] if db_url else [FLOOR]
    launched = time.monotonic()
    proc = subprocess.Popen([sys.executable, *server, "--port", str(port)], cwd=ROOT,
                            stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.01)
            if time.monotonic() - launched > 120:
                raise RuntimeError("serve did not start")
        http = requests.Session()
        code = {"meeting": MEETING, "code": "demo-chair"}
        signed = http.post(f"{url}/api/v1/session", json=code, timeout=10)
        http.headers["Authorization"] = f"Bearer {signed.json()['token']}"
        http.get(f"{url}/api/v1/meetings/{MEETING}", timeout=30).raise_for_status()
        return time.monotonic() - launched
    finally:
        proc.terminate()
        proc.wait(30)


def measure(store: str, db_url: str, events: int) -> dict:
    storage = open_storage(db_url)
    seed_demo(storage)
    storage.close()
    floor = min(ready_after(None) for _ in range(2))
    empty = min(ready_after(db_url) for _ in range(2))
    grow(db_url, events)
    replayed = ready_after(db_url)  # no checkpoint yet: the whole log
    checkpointed = min(ready_after(db_url) for _ in range(2))  # the clean stop before left one
    return {
        "store": store, "events": events, "bare FastAPI floor s": round(floor, 2),
        "near-empty log s": round(empty, 2),
        "whole log replayed s": round(replayed, 2), "from checkpoint s": round(checkpointed, 2),
        "later than near-empty s": round(checkpointed - empty, 2), "target": "≤ 0.5 s later",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        rows.append(measure("SQLite", f"sqlite:///{Path(folder) / 'restart.db'}", args.events))
    with scratch_database() as url:
        rows.append(measure("PostgreSQL", url, args.events))
    emit(rows, args.json)


if __name__ == "__main__":
    main()
