"""The floor of the fan-out benchmarks: a bare asyncio broadcaster, no framework, no meeting.

    python benchmarks/floor_server.py PORT

It speaks just enough of the meeting server's HTTP for ``loadgen`` (health, sign-in, the snapshot
the chair's sender reads, commands, the event stream) on uvloop as the server runs: a command gets
the next seq, its SSE frame is encoded once and written to every open stream's transport. Its
latency and memory at N streams are what the same machine and generators allow at best.
"""

from __future__ import annotations

import asyncio
import json
import sys

try:
    import uvloop
except ImportError:  # pragma: no cover
    uvloop = None

ITEM = {"items": [{"id": "d1-floor-afternoon", "list_state": "open"}]}
STREAM_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n\r\n"


class Broadcaster:
    """Every open stream's transport, and the seq of the last event."""

    def __init__(self) -> None:
        self.streams: set[asyncio.Transport] = set()
        self.seq = 0

    def publish(self) -> int:
        self.seq += 1
        envelope = {"seq": self.seq, "type": "list.closed", "data": {"item_id": ITEM["items"][0]["id"]}}
        frame = f"id: {self.seq}\nevent: list.closed\ndata: {json.dumps(envelope)}\n\n".encode()
        for transport in self.streams:
            transport.write(frame)
        return self.seq


class Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: keep-alive requests, or one never-ending event stream."""

    def __init__(self, hub: Broadcaster) -> None:
        self.hub, self.buffer, self.transport = hub, b"", None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def connection_lost(self, exc) -> None:
        self.hub.streams.discard(self.transport)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, rest = self.buffer.split(b"\r\n\r\n", 1)
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.answer(head.split(b" ", 2))

    def answer(self, request_line: list[bytes]) -> None:
        method, path = request_line[0], request_line[1]
        if path.endswith(b"/events"):
            self.transport.write(STREAM_HEAD + b"event: hello\ndata: {}\n\n")
            self.hub.streams.add(self.transport)
        elif path.endswith(b"/commands"):
            self.reply({"seq": self.hub.publish()})
        elif method == b"POST":  # sign-in
            self.reply({"token": "floor"})
        elif path.endswith(b"/health"):
            self.reply({"status": "ok"})
        else:  # the snapshot
            self.reply(ITEM)

    def reply(self, document: dict) -> None:
        body = json.dumps(document).encode()
        head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        self.transport.write(head.encode() + body)


async def serve(port: int) -> None:
    hub = Broadcaster()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(hub), "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    with asyncio.Runner(loop_factory=uvloop.new_event_loop if uvloop else None) as runner:
        runner.run(serve(int(sys.argv[1])))
