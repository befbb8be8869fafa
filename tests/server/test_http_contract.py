"""The HTTP contract, through the real server on loopback."""

import sqlite3
import time

import pytest
import requests

from companion.server.signin_gate import GUESSER_DELAY_S

ITEM = "d1-floor-morning"


def test_health_and_public_meeting_list(server):
    assert requests.get(f"{server.url}/api/v1/health", timeout=5).json() == {"status": "ok"}
    meetings = requests.get(f"{server.url}/api/v1/meetings", timeout=5).json()
    assert meetings[0]["id"] == "wipo-conv-12"
    assert meetings[0]["days"] == ["2025-10-28", "2025-10-29"]


def test_sign_in_gives_a_token_and_the_participant(api):
    chair = api("demo-chair")
    assert chair.participant["role"] == "chair"
    snap = chair.snapshot()
    assert snap["seq"] >= 15 and snap["meeting"]["time_zone"] == "Europe/Zurich"
    assert {i["id"] for i in snap["items"]} >= {"d1-opening", "d2-closing"}


def test_wrong_code_is_401_and_repeated_guessing_is_slowed_down(server):
    def attempt(code):
        return requests.post(
            f"{server.url}/api/v1/session", json={"meeting": "wipo-conv-12", "code": code}, timeout=5
        )

    assert attempt("guess-1").status_code == 401
    for n in range(2, 31):
        attempt(f"guess-{n}")
    started = time.monotonic()
    slowed = attempt("demo-chair")  # the right code waits now, and then signs in (signin_gate.py)
    assert slowed.status_code == 200 and time.monotonic() - started >= GUESSER_DELAY_S * 0.9
    started = time.monotonic()
    assert attempt("guess-32").status_code == 401 and time.monotonic() - started >= GUESSER_DELAY_S * 0.9


def test_codes_and_tokens_are_stored_only_hashed(server, api, tmp_path):
    chair = api("demo-chair")
    token = chair.http.headers["Authorization"].split()[1]
    dump = "\n".join(sqlite3.connect(tmp_path / "meeting.db").iterdump())
    assert token not in dump
    assert "demo-chair" not in dump.lower() and "DEMOCHAIR" not in dump


def test_sign_out_ends_the_token(api):
    chair = api("demo-chair")
    assert chair.http.delete(f"{chair.url}/api/v1/session", timeout=5).status_code == 204
    r = chair.http.get(f"{chair.url}/api/v1/meetings/wipo-conv-12", timeout=5)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"


def test_requests_without_a_token_are_401(server):
    r = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12", timeout=5)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"


def test_a_token_of_one_meeting_does_not_open_another(api):
    r = api("demo-chair").http.get(f"{api('demo-chair').url}/api/v1/meetings/other", timeout=5)
    assert r.status_code == 403


@pytest.mark.parametrize(
    ("who", "command", "status", "code"),
    [
        ("demo-brazil", {"type": "floor.call_next", "item_id": ITEM}, 403, "role_not_allowed"),
        ("demo-brazil", {"type": "list.close", "item_id": ITEM}, 403, "role_not_allowed"),
        (
            "demo-brazil",
            {"type": "agenda.set_status", "item_id": ITEM, "status": "live"},
            403,
            "role_not_allowed",
        ),
        (
            "demo-booth-fr",
            {"type": "floor.request", "item_id": ITEM, "language": "fr"},
            403,
            "role_not_allowed",
        ),
        ("demo-chair", {"type": "interpreter.slow_down"}, 403, "role_not_allowed"),
        (
            "demo-brazil",
            {"type": "floor.request", "item_id": ITEM, "language": "xx"},
            422,
            "unknown_language",
        ),
        ("demo-brazil", {"type": "floor.request", "item_id": ITEM}, 422, "missing_field"),
        (
            "demo-brazil",
            {"type": "floor.request", "item_id": "d1-panel-ip", "language": "en"},
            422,
            "list_not_open",
        ),
        ("demo-brazil", {"type": "teleport"}, 422, "unknown_command"),
        ("demo-brazil", {"kind": "statement"}, 422, "unknown_command"),
        ("demo-chair", {"type": "floor.call_next", "item_id": ITEM}, 422, "queue_empty"),
    ],
)
def test_refusals_carry_status_and_reason(api, who, command, status, code):
    r = api(who).command(**command)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert r.json()["error"]["message"]


def test_delegate_may_not_withdraw_someone_elses_request(api):
    rid = api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en")["events"][0]["data"][
        "request"
    ]["id"]
    r = api("demo-brazil").command(type="floor.withdraw", request_id=rid)
    assert r.status_code == 403 and r.json()["error"]["code"] == "not_your_request"


def test_stale_expectation_is_409(api):
    brazil, chair = api("demo-brazil"), api("demo-chair")
    brazil.ok(type="floor.request", item_id=ITEM, language="pt" if False else "es")
    r = chair.command(type="floor.call_next", item_id=ITEM, expected_request_id="fr-1")
    assert r.status_code == 409 and r.json()["error"]["code"] == "stale"
    seq = chair.snapshot()["seq"]
    assert chair.command(type="list.close", item_id=ITEM, expected_seq=seq - 1).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[1, 2]",
        b"null",
        b'"text"',
        b"\xff\xfe",
        b'{"type": 5}',
        b'{"type": "floor.request", "item_id": ["x"], "language": "en"}',
        b'{"type": "floor.request", "item_id": "d1-floor-morning", "language": "en", "minutes": 1e400}',
        b'{"type": "floor.move", "request_id": null, "position": -1}',
        b'{"type": "agenda.update", "item_id": "d1-quiz", "changes": {"limits": {"group": "long"}}}',
        b'{"type": "agenda.update", "item_id": "d1-quiz", "changes": {"start": 12}}',
        b'{"type": "agenda.update", "item_id": "d1-quiz", "changes": []}',
    ],
)
def test_malformed_bodies_get_a_clear_4xx(api, body):
    chair = api("demo-chair")
    r = chair.http.post(
        f"{chair.url}/api/v1/meetings/wipo-conv-12/commands",
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert 400 <= r.status_code < 500, r.text
    assert r.json()["error"]["message"]


def test_oversized_body_is_413(api):
    r = api("demo-brazil").command(type="floor.request", item_id=ITEM, language="en", text="x" * 600_000)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


def test_malformed_sign_in_is_422(server):
    r = requests.post(
        f"{server.url}/api/v1/session", data=b"{", headers={"Content-Type": "application/json"}, timeout=5
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_repeated_idempotency_key_records_once(api):
    brazil = api("demo-brazil")
    first = brazil.command(key="k-1", type="floor.request", item_id=ITEM, language="pt" if False else "en")
    again = brazil.command(key="k-1", type="floor.request", item_id=ITEM, language="en")
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    snap = brazil.snapshot()
    assert [r["participant_id"] for r in snap["requests"]] == ["del-br"]
    assert snap["seq"] == first.json()["seq"]
    other = brazil.command(key="k-1", type="floor.withdraw", request_id="whatever")
    assert other.status_code == 422 and other.json()["error"]["code"] == "idempotency_key_reused"
