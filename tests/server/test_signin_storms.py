"""Sign-ins that neither flood the server nor lock a venue out, against a real ``serve``
(issue 28 point 4). Clients come from loopback addresses of their own (127.0.0.x)."""

from __future__ import annotations

import http.client
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from serve_process import ServeProcess

from companion.server.signin_gate import GUESSER_DELAY_S, PER_PARTICIPANT

MEETING = "wipo-conv-12"


@pytest.fixture
def serve(tmp_path, demo_db):
    shutil.copy(demo_db, tmp_path / "meeting.db")
    server = ServeProcess(f"sqlite:///{tmp_path / 'meeting.db'}", "--sessions-per-participant", "3")
    yield server.wait_ready()
    server.stop()


def request(port: int, source: str, method: str, path: str, body=None, token: str = ""):
    """(status, headers, JSON body, seconds) of one request from *source*."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    try:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        conn.request(method, path, json.dumps(body) if body is not None else None, headers)
        answer = conn.getresponse()
        data = answer.read()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, json.loads(data) if data else None, (
            time.monotonic() - started
        )
    finally:
        conn.close()


def sign_in(port: int, source: str, code: str):
    return request(port, source, "POST", "/api/v1/session", {"meeting": MEETING, "code": code})


def test_a_mistyping_address_is_slowed_but_a_right_code_from_it_signs_in(serve):
    venue = "127.0.0.20"
    assert {sign_in(serve.port, venue, f"WRONG-{n:04d}")[0] for n in range(31)} == {401}
    status, _, body, took = sign_in(serve.port, venue, "demo-kenya")  # a delegate behind the same NAT
    assert status == 200 and body["participant"]["id"] == "del-ke"
    assert took >= GUESSER_DELAY_S * 0.9  # slowed, not locked out
    status, _, _, took = sign_in(serve.port, "127.0.0.21", "demo-kenya")  # elsewhere: not slowed
    assert status == 200 and took < GUESSER_DELAY_S


def test_valid_sign_ins_are_limited_per_participant(serve):
    answers = [sign_in(serve.port, f"127.0.0.{30 + n % 5}", "demo-japan") for n in range(PER_PARTICIPANT.burst + 1)]
    assert [a[0] for a in answers] == [200] * PER_PARTICIPANT.burst + [429]
    status, headers, body, _ = answers[-1]
    assert body["error"]["code"] == "rate_limited" and int(headers["retry-after"]) >= 1
    assert sign_in(serve.port, "127.0.0.30", "demo-egypt")[0] == 200  # someone else is not held up


def test_a_participants_sessions_are_capped_the_oldest_ended(serve):
    tokens = [sign_in(serve.port, "127.0.0.40", "demo-brazil")[2]["token"] for _ in range(4)]
    snapshot = f"/api/v1/meetings/{MEETING}"
    statuses = [request(serve.port, "127.0.0.40", "GET", snapshot, token=t)[0] for t in tokens]
    assert statuses == [401, 200, 200, 200]


def test_a_storm_from_one_address_is_refused_429_while_another_signs_in_at_once(serve):
    storm = "127.0.0.50"
    with ThreadPoolExecutor(max_workers=32) as pool:
        attempts = pool.map(lambda n: sign_in(serve.port, storm, f"GUESS-{n:05d}"), range(400))
        legit = pool.submit(lambda: [sign_in(serve.port, "127.0.0.51", "demo-chair") for _ in range(3)])
        statuses = [a[0] for a in attempts]
        others = legit.result()
    assert set(statuses) <= {401, 429} and 429 in statuses
    assert all(status == 200 for status, *_ in others)
    assert max(took for *_, took in others) < 2.0  # served while the storm went on
