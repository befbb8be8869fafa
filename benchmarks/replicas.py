"""Two server replicas on one PostgreSQL database: how fast a command on A reaches streams on B.

    python benchmarks/replicas.py [--streams 100 1000 5000] [--commands 50] [--json]

Replicas A and B (``meeting-server serve --db postgresql://…``) run in their own processes on a
database made for the run (``mc_bench_<random>`` on 127.0.0.1:5432, dropped afterwards). N
streams listen on each; the chair's command goes to A every 200 ms. Latency is from sending the
command to each stream receiving its event: on A it is the process that decided it, on B it adds
the trip through PostgreSQL (NOTIFY, then reading the log). Each size is run first on the floor:
two bare asyncio broadcasters (``floor_server.py``), each sent every command, with the same
generators (raw asyncio sockets on uvloop, one process per replica; they share the cores with the
servers and PostgreSQL, and their CPU time is printed). Then commands as fast as answered, half to
A and half to B, for the accepted rate on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from multiprocessing.pool import ThreadPool
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from loadgen import (  # noqa: E402
    ChairCommands,
    FloorProcess,
    ServerProcess,
    StreamFleet,
    paced,
    scratch_database,
    send_commands,
)

LABELS = ("same replica", "other replica")
FLOOR_LABELS = ("floor: bare asyncio", "floor: bare asyncio, 2nd")
PERSONAS = ["demo-kenya", "demo-brazil", "demo-japan", "demo-egypt", "demo-eu", "demo-ifla"]


def latencies(sent: dict[int, float], results: list[dict]) -> tuple[list[float], int]:
    found, missing = [], 0
    for stream in results:
        got = dict(stream["received"])
        for seq, at in sent.items():
            if seq in got:
                found.append(got[seq] - at)
            else:
                missing += 1
    return found, missing


class ToBoth:
    """The floor's chair: each command to both broadcasters (they share no log), timed from A."""

    def __init__(self, a: ChairCommands, b: ChairCommands) -> None:
        self.a, self.b = a, b

    def send(self) -> tuple[int, float]:
        seq, at = self.a.send()
        self.b.send()
        return seq, at


def fanout(url: str, streams: int, commands: int, floor: bool = False) -> list[dict]:
    """Streams on both replicas (or, with *floor*, on two bare broadcasters), commands sent to A."""
    start = FloorProcess if floor else ServerProcess
    a = start(db_url=url)  # --demo: the first one loads the meeting
    b = start(db_url=url)
    try:
        servers = {"A": a, "B": b}
        fleets = {name: StreamFleet(s.port, s.token("demo-kenya"), streams, 1) for name, s in servers.items()}
        chair = ChairCommands(a.url, a.token("demo-chair"))
        if floor:
            chair = ToBoth(chair, ChairCommands(b.url, b.token("demo-chair")))
        cpu_before = a.cpu_s() + b.cpu_s()
        sent = paced(chair, commands, 0.2)
        time.sleep(2)  # let the last event arrive everywhere
        cpu = a.cpu_s() + b.cpu_s() - cpu_before
        answered = (chair.a if floor else chair).answered_in  # the commit's share of the latency
        reports = {name: fleet.report() for name, fleet in fleets.items()}
        memory = {"A": a.memory_mb()[1], "B": b.memory_mb()[1]}
    finally:
        a.stop()
        b.stop()
    rows = []
    labels = FLOOR_LABELS if floor else LABELS
    for name, label in zip(("A", "B"), labels, strict=True):
        found, missing = latencies(sent, reports[name])
        rows.append({
            "streams on": f"{name}: {label}", "streams": streams, "deliveries": len(found),
            **summary_ms(found), "missing": missing, "gaps": sum(s["gaps"] for s in reports[name]),
            "duplicates": sum(s["duplicates"] for s in reports[name]), "server_peak_mb": round(memory[name]),
            "cpu_s servers / generators": f"{cpu:.1f} / {sum(f.cpu_s for f in fleets.values()):.1f}",
            "command answered p99_ms": summary_ms(answered)["p99_ms"],
            "load_1min": round(os.getloadavg()[0], 1),
        })
    return rows


def throughput(url: str, seconds: float, concurrency: int) -> dict:
    a = ServerProcess(db_url=url)
    b = ServerProcess(db_url=url)
    try:
        with ThreadPool(2) as pool:  # one sender process per replica, both at once
            parts = pool.starmap(
                send_commands,
                [(s.port, [s.token(c) for c in PERSONAS], concurrency // 2, seconds) for s in (a, b)],
            )
        out = parts[0] + parts[1]
        with psycopg.connect(url) as conn:
            seqs = [r[0] for r in conn.execute("SELECT seq FROM events ORDER BY seq")]
    finally:
        a.stop()
        b.stop()
    ok = [latency for _, latency, status in out if status == 200]
    span = max(s for s, _, _ in out) - min(s for s, _, _ in out)
    return {
        "run": "max rate, 2 replicas", "commands": len(out), "refused": len(out) - len(ok),
        "per_s": round(len(ok) / span), **summary_ms(ok),
        "log_gapless": seqs == list(range(1, len(seqs) + 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--commands", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--no-floor", action="store_true", help="skip the two bare asyncio broadcasters")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows: list[dict] = []
    for streams in args.streams:
        if not args.no_floor:
            rows += fanout("", streams, args.commands, floor=True)
        with scratch_database() as url:
            rows += fanout(url, streams, args.commands)
    emit(rows, args.json)
    with scratch_database() as url:
        emit(throughput(url, args.seconds, args.concurrency), args.json)


if __name__ == "__main__":
    main()
