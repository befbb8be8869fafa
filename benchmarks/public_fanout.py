"""Public fan-out: what one change costs on the public stream, and N pages receiving it.

    python benchmarks/public_fanout.py [--streams 100 1000] [--commands 50] [--waiting 300] [--json]

First, bytes per change: with ``--waiting`` requests on the live item, one public stream records
the frame each kind of change sends (a delta: ``domain/public_delta``), beside the whole view (what
every change sent before deltas, and what a page gets on connecting), the heartbeat, and what each
costs at 10,000 public streams (the meeting's cap).

Then the fan-out: the server runs in its own process, the public streams in a generator process.
Latency is from the moment the chair's command is sent to the moment each public stream receives
the change. The floor, measured in the same run: one signed-in stream receiving the command's event
(what the public path adds is the difference). Every public stream must receive every change.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import re
import resource
import sys
import time
from contextlib import suppress
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from loadgen import LOAD_TEST_OPTIONS, MEETING, ChairCommands, ServerProcess, Stream, paced  # noqa: E402
from real_size_meeting import add_participants  # noqa: E402

VIEW_ID = re.compile(rb"(?:^|\n)id: [0-9a-f]*\.(\d+)\n")
ITEM = "d1-floor-afternoon"


class PublicStream(Stream):
    """A page's stream: no sign-in; view ids carry the seq at which the view changed (not every seq).

    Followers come from many addresses: each stream connects from one of 127.0.0.2…, forty to an
    address, under the server's per-address cap.
    """

    ID = VIEW_ID

    def __init__(self, port: int, n: int) -> None:
        super().__init__(port, "")
        self.source = f"127.0.{2 + n // 40 // 250}.{2 + n // 40 % 250}"

    def request(self) -> bytes:
        return (
            f"GET /api/v1/meetings/{MEETING}/public/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Accept: text/event-stream\r\n\r\n".encode()
        )

    def _saw(self, seq: int, at: float) -> None:
        if self.last is not None and seq <= self.last:
            self.duplicates += 1
            return
        self.last = seq
        self.received.append((seq, at))


def _fleet_main(conn, port: int, count: int, token: str) -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (20000, 20000))
    asyncio.run(_fleet(conn, port, count, token))


async def _fleet(conn, port: int, count: int, token: str) -> None:
    streams = [PublicStream(port, n) for n in range(count)]
    floor = Stream(port, token)  # the signed-in stream: the floor
    tasks = [asyncio.create_task(floor.run())]
    for start in range(0, count, 100):
        tasks += [asyncio.create_task(s.run()) for s in streams[start : start + 100]]
        await asyncio.sleep(0.02)
    await asyncio.gather(floor.connected.wait(), *(s.connected.wait() for s in streams))
    await asyncio.sleep(0.5)  # the first view and the backlog are in
    conn.send("ready")
    await asyncio.get_running_loop().run_in_executor(None, conn.recv)
    conn.send(([s.received for s in streams], sum(s.duplicates for s in streams), floor.received))
    for task in tasks:
        task.cancel()
    with suppress(asyncio.CancelledError):
        await asyncio.gather(*tasks, return_exceptions=True)


def run(streams: int, commands: int) -> dict:
    server = ServerProcess()
    try:
        chair_token = server.token("demo-chair")
        requests.post(
            f"{server.url}/api/v1/meetings/{MEETING}/commands",
            json={"type": "agenda.set_status", "item_id": ITEM, "status": "live"},
            headers={"Authorization": f"Bearer {chair_token}"},
            timeout=10,
        ).raise_for_status()  # the list's state is public only while its item is live
        parent, child = mp.get_context("spawn").Pipe()
        proc = mp.get_context("spawn").Process(
            target=_fleet_main, args=(child, server.port, streams, server.token("demo-kenya")), daemon=True
        )
        proc.start()
        if not parent.poll(180) or parent.recv() != "ready":
            raise RuntimeError("the streams did not all connect")
        sent = paced(ChairCommands(server.url, chair_token, ITEM), commands, 0.2)
        time.sleep(2)
        parent.send("report")
        received, duplicates, floor = parent.recv()
        proc.join(10)
        rss, peak = server.memory_mb()
    finally:
        server.stop()
    latencies, missing = [], 0
    for stream in received:
        got = dict(stream)
        for seq, at in sent.items():
            if seq in got:
                latencies.append(got[seq] - at)
            else:
                missing += 1
    floor_got = dict(floor)
    floor_latencies = [floor_got[seq] - at for seq, at in sent.items() if seq in floor_got]
    return {
        "streams": streams,
        "commands": commands,
        **summary_ms(latencies),
        "floor_median_ms": summary_ms(floor_latencies)["median_ms"],
        "missing": missing,
        "duplicates": duplicates,
        "server_rss_mb": round(rss),
        "server_peak_mb": round(peak),
    }


# --- bytes per change ------------------------------------------------------------------

#: The meeting's cap on public streams (settings.public_streams): the fan-out figures are for it.
FAN_OUT = 10_000
FRAME = re.compile(rb"event: (\w+)\n")


class FrameReader:
    """One public stream's frames, as the bytes sent."""

    def __init__(self, url: str) -> None:
        events = f"{url}/api/v1/meetings/{MEETING}/public/events"
        self.response = requests.get(events, stream=True, timeout=(5, 30))
        self._chunks = self.response.iter_content(chunk_size=None)
        self._buffer = b""

    def next(self, skip: tuple[str, ...] = ("hello", "alive")) -> tuple[str, bytes]:
        while True:
            while b"\n\n" not in self._buffer:
                self._buffer += next(self._chunks)
            frame, self._buffer = self._buffer.split(b"\n\n", 1)
            kind = FRAME.search(frame + b"\n").group(1).decode()
            if kind not in skip:
                return kind, frame + b"\n\n"


