"""Load generators for the server benchmarks: SSE streams and a paced command sender.

Streams run in their own processes (``StreamFleet``) so the figures are the server's, not the
generator's. Each stream checks its ids: consecutive, no gap, no duplicate, across reconnects.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import os
import re
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import closing, contextmanager, suppress
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from companion.client.connection import Backoff  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BACKOFF = Backoff()
ID_LINE = re.compile(rb"(?:^|\n)id: (\d+)\n")
MEETING = "wipo-conv-12"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


# --- the server, in its own process --------------------------------------------------------


#: Load tests measure the server, not its abuse limits: no rate limits, no stream caps.
LOAD_TEST_OPTIONS = ("--no-rate-limit", "--streams-per-token", "0", "--streams-per-address", "0")


class ServerProcess:
    """``meeting-server serve --demo`` on a free loopback port, in a separate process."""

    def __init__(
        self,
        options: tuple[str, ...] = LOAD_TEST_OPTIONS,
        db_file: Path | None = None,
        prepare=None,
        db_url: str = "",
    ) -> None:
        """*prepare*, if given, is called with the database URL before the server starts."""
        self.folder = tempfile.TemporaryDirectory()
        with closing(socket.socket()) as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        db = db_url or f"sqlite:///{db_file or Path(self.folder.name) / 'bench.db'}"
        if prepare:
            prepare(db)
        self.proc = subprocess.Popen(self.argv(db, options), cwd=ROOT, preexec_fn=_more_files)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def argv(self, db: str, options: tuple[str, ...]) -> list[str]:
        return [sys.executable, "-m", "companion.server", "serve", "--demo", "--quiet", "--db", db,
                "--port", str(self.port), *options]

    def token(self, code: str) -> str:
        r = requests.post(f"{self.url}/api/v1/session", json={"meeting": MEETING, "code": code}, timeout=10)
        r.raise_for_status()
        return r.json()["token"]

    def memory_mb(self) -> tuple[float, float]:
        """(resident now, peak resident) of the server process, in MB."""
        fields = dict(
            line.split(":", 1) for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines()
        )
        return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)

    def cpu_s(self) -> float:
        """CPU seconds (user + system) the server process has used so far."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.folder.cleanup()


class FloorProcess(ServerProcess):
    """The floor: a bare asyncio broadcaster (floor_server.py) where the server would run."""

    def argv(self, db: str, options: tuple[str, ...]) -> list[str]:
        return [sys.executable, str(ROOT / "benchmarks" / "floor_server.py"), str(self.port)]


