"""What an open event stream costs the server, counted rather than timed: thousands of streams must
fit in 200 MB and an event must reach them at the cost of a socket write each.

The real app on uvicorn runs in the test's own event loop, so its tasks and subscribers can be
looked at while raw-socket clients hold streams open.
"""

import asyncio
import json
from contextlib import asynccontextmanager

import uvicorn

from companion.server.api import create_app
from companion.server.serve_options import uvicorn_options
from companion.server.settings import Settings
from companion.server.threaded import free_port

MEETING = "wipo-conv-12"
STREAMS = 20
#: Coroutines an open stream's task awaits through: 9 now (uvicorn's cycle, the Starlette and
#: FastAPI layers outside the app's middleware, the stream route, the response, the mailbox), with
#: room for a proxy-headers layer and a little more. Under FastAPI's router it was 21, each holding
#: its frame and objects (exit stacks, requests, wrappers) for the stream's lifetime.
MAX_STACK = 12


@asynccontextmanager
async def serving(db_path):
    settings = Settings(db_url=f"sqlite:///{db_path}", keepalive_seconds=60.0, streams_per_token=0)
    app = create_app(settings)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **uvicorn_options(settings))
    )
    task = asyncio.create_task(server.serve())
    while not server.started:  # the same wait ThreadedServer makes
        assert not task.done(), "the server did not start"
        await asyncio.sleep(0.01)
    try:
        yield app, port
    finally:
        server.should_exit = True
        await task


async def request(port: int, method: str, path: str, token: str = "", body: dict | None = None) -> dict:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    data = json.dumps(body).encode() if body is not None else b""
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    writer.write(
        f"{method} {path} HTTP/1.1\r\nHost: x\r\n{auth}Content-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data
    )
    answer = await reader.read()
    writer.close()
    return json.loads(answer.split(b"\r\n\r\n", 1)[1])


async def sign_in(port: int, code: str) -> str:
    return (await request(port, "POST", "/api/v1/session", body={"meeting": MEETING, "code": code}))["token"]


class RawStream:
    """An event stream read straight off a socket."""

    async def open(self, port: int, token: str, after: int) -> "RawStream":
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", port)
        self.writer.write(
            f"GET /api/v1/meetings/{MEETING}/events?after={after} HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {token}\r\n\r\n".encode()
        )
        self.seen = b""
        await self.until(b"event: hello")
        return self

    async def until(self, text: bytes) -> None:
        while text not in self.seen:
            chunk = await asyncio.wait_for(self.reader.read(65536), 10)
            assert chunk, "the stream ended"
            self.seen += chunk

    def close(self) -> None:
        self.writer.close()


def awaited_coroutines(task: asyncio.Task) -> list[str]:
    """The names of the coroutines a suspended task awaits through, outermost first."""
    names, awaited = [], task.get_coro()
    while asyncio.iscoroutine(awaited):
        names.append(awaited.cr_code.co_qualname)
        awaited = awaited.cr_await
    return names


def stream_tasks() -> list[asyncio.Task]:
    return [t for t in asyncio.all_tasks() if "EventStreamResponse.__call__" in awaited_coroutines(t)]


def test_an_open_stream_holds_two_tasks_and_a_short_stack(db_path):
    async def scenario():
        async with serving(db_path) as (app, port):
            token = await sign_in(port, "demo-kenya")
            before = len(asyncio.all_tasks())
            streams = [await RawStream().open(port, token, 0) for _ in range(STREAMS)]
            try:
                # One writer per stream, one listener for the client going away; nothing else.
                assert len(asyncio.all_tasks()) - before <= 2 * STREAMS
                writers = stream_tasks()
                assert len(writers) == STREAMS
                depths = {len(awaited_coroutines(t)) for t in writers}
                assert max(depths) <= MAX_STACK, [awaited_coroutines(t) for t in writers][0]
            finally:
                for s in streams:
                    s.close()

    asyncio.run(scenario())


