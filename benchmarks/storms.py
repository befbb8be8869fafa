"""The storms of ``abuse.py --storm …``: what breaks no rule but could take the server off the air.

- ``connections``: 20,000 idle or half-sent connections from 50 loopback addresses
  (127.0.0.10–59), opened again as fast as the server ends them, while a client from
  127.0.0.200 signs in and fetches its snapshot every half second and the chair sends a command
  every 100 ms (from 127.0.0.1). Printed: the client's sign-in + snapshot time (target ≤ 1 s),
  the chair's latency, the server's memory and open files.
- ``signin``: 5,000 sign-ins in a minute from 50 addresses, one in five a valid demo code, the
  others wrong, while the chair sends a command every 100 ms. Printed: the chair's latency beside
  its floor (target p99 ≤ 150 ms), the answers by status, the server's CPU.
"""

from __future__ import annotations

import http.client
import json
import multiprocessing as mp
import os
import resource
import socket
import threading
import time

from bench_output import summary_ms
from loadgen import MEETING, ServerProcess

ADDRESSES = [f"127.0.0.{n}" for n in range(10, 60)]
CLIENT = "127.0.0.200"
PARTIAL = b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: "


def hold_connections(port: int, addresses: list[str], count: int, seconds: float, out) -> None:
    """Keep *count* connections from *addresses* open for *seconds*, replacing those the server
    ends; reports (opened, refused or reset)."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    held: list[socket.socket] = []
    opened = failed = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(held) >= count:  # all held: drop those the server closed, and open them again
            alive = []
            for sock in held:
                try:
                    gone = sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
                except BlockingIOError:
                    gone = False
                except OSError:
                    gone = True
                if gone:
                    sock.close()
                else:
                    alive.append(sock)
            held = alive
            if len(held) >= count:
                time.sleep(0.2)
                continue
        sock = socket.socket()
        try:
            sock.bind((addresses[opened % len(addresses)], 0))
            sock.settimeout(2)
            sock.connect(("127.0.0.1", port))
            if opened % 2:
                sock.sendall(PARTIAL)
            held.append(sock)
        except OSError:
            failed += 1
            sock.close()
        opened += 1
    for sock in held:
        sock.close()
    out.put((opened, failed))


def client_times(port: int, seconds: float) -> list[float]:
    """A client from CLIENT signing in and fetching its snapshot every half second: the durations
    (10 s for one that failed)."""
    times = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(CLIENT, 0))
            body = json.dumps({"meeting": MEETING, "code": "demo-chair"})
            conn.request("POST", "/api/v1/session", body, {"Content-Type": "application/json"})
            answer = conn.getresponse()
            token = json.loads(answer.read())["token"]
            conn.request("GET", f"/api/v1/meetings/{MEETING}", headers={"Authorization": f"Bearer {token}"})
            conn.getresponse().read()
            conn.close()
            times.append(time.monotonic() - started)
        except (OSError, KeyError, ValueError):
            times.append(10.0)
        time.sleep(max(0.0, 0.5 - (time.monotonic() - started)))
    return times


def connection_storm(server: ServerProcess, connections: int, seconds: float, chair_works) -> dict:
    """Run the connection storm against *server* (started as deployed)."""
    chair = server.token("demo-chair")
    idle_mb, _ = server.memory_mb()
    # The floor, in the same run: the client and the chair with no storm.
    client_alone = client_times(server.port, 5)
    chair_alone = [latency for _, latency in chair_works(server.url, chair, 5)]
    out = mp.Queue()
    per_process = 8  # processes, each with its own open-file limit
    holders = [
        mp.Process(
            target=hold_connections,
            args=(server.port, ADDRESSES[n::per_process], connections // per_process, seconds + 5, out),
        )
        for n in range(per_process)
    ]
    for holder in holders:
        holder.start()
    time.sleep(5)  # the flood builds up first
    fds: list[int] = []
    watcher_stop = threading.Event()

    def watch() -> None:
        while not watcher_stop.wait(0.5):
            fds.append(len(os.listdir(f"/proc/{server.proc.pid}/fd")))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    chair_result: list = []
    chair_thread = threading.Thread(
        target=lambda: chair_result.extend(chair_works(server.url, chair, seconds))
    )
    chair_thread.start()
    times = client_times(server.port, seconds)
    chair_thread.join()
    watcher_stop.set()
    _, peak_mb = server.memory_mb()
    made = [out.get(timeout=60) for _ in holders]
    for holder in holders:
        holder.join(timeout=30)
    return {
        "storm": "connections",
        "seconds": seconds,
        "hostile_addresses": len(ADDRESSES),
        "hostile_connections_held_target": connections,
        "hostile_opened": sum(m[0] for m in made),
        "hostile_refused_or_failed": sum(m[1] for m in made),
        "server_open_files_max": max(fds, default=0),
        **{f"client_signin_snapshot_{k}": v for k, v in summary_ms(times).items()},
        "client_signin_snapshot_max_s": round(max(times, default=0), 2),
        "client_alone_p99_ms": summary_ms(client_alone)["p99_ms"],
        "chair_alone_p99_ms": summary_ms(chair_alone)["p99_ms"],
        **{f"chair_{k}": v for k, v in summary_ms([lat for _, lat in chair_result]).items()},
        "server_idle_mb": round(idle_mb),
        "server_peak_mb": round(peak_mb),
        "targets": json.dumps({"client_signin_snapshot_max_s": 1.0}),
    }


DEMO_CODES = ["demo-brazil", "demo-kenya", "demo-japan", "demo-egypt", "demo-ifla"]


def sign_in_storm_worker(port: int, addresses: list[str], per_second: float, seconds: float, out) -> None:
    """Sign-ins from *addresses*, *per_second* in all, for *seconds*; reports the statuses."""
    from concurrent.futures import ThreadPoolExecutor

    def one(n: int) -> int:
        code = DEMO_CODES[n % len(DEMO_CODES)] if n % 5 == 0 else f"WRONG-{n:06d}"
        try:
            conn = http.client.HTTPConnection(
                "127.0.0.1", port, timeout=30, source_address=(addresses[n % len(addresses)], 0)
            )
            conn.request("POST", "/api/v1/session", json.dumps({"meeting": MEETING, "code": code}),
                         {"Content-Type": "application/json"})
            status = conn.getresponse().status
            conn.close()
            return status
        except OSError:
            return 0

    begin, futures = time.monotonic(), []
    with ThreadPoolExecutor(max_workers=64) as pool:
        n = 0
        while time.monotonic() - begin < seconds:
            futures.append(pool.submit(one, n))
            n += 1
            time.sleep(max(0.0, begin + n / per_second - time.monotonic()))
        out.put([f.result() for f in futures])


def signin_storm(server: ServerProcess, codes: int, seconds: float, chair_works) -> dict:
    """Run the sign-in storm against *server* (started as deployed)."""
    chair = server.token("demo-chair")
    chair_alone = [latency for _, latency in chair_works(server.url, chair, 10)]
    cpu_before = server.cpu_s()
    out = mp.Queue()
    rate = codes / seconds
    worker = mp.Process(target=sign_in_storm_worker, args=(server.port, ADDRESSES, rate, seconds, out))
    worker.start()
    timed = chair_works(server.url, chair, seconds)
    statuses = out.get(timeout=seconds + 120)
    worker.join(timeout=30)
    cpu = server.cpu_s() - cpu_before
    counts = {str(s): statuses.count(s) for s in sorted(set(statuses))}
    return {
        "storm": "signin",
        "seconds": seconds,
        "sign_ins_sent": len(statuses),
        "answers_by_status": json.dumps(counts),
        "chair_alone_p99_ms": summary_ms(chair_alone)["p99_ms"],
        **{f"chair_{k}": v for k, v in summary_ms([lat for _, lat in timed]).items()},
        "server_cpu_cores": round(cpu / seconds, 2),
        "targets": json.dumps({"chair_p99_ms": 150}),
    }


def add_delegates(db_url: str, count: int, codes_file: str) -> None:
    """The bundled meeting with *count* more delegates, their codes written to *codes_file*."""
    from companion.server.registry import add_participant, seed_demo
    from companion.server.stores import open_storage

    storage = open_storage(db_url)
    seed_demo(storage)
    codes = []
    for n in range(count):
        fields = {"name": f"Delegate {n}", "role": "delegate", "delegation": f"Country {n}",
                  "delegation_kind": "member_state", "attendance": "remote"}
        codes.append(add_participant(storage, MEETING, fields, code=f"GROW-{n:04d}-CODE")[1])
    storage.close()
    with open(codes_file, "w") as out:
        json.dump(codes, out)


def ask_and_withdraw_loop(url: str, code: str, seconds: float, counts) -> None:
    """One delegate: ask for the floor with a 20,000-character text, withdraw, again, always
    waiting out Retry-After; counts what it was answered."""
    import requests

    http = requests.Session()
    token = http.post(f"{url}/api/v1/session", json={"meeting": MEETING, "code": code}, timeout=30).json()
    http.headers["Authorization"] = f"Bearer {token['token']}"
    commands = f"{url}/api/v1/meetings/{MEETING}/commands"
    text, deadline = "x" * 20_000, time.monotonic() + seconds
    while time.monotonic() < deadline:
        asked = http.post(commands, json={"type": "floor.request", "item_id": "d1-floor-morning",
                                          "language": "en", "text": text}, timeout=30)
        counts.append(asked.status_code)
        if asked.status_code == 422 and asked.json()["error"]["code"] == "text_quota":
            text = ""  # the quota is spent: go on without a text
        if asked.status_code == 429:
            time.sleep(int(asked.headers.get("Retry-After", "1")))
            continue
        if asked.status_code != 200:
            continue
        rid = asked.json()["events"][0]["data"]["request"]["id"]
        while time.monotonic() < deadline:
            withdrawn = http.post(commands, json={"type": "floor.withdraw", "request_id": rid}, timeout=30)
            if withdrawn.status_code != 429:
                break
            time.sleep(int(withdrawn.headers.get("Retry-After", "1")))


def growth_flood(url: str, codes: list[str], seconds: float, out) -> None:
    counts: list[int] = []
    workers = [threading.Thread(target=ask_and_withdraw_loop, args=(url, c, seconds, counts)) for c in codes]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    out.put(counts)


def growth_storm(delegates: int, seconds: float, chair_works) -> dict:
    """50 delegates asking and withdrawing with long texts for *seconds*, as deployed."""
    import tempfile
    from pathlib import Path

    import requests

    folder = tempfile.mkdtemp()
    db_file, codes_file = Path(folder) / "growth.db", Path(folder) / "codes.json"
    server = ServerProcess(options=(), db_file=db_file,
                           prepare=lambda db: add_delegates(db, delegates, str(codes_file)))
    try:
        size = lambda: sum(p.stat().st_size for p in Path(folder).glob("growth.db*"))  # noqa: E731
        chair = server.token("demo-chair")
        chair_alone = [latency for _, latency in chair_works(server.url, chair, 5)]
        db_before, (mem_before, _) = size(), server.memory_mb()
        out = mp.Queue()
        flood = mp.Process(target=growth_flood,
                           args=(server.url, json.loads(codes_file.read_text()), seconds, out))
        flood.start()
        timed = chair_works(server.url, chair, seconds)
        counts = out.get(timeout=seconds + 120)
        flood.join(timeout=30)
        snapshot = requests.get(f"{server.url}/api/v1/meetings/{MEETING}",
                                headers={"Authorization": f"Bearer {chair}"}, timeout=30)
        _, peak_mb = server.memory_mb()
        return {
            "storm": "growth",
            "delegates": delegates,
            "seconds": seconds,
            "requests_sent": len(counts),
            "answers_by_status": json.dumps({str(s): counts.count(s) for s in sorted(set(counts))}),
            "database_grew_mb": round((size() - db_before) / 1e6, 1),
            "server_before_mb": round(mem_before),
            "server_peak_mb": round(peak_mb),
            "chair_snapshot_mb": round(len(snapshot.content) / 1e6, 2),
            "chair_alone_p99_ms": summary_ms(chair_alone)["p99_ms"],
            **{f"chair_{k}": v for k, v in summary_ms([lat for _, lat in timed]).items()},
            "targets": json.dumps({"database_grew_mb": 20, "server_peak_mb": 300, "chair_snapshot_mb": 5,
                                   "chair_p99_ms": 100}),
        }
    finally:
        server.stop()