def _more_files() -> None:
    """Thousands of streams are thousands of open files: raise the soft limit to the hard one."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


@contextmanager
def scratch_database():
    """A PostgreSQL database made for one run on 127.0.0.1:5432 (``mc_bench_<random>``), dropped after."""
    import psycopg  # only the PostgreSQL runs need it

    name = f"mc_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# --- streams -----------------------------------------------------------------------------


class Stream(asyncio.Protocol):
    """One SSE client as a bare asyncio protocol: no task, future or copy per read, so thousands fit
    in one process and the generator costs the shared cores as little as it can."""

    #: The event ids this stream checks (the first group: the number that must grow by one).
    ID = ID_LINE

    def __init__(self, port: int, token: str) -> None:
        self.port, self.token = port, token
        self.last: int | None = None
        self.received: list[tuple[int, float]] = []
        self.gaps = self.duplicates = 0
        self.transport: asyncio.Transport | None = None
        self.connected = asyncio.Event()
        self._lost: asyncio.Future | None = None
        self._in_head, self._tail = True, b""
        #: The local address to connect from (None: any).
        self.source: str | None = None

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        failures = 0
        while True:
            self._lost = loop.create_future()
            self._in_head, self._tail = True, b""
            with suppress(OSError):
                source = (self.source, 0) if self.source else None
                await loop.create_connection(lambda: self, "127.0.0.1", self.port, local_addr=source)
                await self._lost
            failures = 0 if self.connected.is_set() else failures + 1
            self.connected.clear()
            await asyncio.sleep(BACKOFF.delay(failures + 1))  # as the app waits before reconnecting

    def request(self) -> bytes:
        resume = f"Last-Event-ID: {self.last}\r\n" if self.last is not None else ""
        return (
            f"GET /api/v1/meetings/{MEETING}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {self.token}\r\nAccept: text/event-stream\r\n{resume}\r\n".encode()
        )

    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.write(self.request())

    def connection_lost(self, exc) -> None:
        if self._lost is not None and not self._lost.done():
            self._lost.set_result(None)

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        data = self._tail + data if self._tail else data
        if self._in_head:
            end = data.find(b"\r\n\r\n")
            if end < 0:
                self._tail = data
                return
            if b" 200 " not in data.split(b"\r\n", 1)[0]:
                self.transport.abort()
                return
            self._in_head = False
            self.connected.set()
            data = data[end + 4 :]
        end = data.rfind(b"\n\n") + 2  # whole frames only; the rest waits for the next read
        if end < 2:
            self._tail = data
            return
        for seq in self.ID.findall(data, 0, end):  # chunk-size lines in between do not match
            self._saw(int(seq), now)
        self._tail = data[end:]

    def _saw(self, seq: int, at: float) -> None:
        if self.last is not None:
            if seq <= self.last:
                self.duplicates += 1
                return
            if seq != self.last + 1:
                self.gaps += 1
        self.last = seq
        self.received.append((seq, at))

    def cut(self) -> None:
        if self.transport is not None:
            self.transport.abort()


def _fleet_main(conn, port: int, token: str, count: int) -> None:
    _more_files()
    # The generators share the two cores with the server: uvloop (as the server) keeps them cheap.
    with asyncio.Runner(loop_factory=_loop_factory()) as runner:
        runner.run(_fleet(conn, port, token, count))


def _loop_factory():
    try:
        import uvloop
    except ImportError:  # pragma: no cover
        return None
    return uvloop.new_event_loop


async def _fleet(conn, port: int, token: str, count: int) -> None:
    streams = [Stream(port, token) for _ in range(count)]
    tasks = []
    for start in range(0, count, 100):  # connect in batches: a burst of SYNs overflows the backlog
        tasks += [asyncio.create_task(s.run()) for s in streams[start : start + 100]]
        await asyncio.sleep(0.02)
    await asyncio.gather(*(s.connected.wait() for s in streams))
    loop = asyncio.get_running_loop()
    conn.send("ready")
    conn.send(time.process_time())
    while True:
        order = await loop.run_in_executor(None, conn.recv)
        if order == "storm":
            for s in streams:
                s.cut()
            conn.send(time.monotonic())
        elif order == "report":
            conn.send(
                [{"received": s.received, "gaps": s.gaps, "duplicates": s.duplicates} for s in streams]
            )
            conn.send(time.process_time())  # what the generator itself cost the machine's cores
            for task in tasks:
                task.cancel()
            return


class StreamFleet:
    """*total* streams spread over *processes* generator processes."""

    def __init__(self, port: int, token: str, total: int, processes: int) -> None:
        ctx = mp.get_context("spawn")
        self.links = []
        for n in range(processes):
            share = total // processes + (1 if n < total % processes else 0)
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_fleet_main, args=(child, port, token, share), daemon=True)
            proc.start()
            self.links.append((parent, proc))
        self._cpu_at_ready = 0.0
        for parent, _ in self.links:
            if not parent.poll(180) or parent.recv() != "ready":
                raise RuntimeError("the streams did not all connect")
            self._cpu_at_ready += parent.recv()

    def storm(self) -> float:
        for parent, _ in self.links:
            parent.send("storm")
        return min(parent.recv() for parent, _ in self.links)

    def report(self) -> list[dict]:
        for parent, _ in self.links:
            parent.send("report")
        results = []
        #: CPU seconds the generator processes used since all streams were connected.
        self.cpu_s = -self._cpu_at_ready
        for parent, proc in self.links:
            results += parent.recv()
            self.cpu_s += parent.recv()
            proc.join(10)
        return results


# --- commands ----------------------------------------------------------------------------


class ChairCommands:
    """Alternately closes and opens the list of an item: a chair's click, always valid."""

    def __init__(self, url: str, token: str, item: str = "d1-floor-afternoon") -> None:
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.url, self.item, self.n = url, item, 0
        #: Seconds from sending each command to its answer (decided and durably committed).
        self.answered_in: list[float] = []
        state = self.http.get(f"{url}/api/v1/meetings/{MEETING}", timeout=10).json()
        self.open = next(i for i in state["items"] if i["id"] == item)["list_state"] == "open"

    def send(self) -> tuple[int, float]:
        """Send one; returns (seq of its event, monotonic time it was sent)."""
        kind = "list.close" if self.open else "list.open"
        self.n += 1
        sent = time.monotonic()
        r = self.http.post(
            f"{self.url}/api/v1/meetings/{MEETING}/commands",
            data=json.dumps({"type": kind, "item_id": self.item}),
            headers={"Idempotency-Key": f"bench-{os.getpid()}-{self.n}", "Content-Type": "application/json"},
            timeout=30,
        )
        r.raise_for_status()
        self.answered_in.append(time.monotonic() - sent)
        self.open = not self.open
        return r.json()["seq"], sent


def paced(sender: ChairCommands, count: int, every_s: float) -> dict[int, float]:
    """Send *count* commands, one every *every_s* seconds; {seq: sent_at}."""
    sent = {}
    next_at = time.monotonic()
    for _ in range(count):
        seq, at = sender.send()
        sent[seq] = at
        next_at += every_s
        time.sleep(max(0.0, next_at - time.monotonic()))
    return sent


# --- many commands, from their own process ------------------------------------------------------


async def _post_loop(port: int, token: str, deadline: float, gap: float, out: list, tag: str) -> None:
    """Keep-alive HTTP/1.1 POSTs of channel choices; records (sent_at, latency_s, status)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    n, next_at = 0, time.monotonic()
    while (now := time.monotonic()) < deadline:
        if gap:
            await asyncio.sleep(max(0.0, next_at - now))
            next_at += gap
        n += 1
        body = json.dumps({"type": "channel.choose", "channel": ("en", "fr")[n % 2]}).encode()
        sent = time.monotonic()
        writer.write(
            f"POST /api/v1/meetings/{MEETING}/commands HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {token}\r\nIdempotency-Key: {tag}-{n}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        )
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))
        await reader.readexactly(length)
        out.append((sent, time.monotonic() - sent, int(head[9:12])))
    writer.close()


def _sender_main(conn, port: int, tokens: list[str], concurrency: int, seconds: float, rate: float) -> None:
    async def main() -> list:
        out: list = []
        deadline = time.monotonic() + seconds
        gap = concurrency / rate if rate else 0.0
        await asyncio.gather(
            *(_post_loop(port, tokens[i % len(tokens)], deadline, gap, out, f"s{os.getpid()}-{i}")
              for i in range(concurrency))
        )
        return out

    conn.send(asyncio.run(main()))


def send_commands(port: int, tokens: list[str], concurrency: int, seconds: float, rate: float = 0) -> list:
    """Commands from a separate process: as fast as they are answered (rate 0) or paced at *rate*/s."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    args = (child, port, tokens, concurrency, seconds, rate)
    proc = ctx.Process(target=_sender_main, args=args, daemon=True)
    proc.start()
    results = parent.recv()
    proc.join(10)
    return results
