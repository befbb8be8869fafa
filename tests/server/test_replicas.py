"""Two real ``serve`` processes on one PostgreSQL database serve one meeting."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from live_server import Api
from serve_process import ServeProcess, eventually, next_event_of_type

from companion.server.registry import seed_demo
from companion.server.stores import open_storage

FLOOR = {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en"}


@pytest.fixture
def replicas(fresh_pg_url):
    """Replicas A and B on a database holding the bundled meeting."""
    storage = open_storage(fresh_pg_url)
    seed_demo(storage)
    storage.close()
    started = [ServeProcess(fresh_pg_url, "--no-rate-limit") for _ in range(2)]
    try:
        yield [s.wait_ready() for s in started]
    finally:
        for s in started:
            s.stop()


def logged(url: str, kind: str) -> list[dict]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT envelope FROM events WHERE meeting_id = 'wipo-conv-12' ORDER BY seq")
        envelopes = [json.loads(r[0]) for r in rows]
    return [e for e in envelopes if e["type"] == kind]


def test_a_command_on_one_replica_reaches_a_stream_on_the_other_within_a_second(replicas):
    a, b = replicas
    chair_on_b = Api(b.url).sign_in("demo-chair")
    stream = chair_on_b.stream(after=chair_on_b.snapshot()["seq"])
    try:
        answer = Api(a.url).sign_in("demo-brazil").ok(**FLOOR, text="Sent to A")
        sent = time.monotonic()
        event, heard = next_event_of_type(stream, "floor.requested")
    finally:
        stream.close()
    assert event["seq"] == answer["seq"] and event["data"]["request"]["text"] == "Sent to A"
    assert heard - sent < 1.0
    assert chair_on_b.snapshot()["seq"] == answer["seq"]


def test_the_same_key_sent_to_both_replicas_at_once_makes_one_event_and_one_answer(replicas, fresh_pg_url):
    a, b = replicas
    on_a, on_b = Api(a.url).sign_in("demo-brazil"), Api(b.url).sign_in("demo-brazil")
    before = len(logged(fresh_pg_url, "channel.chosen"))
    with ThreadPoolExecutor(2) as pool:
        for n in range(10):
            start = threading.Barrier(2)
            command = {"type": "channel.choose", "channel": "fr" if n % 2 else "es"}

            def send(api, key=f"same-key-{n}", start=start, command=command):
                start.wait()  # both replicas get the key at the same moment
                return api.command(key=key, **command)

            answers = list(pool.map(send, (on_a, on_b)))
            assert [r.status_code for r in answers] == [200, 200], [r.text for r in answers]
            assert answers[0].json() == answers[1].json()
    assert len(logged(fresh_pg_url, "channel.chosen")) - before == 10  # one event per key, not two


def test_commands_racing_on_both_replicas_get_one_gapless_sequence(replicas, fresh_pg_url):
    a, b = replicas
    senders = [Api(a.url).sign_in("demo-brazil"), Api(b.url).sign_in("demo-kenya")]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(
            lambda n: senders[n % 2].command(key=f"k{n}", type="channel.choose", channel="fr" if n % 4 < 2 else "es"),
            range(40),
        ))
    assert all(r.status_code == 200 for r in results), [r.text for r in results if r.status_code != 200]
    with psycopg.connect(fresh_pg_url) as conn:
        seqs = [r[0] for r in conn.execute("SELECT seq FROM events WHERE meeting_id = 'wipo-conv-12' ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))  # gapless, nothing twice
    acknowledged = {e["seq"] for r in results for e in r.json()["events"]}
    assert acknowledged <= set(seqs)
    chairs = [Api(a.url).sign_in("demo-chair"), Api(b.url).sign_in("demo-chair")]
    eventually(lambda: chairs[0].snapshot()["seq"] == chairs[1].snapshot()["seq"] == seqs[-1])


def test_after_kill_9_of_one_replica_the_other_serves_everything_acknowledged(replicas):
    a, b = replicas
    answer = Api(a.url).sign_in("demo-brazil").ok(**FLOOR, text="Acknowledged by A")
    a.kill()
    chair = Api(b.url).sign_in("demo-chair")
    snap = chair.snapshot()
    assert snap["seq"] >= answer["seq"]
    assert "Acknowledged by A" in [r["text"] for r in snap["requests"]]
    stream = chair.stream(after=snap["seq"])
    try:
        later = Api(b.url).sign_in("demo-kenya").ok(**FLOOR, text="B carries on")
        event, _ = next_event_of_type(stream, "floor.requested")
    finally:
        stream.close()
    assert event["seq"] == later["seq"] == snap["seq"] + 1


def test_two_demo_replicas_started_together_on_an_empty_database_both_serve(fresh_pg_url):
    started = [ServeProcess(fresh_pg_url, "--demo") for _ in range(2)]
    try:
        first, second = (s.wait_ready() for s in started)
        chairs = [Api(s.url).sign_in("demo-chair") for s in (first, second)]
        eventually(lambda: chairs[0].snapshot()["seq"] == chairs[1].snapshot()["seq"] > 0)
        assert len(logged(fresh_pg_url, "meeting.created")) == 1
    finally:
        for s in started:
            s.stop()


def test_one_key_from_two_participants_on_two_replicas_is_two_commands(replicas, fresh_pg_url):
    a, b = replicas
    before = len(logged(fresh_pg_url, "channel.chosen"))
    brazil, kenya = Api(a.url).sign_in("demo-brazil"), Api(b.url).sign_in("demo-kenya")
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda api: api.command(key="shared-key", type="channel.choose", channel="fr"),
                                (brazil, kenya)))
    assert [r.status_code for r in answers] == [200, 200]
    assert answers[0].json() != answers[1].json()
    assert len(logged(fresh_pg_url, "channel.chosen")) - before == 2


def test_signing_out_on_one_replica_ends_the_stream_on_the_other(replicas):
    a, b = replicas
    kenya_on_b = Api(b.url).sign_in("demo-kenya")
    stream = kenya_on_b.stream(after=kenya_on_b.snapshot()["seq"])
    on_a = Api(a.url)
    on_a.http.headers["Authorization"] = kenya_on_b.http.headers["Authorization"]  # the same sign-in
    assert on_a.http.delete(f"{a.url}/api/v1/session", timeout=10).status_code == 204
    ended = time.monotonic()
    with pytest.raises(EOFError):
        while True:
            stream.next()
    assert time.monotonic() - ended < 5  # the other replica checks its streams' tokens every second
