"""Abuse: a flooding delegate and 100 slow full-backlog streams while the chair works.

    python benchmarks/abuse.py [--events 20000] [--slow-streams 100] [--seconds 30] [--json]
    python benchmarks/abuse.py --storm connections [--connections 20000] [--seconds 30]
    python benchmarks/abuse.py --storm signin [--codes 5000] [--seconds 60]
    python benchmarks/abuse.py --storm growth [--delegates 50] [--seconds 60]

The server runs as deployed (``meeting-server serve``, every limit on) on a meeting whose log
already holds ``--events`` events. The chair first works alone for 10 s (the floor of this
machine); then, at once: one delegate sends commands as fast as four connections allow;
``--slow-streams`` streams (20 sign-ins x 5) resume from seq 0 and read 2 KB every 200 ms; the
chair sends a command every 100 ms and times each answer. Printed: the chair's latency, the
server's memory (idle with the log loaded, and the peak under attack), and how fast the log grew
from the flooder. Targets: chair p99 <= 100 ms, server <= 400 MB, flooder <= 25 events/s.

``--storm connections``: idle and half-sent connections from 50 addresses instead; ``--storm
signin``: a sign-in storm from 50 addresses; ``--storm growth``: 50 delegates asking for the
floor with 20,000-character texts and withdrawing (storms.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import socket
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from loadgen import MEETING, ServerProcess  # noqa: E402
from storms import connection_storm, growth_storm, signin_storm  # noqa: E402

from companion.domain import execute  # noqa: E402
from companion.server.registry import load_state, seed_demo  # noqa: E402
from companion.server.sse import dumps  # noqa: E402
from companion.server.stores import open_storage  # noqa: E402

TARGETS = {"chair_p99_ms": 100, "server_peak_mb": 400, "flooder_events_per_s": 25}
DELEGATES = ["del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla"]


def build_log(path: Path, events: int) -> None:
    """The bundled meeting with *events* more events: channel choices and agenda rewrites."""
    storage = open_storage(f"sqlite:///{path}")
    seed_demo(storage)
    state = load_state(storage, MEETING)
    rng, now, batch = random.Random(7), datetime.now(UTC), []
    first = state.seq + 1
    for n in range(events):
        if n % 10 == 0:  # every tenth a chair's rewrite of an item description (~1.5 KB)
            command = {
                "type": "agenda.update",
                "item_id": "d1-floor-morning",
                "changes": {"description": "x" * 1500},
            }
            actor = state.participants["chair"]
        else:
            command = {"type": "channel.choose", "channel": rng.choice(["ar", "zh", "en", "fr", "ru", "es"])}
            actor = state.participants[rng.choice(DELEGATES)]
        state, produced = execute(state, command, actor, now)
        batch += [dumps(e.envelope()) for e in produced]
        if len(batch) >= 1000 or n == events - 1:
            storage.append(MEETING, first, batch)
            first, batch = first + len(batch), []
    storage.close()


def slow_stream(port: int, token: str, stop: threading.Event, read_bytes: list[int]) -> None:
    """Resume from 0 and read 2 KB every 200 ms: a client on a bad line, or one playing dead."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)
        request = (
            f"GET /api/v1/meetings/{MEETING}/events HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {token}\r\nLast-Event-ID: 0\r\n\r\n"
        )
        sock.sendall(request.encode())
        sock.settimeout(1)
        while not stop.wait(0.2):
            try:
                read_bytes.append(len(sock.recv(2048)))
            except TimeoutError:
                continue


def flood(url: str, token: str, stop: threading.Event, statuses: list[int]) -> None:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    n = 0
    while not stop.is_set():
        n += 1
        body = {"type": "channel.choose", "channel": "fr" if n % 2 else "en"}
        statuses.append(
            http.post(f"{url}/api/v1/meetings/{MEETING}/commands", json=body, timeout=10).status_code
        )


