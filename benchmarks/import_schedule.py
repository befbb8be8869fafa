"""How long importing a 1,000+-event frab schedule takes, parse to durable commit.

    python benchmarks/import_schedule.py [--events 1200] [--runs 5] [--json]

Each run imports into a fresh copy of the bundled meeting in SQLite (WAL, synchronous=FULL) through
the same code as ``meeting-server import-schedule``: parse with defusedxml, plan against the state,
decide the events, append them in one transaction. A second import of a changed file (every tenth
event moved) measures the update path.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402

from companion.interchange import read_schedule  # noqa: E402
from companion.server.registry import seed_demo  # noqa: E402
from companion.server.schedule_import import import_schedule  # noqa: E402
from companion.server.store_factory import open_storage  # noqa: E402

ROOMS = ["Conference Hall", "Room A", "Room B", "Room C", "Room D"]


def frab_xml(count: int, shift_every: int = 0) -> bytes:
    """A frab schedule of *count* 15-minute events over the meeting's two days in five rooms."""
    days = [date(2025, 10, 28), date(2025, 10, 29)]
    per_room_day = -(-count // (len(days) * len(ROOMS)))
    parts = ['<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>Bench</title>'
             "<time_zone_name>Europe/Zurich</time_zone_name></conference>"]
    n = 0
    for d, day in enumerate(days, start=1):
        parts.append(f'<day index="{d}" date="{day}">')
        for room in ROOMS:
            parts.append(f'<room name="{room}">')
            for slot in range(per_room_day):
                if n == count:
                    break
                minutes = 8 * 60 + slot * 3 + (30 if shift_every and n % shift_every == 0 else 0)
                start = f"{day}T{minutes // 60:02d}:{minutes % 60:02d}:00+01:00"
                parts.append(
                    f'<event guid="bench-{n}" id="{n}"><date>{start}</date><duration>00:15</duration>'
                    f"<title>Session {n}</title><type>talk</type><abstract>About topic {n}.</abstract>"
                    f"<persons><person>Speaker {n}</person></persons></event>"
                )
                n += 1
            parts.append("</room>")
        parts.append("</day>")
    parts.append("</schedule>")
    return "".join(parts).encode()


def one_run(first: bytes, second: bytes) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        storage = open_storage(f"sqlite:///{Path(folder) / 'bench.db'}")
        seed_demo(storage)
        t0 = time.perf_counter()
        read_schedule(first, "Europe/Zurich")
        parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        import_schedule(storage, "wipo-conv-12", first)
        fresh = time.perf_counter() - t0
        t0 = time.perf_counter()
        import_schedule(storage, "wipo-conv-12", second)
        update = time.perf_counter() - t0
        storage.close()
    return parse, fresh, update


def run(count: int, runs: int) -> dict:
    first, second = frab_xml(count), frab_xml(count, shift_every=10)
    timings = [one_run(first, second) for _ in range(runs)]
    tracemalloc.start()
    one_run(first, second)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "events": count,
        "file_kb": len(first) // 1024,
        "runs": runs,
        **{f"parse_{k}": v for k, v in summary_ms([t[0] for t in timings]).items()},
        **{f"import_{k}": v for k, v in summary_ms([t[1] for t in timings]).items()},
        **{f"reimport_{k}": v for k, v in summary_ms([t[2] for t in timings]).items()},
        "peak_memory_mb": round(peak / 2**20, 1),
        "target_ms": 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(run(args.events, args.runs), args.json)


if __name__ == "__main__":
    main()
