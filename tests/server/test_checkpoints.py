"""A restart loads the latest checkpoint and replays only the tail, on both stores; a checkpoint
that does not fit the log or the code is ignored."""

import json
import shutil
import time

import pytest
from live_server import Api

from companion.server.registry import seed_demo
from companion.server.settings import Settings
from companion.server.stores import open_storage
from companion.server.threaded import ThreadedServer, free_port

MEETING = "wipo-conv-12"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, demo_db):
    if request.param == "sqlite":
        shutil.copy(demo_db, tmp_path / "meeting.db")
        return f"sqlite:///{tmp_path / 'meeting.db'}"
    url = request.getfixturevalue("fresh_pg_url")
    storage = open_storage(url)
    seed_demo(storage)
    storage.close()
    return url


@pytest.fixture
def server(db_url, tmp_path):
    settings = Settings(db_url=db_url, checkpoint_every=5, heads_file=str(tmp_path / "heads.json"))
    live = ThreadedServer(settings, free_port()).start()
    yield live
    live.stop()


def choose_channels(url: str, count: int) -> None:
    brazil = Api(url).sign_in("demo-brazil")
    for n in range(count):
        brazil.ok(type="channel.choose", channel="fr" if n % 2 else "es")


def stored_checkpoint(db_url: str):
    storage = open_storage(db_url)
    try:
        return storage.checkpoint(MEETING)
    finally:
        storage.close()


def wait_for_checkpoint(db_url: str, at_least: int) -> tuple[int, str]:
    deadline = time.monotonic() + 10
    while (found := stored_checkpoint(db_url)) is None or found[0] < at_least:
        assert time.monotonic() < deadline, "no checkpoint was written"
        time.sleep(0.1)
    return found


def test_a_checkpoint_is_written_while_serving_and_a_restart_serves_the_same_state(server, db_url):
    before = Api(server.url).sign_in("demo-chair").snapshot()["seq"]
    # The server's first tick checkpoints the seeded log; the next one needs 5 events more. Counted
    # from `before` instead, a tick among the commands checkpointed them halfway and the next never came.
    first, _ = wait_for_checkpoint(db_url, before)
    choose_channels(server.url, 6)
    seq, _ = wait_for_checkpoint(db_url, first + 5)
    choose_channels(server.url, 2)  # a tail after the checkpoint
    snapshot = Api(server.url).sign_in("demo-chair").snapshot()
    server.stop()
    server.start()
    again = Api(server.url).sign_in("demo-chair").snapshot()
    assert again == {**snapshot, "you": again["you"]}
    assert again["seq"] > seq


def test_the_checkpointed_state_is_what_a_restart_starts_from(server, db_url):
    choose_channels(server.url, 6)
    server.stop()  # shutdown checkpoints everything
    seq, text = stored_checkpoint(db_url)
    data = json.loads(text)
    data["state"]["meeting"]["title"] = "Marked in the checkpoint"  # visible only if it is loaded
    replace_checkpoint(db_url, seq, json.dumps(data))
    server.start()
    assert Api(server.url).sign_in("demo-chair").snapshot()["meeting"]["title"] == "Marked in the checkpoint"


@pytest.mark.parametrize("spoil", ["chain", "domain"])
def test_a_checkpoint_that_does_not_fit_the_log_or_the_code_is_ignored(server, db_url, spoil):
    choose_channels(server.url, 6)
    server.stop()
    seq, text = stored_checkpoint(db_url)
    data = json.loads(text)
    data["state"]["meeting"]["title"] = "Marked in the checkpoint"
    data[spoil] = "00" * 32 if spoil == "chain" else "other-rules"
    replace_checkpoint(db_url, seq, json.dumps(data))
    server.start()
    title = Api(server.url).sign_in("demo-chair").snapshot()["meeting"]["title"]
    assert title != "Marked in the checkpoint" and "WIPO" in title


def replace_checkpoint(db_url: str, seq: int, text: str) -> None:
    """Overwrite the stored checkpoint row as it is (the store only ever moves it forward)."""
    if db_url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as db:
            db.execute("UPDATE checkpoints SET data = ? WHERE meeting_id = ? AND seq = ?", (text, MEETING, seq))
        return
    import psycopg

    with psycopg.connect(db_url) as conn:
        conn.execute("UPDATE checkpoints SET data = %s WHERE meeting_id = %s AND seq = %s", (text, MEETING, seq))