class Commands:
    """Commands as one demo persona."""

    def __init__(self, server: ServerProcess, code: str) -> None:
        self.url = f"{server.url}/api/v1/meetings/{MEETING}/commands"
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {server.token(code)}"

    def __call__(self, **body) -> dict:
        r = self.http.post(self.url, json=body, timeout=30)
        r.raise_for_status()
        return r.json()


def frame_sizes(waiting: int) -> list[dict]:
    """The frame each kind of change sends with *waiting* requests on the live item."""
    server = ServerProcess(LOAD_TEST_OPTIONS, prepare=lambda db: add_participants(db, waiting))
    try:
        chair = Commands(server, "demo-chair")
        chair(type="agenda.set_status", item_id=ITEM, status="live")
        ids = []
        for n in range(waiting):
            answer = chair(type="floor.request", item_id=ITEM, participant_id=f"p-{n:05d}", language="en")
            ids.append(answer["events"][-1]["data"]["request"]["id"])
        reader = FrameReader(server.url)
        _, whole = reader.next()
        _, alive = reader.next(skip=("hello", "view", "delta"))
        rows = [_row(f"whole view, {waiting} waiting (on connecting)", whole)]
        rows.append(_row("heartbeat (every 2 s)", alive))
        changes = [
            ("speaker called", {"type": "floor.call_next", "item_id": ITEM}),
            ("clock started", {"type": "floor.start"}),
            ("clock paused", {"type": "floor.pause"}),
            ("request moved 200 → 5", {"type": "floor.move", "request_id": ids[201], "position": 5}),
            ("request declined by the chair", {"type": "floor.decline", "request_id": ids[100]}),
            ("message to the room", {"type": "display.message", "texts": {"en": "Please be brief"}}),
        ]
        for label, body in changes:
            chair(**body)
            rows.append(_row(label, reader.next()[1]))
        Commands(server, "demo-kenya")(type="floor.request", item_id=ITEM, language="en")
        rows.append(_row("request added", reader.next()[1]))
        reader.response.close()
    finally:
        server.stop()
    rows[1]["at_10000_streams_MB"] = f"{rows[1]['at_10000_streams_MB']}/2 s"
    return rows


def _row(label: str, frame: bytes) -> dict:
    megabytes = round(len(frame) * FAN_OUT / 1e6, 2)
    return {"change": label, "frame_bytes": len(frame), "at_10000_streams_MB": megabytes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--commands", type=int, default=50)
    parser.add_argument("--waiting", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(frame_sizes(args.waiting), args.json)
    if args.streams:
        emit([run(n, args.commands) for n in args.streams], args.json)


if __name__ == "__main__":
    main()