def test_a_live_event_is_written_by_the_fan_out_without_waking_the_streams(db_path, monkeypatch):
    from companion.server.room import Subscriber

    woken = []  # why a writer was woken, should one be: the failure names the path
    wake = Subscriber._wake

    def told(self):
        woken.append((id(self), self.closed, len(self.frames), self.write_now is not None))
        wake(self)

    monkeypatch.setattr(Subscriber, "_wake", told)

    async def scenario():
        async with serving(db_path) as (app, port):
            kenya, chair = await sign_in(port, "demo-kenya"), await sign_in(port, "demo-chair")
            room = app.state.hub.rooms[MEETING]
            now = room.state.seq
            streams = [await RawStream().open(port, kenya, now) for _ in range(STREAMS)]
            try:
                subs = list(room.subscribers)
                assert len(subs) == STREAMS and all(s.write_now is not None for s in subs)
                waiters = [s._waiter for s in subs]  # each writer asleep on its mailbox
                assert all(w is not None and not w.done() for w in waiters)
                woken.clear()
                answer = await request(
                    port, "POST", f"/api/v1/meetings/{MEETING}/commands", chair,
                    {"type": "list.close", "item_id": "d1-floor-afternoon"},
                )
                for s in streams:
                    await s.until(f"id: {answer['seq']}\n".encode())
                # Every stream got the event, and no writer was woken for it: the same futures wait.
                busy = room.busy
                assert [s._waiter for s in subs] == waiters and not any(w.done() for w in waiters), (busy, woken)
            finally:
                for s in streams:
                    s.close()

    asyncio.run(scenario())


def test_each_event_is_encoded_once_for_every_stream(db_path):
    async def scenario():
        async with serving(db_path) as (app, port):
            chair = await sign_in(port, "demo-chair")
            room = app.state.hub.rooms[MEETING]
            viewers = [room.state.participants[p] for p in ("del-ke", "del-br", "del-jp")]
            mailboxes = [room.subscribe(v, room.state.seq)[1] for v in viewers]  # queued, never written
            await request(
                port, "POST", f"/api/v1/meetings/{MEETING}/commands", chair,
                {"type": "list.close", "item_id": "d1-floor-afternoon"},
            )
            frames = [m.frames for m in mailboxes]
            assert all(len(f) == 1 for f in frames)
            assert frames[0][0] is frames[1][0] is frames[2][0]  # one bytes object, not three copies
            assert frames[0][0] is room.log[-1].frame_for(viewers[0])

    asyncio.run(scenario())


def test_the_stream_route_is_answered_outside_the_router(db_path):
    """The FastAPI route stays declared (the API description); a GET never reaches the router."""

    async def scenario():
        async with serving(db_path) as (app, port):
            token = await sign_in(port, "demo-kenya")
            stream = await RawStream().open(port, token, 0)
            try:
                (writer,) = stream_tasks()
                chain = awaited_coroutines(writer)
                assert "EventStreamRoute.__call__" in chain
                assert not {"Router.__call__", "APIRoute.handle", "ExceptionMiddleware.__call__"} & set(chain)
            finally:
                stream.close()

    asyncio.run(scenario())


def test_a_direct_write_never_overtakes_frames_queued_for_a_connection_that_had_to_wait():
    from companion.domain.entities import Participant
    from companion.domain.vocabulary import Role
    from companion.server.room import Subscriber

    async def scenario():
        sub = Subscriber(Participant(id="del-ke", name="Kenya", role=Role.DELEGATE))
        written, taking = [], {"now": False}

        def write_now(data: bytes) -> bool:  # a connection that takes data only when told to
            if taking["now"]:
                written.append(data)
            return taking["now"]

        sub.write_now = write_now
        writer = asyncio.create_task(sub.take())
        await asyncio.sleep(0)  # the writer reaches its mailbox and sleeps
        assert sub.offer(b"1")  # the connection must wait (flow control): queued, the writer woken
        assert await writer == [b"1"] and written == []
        taking["now"] = True  # the connection takes data again, but the writer is busy sending "1"
        assert sub.offer(b"2")
        assert written == [] and await sub.take() == [b"2"]  # queued behind "1", not written ahead
        writer = asyncio.create_task(sub.take())
        await asyncio.sleep(0)
        assert sub.offer_all([b"3", b"4"])  # writer asleep, nothing queued: one write, at once
        assert written == [b"34"] and sub.frames == [] and not writer.done()
        sub.close()
        assert await writer is None

    asyncio.run(scenario())
