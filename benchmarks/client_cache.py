"""The app's cache at real size: the whole state written, one event appended, a cached start's read.

    python benchmarks/client_cache.py [--events 1000] [--json]

The chair's snapshot of a meeting of real size (5,000 participants, 1,000 items, 200 waiting on
the live item; the server of ``real_size_meeting.py``), then *events* reorders made by the domain
as the server would. The app appends each event to the cache's log and writes the whole state only
at a snapshot, at stop and after ``REWRITE_AFTER`` events; a start reads the state and replays the
log. The floor: ``json.loads`` of the same ``state.json`` alone, in the same run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from import_schedule import frab_xml  # noqa: E402
from real_size_meeting import MEETING, MeetingServer, fill  # noqa: E402

from companion.client.replica import REWRITE_AFTER  # noqa: E402
from companion.client.state_cache import StateCache  # noqa: E402
from companion.domain import execute  # noqa: E402
from companion.domain.snapshot import state_from_plain  # noqa: E402


def real_size_snapshot() -> tuple[dict, list[str]]:
    server = MeetingServer(participants=5000)
    try:
        _, waiting = fill(server, frab_xml(1000), 200)
        snapshot = server.session("demo-chair").get(f"{server.url}/api/v1/meetings/{MEETING}", timeout=60)
        return snapshot.json(), waiting
    finally:
        server.stop()


def reorders(state, waiting: list[str], count: int) -> list[dict]:
    chair, now, out = state.participants["chair"], datetime.now(UTC), []
    for n in range(count):
        command = {"type": "floor.move", "request_id": waiting[-1 - n % 50], "position": n % 20}
        state, events = execute(state, command, chair, now + timedelta(seconds=n))
        out += [json.loads(json.dumps(e.envelope())) for e in events]
    return out


def timed(action, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def run(count: int) -> dict:
    snapshot, waiting = real_size_snapshot()
    state = state_from_plain(snapshot)
    events = reorders(state, waiting, count)
    with tempfile.TemporaryDirectory() as folder:
        cache = StateCache(Path(folder))
        saved_at = datetime.now(UTC)
        whole = timed(lambda: cache.save(state, snapshot["epoch"], "chair", saved_at), 5)
        floor = timed(lambda: json.loads(cache.path.read_text(encoding="utf-8")), 5)
        load_empty = timed(cache.load, 5)
        appends = [timed(lambda e=e: cache.append([e], snapshot["epoch"], saved_at), 1)[0] for e in events]
        loaded = cache.load()
        assert loaded is not None and loaded.replayed == len(events), "the log did not replay"
        load_full = timed(cache.load, 5)
        return {
            "state_json_bytes": cache.path.stat().st_size,
            "events_in_log": len(events),
            "log_bytes": cache.log_path.stat().st_size,
            "rewrite_after_events": REWRITE_AFTER,
            "floor: json.loads(state.json) ms": summary_ms(floor)["median_ms"],
            "whole state written ms (median of 5)": summary_ms(whole)["median_ms"],
            "one event appended ms (median / p99 / max)": " / ".join(
                str(v) for v in summary_ms(appends).values()
            ),
            "cached start's read, empty log ms": summary_ms(load_empty)["median_ms"],
            f"cached start's read, {len(events)} events in the log ms": summary_ms(load_full)["median_ms"],
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=REWRITE_AFTER)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(run(args.events), args.json)


if __name__ == "__main__":
    main()