def chair_works(url: str, token: str, seconds: float) -> list[tuple[float, float]]:
    """(seconds into the run, latency) of a chair's command every 100 ms."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    latencies, begin, n = [], time.monotonic(), 0
    deadline = begin + seconds
    while time.monotonic() < deadline:
        n += 1
        body = {"type": "channel.choose", "channel": "floor" if n % 2 else "en"}
        started = time.perf_counter()
        r = http.post(f"{url}/api/v1/meetings/{MEETING}/commands", json=body, timeout=10)
        latencies.append((time.monotonic() - begin, time.perf_counter() - started))
        assert r.status_code == 200, r.text
        time.sleep(max(0.0, 0.1 - (time.perf_counter() - started)))
    return latencies


def attackers(url, port, tokens, flooder, slow_streams, seconds, results) -> None:
    """The flooder (4 connections) and the slow streams, for *seconds*; reports what they saw."""
    stop, statuses, read_bytes = threading.Event(), [], []
    workers = [
        threading.Thread(target=slow_stream, args=(port, tokens[n // 5], stop, read_bytes), daemon=True)
        for n in range(slow_streams)
    ]
    workers += [
        threading.Thread(target=flood, args=(url, flooder, stop, statuses), daemon=True) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    stop.wait(seconds)
    stop.set()
    for worker in workers:
        worker.join(timeout=15)
    results.put((statuses, read_bytes))


def run(events: int, slow_streams: int, seconds: float) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        db_file = Path(folder) / "abuse.db"
        build_log(db_file, events)
        server = ServerProcess(options=(), db_file=db_file)  # every limit on, as deployed
        try:
            return attack(server, slow_streams, seconds, events)
        finally:
            server.stop()


def attack(server: ServerProcess, slow_streams: int, seconds: float, events: int) -> dict:
    chair = server.token("demo-chair")
    before = requests.get(
        f"{server.url}/api/v1/meetings/{MEETING}", headers={"Authorization": f"Bearer {chair}"}, timeout=30
    ).json()["seq"]
    floor_mb, _ = server.memory_mb()
    quiet = [latency for _, latency in chair_works(server.url, chair, min(10.0, seconds))]  # the floor
    tokens = [server.token(code) for code in ("demo-brazil", "demo-kenya", "demo-japan", "demo-egypt") * 5]
    flooder = server.token("demo-ifla")
    # The attackers run in their own process: the chair's timings are the server's, not the GIL's.
    results = mp.Queue()
    attacker = mp.Process(
        target=attackers, args=(server.url, server.port, tokens, flooder, slow_streams, seconds, results)
    )
    attacker.start()
    timed = chair_works(server.url, chair, seconds)
    latencies = [latency for _, latency in timed]
    _, peak_mb = server.memory_mb()
    statuses, read_bytes = results.get(timeout=60)
    attacker.join(timeout=30)
    accepted = statuses.count(200)
    return {
        "log_events_before": before,
        "slow_streams": slow_streams,
        "seconds": seconds,
        "chair_commands": len(latencies),
        "chair_alone_p99_ms": summary_ms(quiet)["p99_ms"],
        **{f"chair_{k}": v for k, v in summary_ms(latencies).items()},
        "chair_slowest_at_s": [round(at, 1) for at, _ in sorted(timed, key=lambda t: -t[1])[:3]],
        "server_idle_mb": round(floor_mb),
        "server_peak_mb": round(peak_mb),
        "added_by_attack_mb": round(peak_mb - floor_mb),
        "slow_streams_read_mb": round(sum(read_bytes) / 1e6, 1),
        "flooder_sent": len(statuses),
        "flooder_refused_429": statuses.count(429),
        "flooder_events_per_s": round(accepted / seconds, 1),
        "targets": json.dumps(TARGETS),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--slow-streams", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--storm", choices=["flood", "connections", "signin", "growth"], default="flood")
    parser.add_argument("--delegates", type=int, default=50)
    parser.add_argument("--codes", type=int, default=5000)
    parser.add_argument("--connections", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.storm == "growth":
        emit(growth_storm(args.delegates, args.seconds, chair_works), args.json)
        return
    if args.storm in ("connections", "signin"):
        server = ServerProcess(options=())  # every limit on, as deployed
        try:
            if args.storm == "connections":
                emit(connection_storm(server, args.connections, args.seconds, chair_works), args.json)
            else:
                emit(signin_storm(server, args.codes, args.seconds, chair_works), args.json)
        finally:
            server.stop()
        return
    emit(run(args.events, args.slow_streams, args.seconds), args.json)


if __name__ == "__main__":
    main()
