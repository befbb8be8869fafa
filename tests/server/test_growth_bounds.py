"""Growth bounded by design, against a real ``serve`` (issue 28 point 2): a withdrawn or declined
request's text leaves the live state (its length, language and outcome stay), and each
participant's statement texts have a quota, so asking and withdrawing with a long text cannot
fill the database, the memory or the chair's snapshot."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import requests
from live_server import Api
from serve_process import ServeProcess

from companion.domain.limits import MAX_STATEMENT_CHARS, MAX_TEXT_CHARS_PER_PARTICIPANT

ITEM = "d1-floor-morning"
LONG = "x" * MAX_STATEMENT_CHARS


@pytest.fixture
def serve(tmp_path, demo_db):
    shutil.copy(demo_db, tmp_path / "meeting.db")
    server = ServeProcess(f"sqlite:///{tmp_path / 'meeting.db'}", "--no-rate-limit")
    yield server.wait_ready()
    server.stop()


def ask_and_withdraw(delegate: Api, text: str) -> requests.Response:
    asked = delegate.command(type="floor.request", item_id=ITEM, language="en", text=text)
    if asked.status_code == 200:
        rid = asked.json()["events"][0]["data"]["request"]["id"]
        delegate.ok(type="floor.withdraw", request_id=rid)
    return asked


def requests_of(snapshot: dict, participant: str) -> list[dict]:
    return [r for r in snapshot["requests"] if r["participant_id"] == participant]


def test_a_withdrawn_or_declined_requests_text_leaves_the_state_and_its_record_stays(serve):
    chair, kenya = Api(serve.url).sign_in("demo-chair"), Api(serve.url).sign_in("demo-kenya")
    ask_and_withdraw(kenya, LONG)
    declined = kenya.ok(type="floor.request", item_id=ITEM, language="fr", text="y" * 500)
    chair.ok(type="floor.decline", request_id=declined["events"][0]["data"]["request"]["id"])
    for viewer in (chair, kenya):
        ended = requests_of(viewer.snapshot(), "del-ke")
        assert [(r["status"], r["text"], r["has_text"], r["text_length"], r["language"]) for r in ended] == [
            ("withdrawn", None, True, MAX_STATEMENT_CHARS, "en"),
            ("declined", None, True, 500, "fr"),
        ]


def test_each_participants_texts_have_a_quota_and_a_request_without_text_still_goes(serve):
    kenya = Api(serve.url).sign_in("demo-kenya")
    fits = MAX_TEXT_CHARS_PER_PARTICIPANT // MAX_STATEMENT_CHARS
    assert [ask_and_withdraw(kenya, LONG).status_code for _ in range(fits)] == [200] * fits
    refused = ask_and_withdraw(kenya, LONG)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "text_quota"
    assert ask_and_withdraw(kenya, "").status_code == 200  # the floor itself is not refused
    brazil = Api(serve.url).sign_in("demo-brazil")
    assert ask_and_withdraw(brazil, LONG).status_code == 200  # another participant's quota


def test_asking_and_withdrawing_with_long_texts_keeps_the_database_and_the_chairs_snapshot_small(
    serve, tmp_path
):
    db = tmp_path / "meeting.db"
    size = lambda: sum(os.path.getsize(p) for p in (db, f"{db}-wal") if os.path.exists(p))  # noqa: E731
    before = size()
    delegates = [Api(serve.url).sign_in(code) for code in ("demo-kenya", "demo-brazil", "demo-japan")]
    statuses = [ask_and_withdraw(d, LONG).status_code for _ in range(15) for d in delegates]
    assert statuses.count(422) == 3 * (15 - MAX_TEXT_CHARS_PER_PARTICIPANT // MAX_STATEMENT_CHARS)
    chair = Api(serve.url).sign_in("demo-chair")
    snapshot = chair.http.get(f"{serve.url}/api/v1/meetings/wipo-conv-12", timeout=10)
    assert len(snapshot.content) < 200_000  # the texts of 30 withdrawn requests are not in it
    assert "x" * 100 not in json.dumps(snapshot.json())
    # What the log keeps: three quotas of text and the records, not 45 texts.
    assert size() - before < 3 * MAX_TEXT_CHARS_PER_PARTICIPANT * 2 + 1_000_000
