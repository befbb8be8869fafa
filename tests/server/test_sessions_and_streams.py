"""Token lifecycle and stream caps against the real server: sign-out, expiry and revocation close
streams; a token holds at most 5 streams, an address a capped number; backlogs go out in chunks."""

import asyncio
import time

import pytest
from live_server import Api, LiveServer

from companion.server.cli import main as cli_main
from companion.server.sessions import Sessions
from companion.server.storage import TokenGrant
from companion.server.stream_registry import StreamRegistry

ITEM = "d1-floor-morning"


@pytest.fixture
def quiet_server(db_path):
    """Keep-alives far apart: a stream that ends was closed, not timed out."""
    live = LiveServer(db_path, keepalive=60.0).start()
    yield live
    live.stop()


def start(live, **settings):
    return LiveServer(live, keepalive=60.0, **settings).start()


def read_to_end(stream) -> None:
    """Read until the server closes the stream; a ReadTimeout means it never did."""
    with pytest.raises(EOFError):
        while True:
            stream.next()


def test_sign_out_closes_the_tokens_open_streams(quiet_server):
    kenya = Api(quiet_server.url).sign_in("demo-kenya")
    streams = [kenya.stream(timeout=10) for _ in range(2)]
    for s in streams:
        assert s.next()[0] == "hello"
    assert kenya.http.delete(f"{kenya.url}/api/v1/session", timeout=10).status_code == 204
    for s in streams:
        read_to_end(s)
    assert kenya.http.get(f"{kenya.url}/api/v1/meetings/{kenya.meeting}", timeout=10).status_code == 401


def test_a_sixth_stream_of_a_token_closes_the_oldest(quiet_server):
    kenya = Api(quiet_server.url).sign_in("demo-kenya")
    now = kenya.snapshot()["seq"]
    streams = [kenya.stream(after=now, timeout=10) for _ in range(6)]
    for s in streams:
        assert s.next()[0] == "hello"
    read_to_end(streams[0])
    seq = kenya.ok(type="channel.choose", channel="fr")["seq"]
    assert [s.events(1)[0]["seq"] for s in streams[1:]] == [seq] * 5


def test_streams_per_address_are_capped(db_path):
    live = start(db_path, streams_per_address=3)
    try:
        codes = ("demo-kenya", "demo-brazil", "demo-japan", "demo-eu")
        clients = [Api(live.url).sign_in(code) for code in codes]
        held = [c.stream(timeout=10) for c in clients[:3]]
        url = f"{live.url}/api/v1/meetings/wipo-conv-12/events"
        r = clients[3].http.get(url, stream=True, timeout=10)
        assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_streams"
        assert "Retry-After" in r.headers
        held[0].close()
        deadline = time.monotonic() + 10  # a closed stream frees its place once the server sees it
        while (r := clients[3].http.get(url, stream=True, timeout=10)).status_code == 429:
            r.close()
            assert time.monotonic() < deadline, "the place of a closed stream was not freed"
        assert r.status_code == 200
        r.close()
    finally:
        live.stop()


def test_an_expired_token_ends_and_its_stream_closes(db_path):
    live = start(db_path, session_ttl=1.5)
    try:
        kenya = Api(live.url).sign_in("demo-kenya")
        stream = kenya.stream(timeout=15)
        assert stream.next()[0] == "hello"
        read_to_end(stream)  # nobody used the token for 1.5 s
        r = kenya.http.get(f"{live.url}/api/v1/meetings/wipo-conv-12", timeout=10)
        assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"
    finally:
        live.stop()


def test_secretariat_revokes_every_token_and_stream_of_a_participant_at_once(quiet_server):
    url = quiet_server.url
    first, second = Api(url).sign_in("demo-kenya"), Api(url).sign_in("demo-kenya")
    streams = [first.stream(timeout=10), second.stream(timeout=10)]
    for s in streams:
        assert s.next()[0] == "hello"
    secretariat = Api(url).sign_in("demo-secretariat")
    before = secretariat.snapshot()["seq"]
    answer = secretariat.ok(type="sessions.revoke", participant_id="del-ke")
    assert answer["revoked"] == {"tokens": 2, "streams": 2} and answer["events"] == []
    for s in streams:
        read_to_end(s)
    for client in (first, second):
        assert client.command(type="channel.choose", channel="fr").status_code == 401
    assert secretariat.snapshot()["seq"] == before  # nothing appended


@pytest.mark.parametrize(
    ("code", "command", "status", "error"),
    [
        ("demo-kenya", {"participant_id": "del-br"}, 403, "role_not_allowed"),
        ("demo-chair", {"participant_id": "del-br"}, 403, "role_not_allowed"),
        ("demo-secretariat", {"participant_id": "nobody"}, 422, "unknown_participant"),
        ("demo-secretariat", {}, 422, "missing_field"),
    ],
)
def test_revoking_is_the_secretariats_and_names_a_participant(api, code, command, status, error):
    r = api(code).command(type="sessions.revoke", **command)
    assert r.status_code == status and r.json()["error"]["code"] == error


def test_the_cli_revokes_too_and_the_running_server_closes_the_streams(quiet_server, db_path, capsys):
    kenya = Api(quiet_server.url).sign_in("demo-kenya")
    stream = kenya.stream(timeout=15)
    assert stream.next()[0] == "hello"
    db = f"sqlite:///{db_path}"
    assert (
        cli_main(["revoke-sessions", "--db", db, "--meeting", "wipo-conv-12", "--participant", "del-ke"]) == 0
    )
    assert "Ended 1 sign-in" in capsys.readouterr().out
    read_to_end(stream)  # the server checks open streams' tokens every few seconds
    assert kenya.command(type="channel.choose", channel="fr").status_code == 401


def test_a_backlog_larger_than_a_chunk_arrives_whole_and_in_order(api):
    chair = api("demo-chair")
    start_seq = chair.snapshot()["seq"]
    for n in range(40):  # ~200 KB of log: several chunks
        chair.ok(type="agenda.update", item_id=ITEM, changes={"description": f"{n} " + "d" * 4900})
    got = chair.stream(after=0).events(start_seq + 40)
    assert [e["seq"] for e in got] == list(range(1, start_seq + 41))
    seq = chair.ok(type="channel.choose", channel="fr")["seq"]  # then live, without a gap
    assert seq == start_seq + 41


class FakeStorage:
    def __init__(self):
        self.tokens = {}

    def save_token(self, h, grant):
        self.tokens[h] = grant

    def token(self, h):
        return self.tokens.get(h)

    def touch_token(self, h, at):
        pass

    def delete_token(self, h):
        self.tokens.pop(h, None)


def test_each_use_extends_a_token_ttl_after_last_use():
    now = [0.0]
    sessions = Sessions(FakeStorage(), StreamRegistry(), ttl=10, clock=lambda: now[0])

    async def scenario():
        await sessions.start("h", TokenGrant("m", "p"))
        uses = []
        for t in (8, 16, 24, 34.5):
            now[0] = t
            uses.append(await sessions.use("h") is not None)
        return uses

    assert asyncio.run(scenario()) == [True, True, True, False]
