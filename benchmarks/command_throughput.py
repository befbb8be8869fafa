"""Command throughput with 1,000 streams connected: how many commands per second one server accepts.

    python benchmarks/command_throughput.py [--streams 1000] [--postgres] [--json]

Every command is durable before it is answered (SQLite WAL, synchronous=FULL; or, with
``--postgres``, a PostgreSQL database made for the run, committed as PostgreSQL commits) and its
event fans out to every stream. Two runs: senders as fast as they are answered (throughput), then 100
commands per second (latency). Senders and streams run in their own processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from loadgen import ServerProcess, StreamFleet, scratch_database, send_commands  # noqa: E402

PERSONAS = ["demo-kenya", "demo-brazil", "demo-japan", "demo-egypt", "demo-eu", "demo-ifla"]


def run(streams: int, seconds: float, concurrency: int, db_url: str = "") -> list[dict]:
    server = ServerProcess(db_url=db_url)
    try:
        fleet = StreamFleet(server.port, server.token("demo-kenya"), streams, 1) if streams else None
        tokens = [server.token(code) for code in PERSONAS]
        flat_out = send_commands(server.port, tokens, concurrency, seconds)
        time.sleep(1)
        paced = send_commands(server.port, tokens, 10, seconds, rate=100)
        if fleet:
            results = fleet.report()
        _, peak = server.memory_mb()
    finally:
        server.stop()
    rows = []
    for name, out, target in (("max rate", flat_out, "≥ 500/s"), ("100/s", paced, "p99 ≤ 50 ms")):
        ok = [latency for _, latency, status in out if status == 200]
        span = max(s for s, _, _ in out) - min(s for s, _, _ in out)
        rows.append(
            {
                "run": name,
                "store": "PostgreSQL" if db_url else "SQLite",
                "streams": streams,
                "commands": len(out),
                "refused": len(out) - len(ok),
                "per_s": round(len(ok) / span),
                **summary_ms(ok),
                "server_peak_mb": round(peak),
                "target": target,
            }
        )
    if streams:
        rows[-1]["stream_gaps"] = sum(s["gaps"] for s in results)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--concurrency", type=int, default=32, help="connections sending at once")
    parser.add_argument("--postgres", action="store_true", help="on PostgreSQL at 127.0.0.1:5432")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.postgres:
        with scratch_database() as url:
            emit(run(args.streams, args.seconds, args.concurrency, url), args.json)
    else:
        emit(run(args.streams, args.seconds, args.concurrency), args.json)


if __name__ == "__main__":
    main()
