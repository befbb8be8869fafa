"""One suite, both stores: every case runs on a SQLite file and on a PostgreSQL database."""

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.server.postgres_migrations import MIGRATIONS
from companion.server.sqlite_storage import SCHEMA_VERSION
from companion.server.storage import AnswerTaken, Idempotency, SeqTaken, StorageError, TokenGrant
from companion.server.stores import open_storage


@pytest.fixture
def store(store_url):
    opened = open_storage(store_url)
    yield opened
    opened.close()


def env(seq: int, text: str = "x") -> str:
    return f'{{"seq": {seq}, "t": "{text}"}}'


def test_the_log_keeps_each_meeting_in_order(store):
    store.append("m1", 1, [env(1), env(2)])
    store.append("m2", 1, [env(1, "other")])
    store.append("m1", 3, [env(3)])
    assert store.meeting_ids() == ["m1", "m2"]
    assert store.events_after("m1", 0) == [env(1), env(2), env(3)]
    assert store.events_after("m1", 2) == [env(3)]
    assert store.events_after("m2", 0) == [env(1, "other")]
    assert store.events_after("nowhere", 0) == []


def test_a_taken_seq_is_refused_and_nothing_of_that_append_is_kept(store):
    store.append("m", 1, [env(1)])
    record = Idempotency("p1", "k1", "fp", '{"seq": 2}')
    with pytest.raises(SeqTaken):
        store.append("m", 1, [env(1, "late")], idempotency=[record], credential=("h", "p1"))
    assert store.events_after("m", 0) == [env(1)]
    assert store.answered("m", "p1", "k1") is None
    assert store.participant_for_code("m", "h") is None


def test_an_answer_is_remembered_per_sender_and_a_second_one_for_the_same_key_is_refused(store):
    store.append("m", 1, [env(1)], idempotency=[Idempotency("p1", "k", "fp1", "answer-1")])
    assert store.answered("m", "p1", "k") == Idempotency("p1", "k", "fp1", "answer-1")
    assert store.answered("m", "p2", "k") is None  # another sender's identical key is another command
    with pytest.raises(AnswerTaken):
        store.append("m", 2, [env(2)], idempotency=[Idempotency("p1", "k", "fp2", "answer-2")])
    assert store.events_after("m", 1) == []  # the losing append left nothing behind
    store.append("m", 2, [env(2)], idempotency=[Idempotency("p2", "k", "fp2", "answer-2")])
    assert store.answered("m", "p2", "k").answer == "answer-2"


def test_a_new_code_replaces_the_participants_old_one(store):
    store.append("m", 1, [env(1)], credential=("old-hash", "p1"))
    assert store.participant_for_code("m", "old-hash") == "p1"
    store.append("m", 2, [env(2)], credentials=[("new-hash", "p1"), ("other", "p2")])
    assert store.participant_for_code("m", "old-hash") is None
    assert store.participant_for_code("m", "new-hash") == "p1"
    assert store.participant_for_code("m", "other") == "p2"
    assert store.participant_for_code("another-meeting", "new-hash") is None


def test_tokens_live_until_ended_and_count_their_last_use(store):
    store.save_token("t1", TokenGrant("m", "p1", 100.0))
    store.save_token("t2", TokenGrant("m", "p1", 100.0))
    store.save_token("t3", TokenGrant("m", "p2", 100.0))
    store.touch_token("t1", 500.0)
    store.touch_token("t1", 300.0)  # an older use never moves the clock back
    assert store.token("t1") == TokenGrant("m", "p1", 500.0)
    assert store.token("nope") is None
    assert store.live_tokens(["t1", "t2", "t3", "nope"]) == {"t1", "t2", "t3"}
    assert store.delete_tokens_unused_since(200.0) == 2  # t2 and t3
    assert store.live_tokens(["t1", "t2", "t3"]) == {"t1"}
    store.save_token("t4", TokenGrant("m", "p1", 600.0))
    assert store.delete_tokens_of("m", "p1") == 2
    store.save_token("t5", TokenGrant("m", "p3", 0.0))
    store.delete_token("t5")
    assert store.token("t5") is None


def test_many_tokens_are_checked_at_once(store):
    for n in range(600):  # more than SQLite's parameters per statement
        store.save_token(f"t{n}", TokenGrant("m", "p", 1.0))
    asked = [f"t{n}" for n in range(0, 1200, 2)]
    assert store.live_tokens(asked) == {f"t{n}" for n in range(0, 600, 2)}


def test_a_secret_is_made_once_and_can_be_removed(store):
    assert store.stored_secret("s") is None
    assert store.secret("s", b"first") == b"first"
    assert store.secret("s", b"second") == b"first"
    assert store.stored_secret("s") == b"first"
    store.delete_secret("s")
    assert store.stored_secret("s") is None


def test_the_latest_checkpoint_is_kept_and_an_older_one_never_replaces_it(store):
    assert store.checkpoint("m") is None
    store.save_checkpoint("m", 10, "state at 10")
    store.save_checkpoint("m", 5, "state at 5")  # a slower replica, late
    assert store.checkpoint("m") == (10, "state at 10")
    store.save_checkpoint("m", 12, "state at 12")
    assert store.checkpoint("m") == (12, "state at 12")
    assert store.checkpoint("other") is None


def test_a_waiting_store_hears_of_another_writers_append(store_url, store):
    store.wait_for_change(0.2)  # whatever start-up reports
    other = open_storage(store_url)
    try:
        heard = []
        waiter = threading.Thread(target=lambda: heard.extend(store.wait_for_change(5.0)))
        waiter.start()
        other.append("m", 1, [env(1)])
        waiter.join(timeout=10)
        assert heard, "no change reported"
        assert all(c.meeting_id in (None, "m") for c in heard)
        assert store.events_after("m", 0) == [env(1)]
    finally:
        other.close()


def test_waiting_with_nothing_written_returns_empty_after_the_timeout(store):
    store.wait_for_change(0.2)
    assert store.wait_for_change(0.3) == []


def test_the_data_survives_reopening(store_url):
    first = open_storage(store_url)
    first.append("m", 1, [env(1)], idempotency=[Idempotency("p", "k", "fp", "a")])
    first.close()
    again = open_storage(store_url)
    try:
        assert again.events_after("m", 0) == [env(1)]
        assert again.answered("m", "p", "k").answer == "a"
    finally:
        again.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=40).filter(lambda t: "\x00" not in t), min_size=1, max_size=5))
def test_any_text_comes_back_as_stored(store, texts):
    start = len(store.events_after("h", 0)) + 1
    store.append("h", start, texts)
    assert store.events_after("h", start - 1) == texts


def test_a_bad_database_url_is_one_clear_error():
    with pytest.raises(StorageError, match="unsupported database URL"):
        open_storage("mysql://x@y/z")
    with pytest.raises(StorageError, match="cannot open the database postgresql://nobody:\\*\\*\\*@127.0.0.1:1/x"):
        open_storage("postgresql://nobody:secret@127.0.0.1:1/x")


def mark_newer(store_url: str, version: int) -> None:
    """Make the database look migrated by a future server."""
    if store_url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as db:
            db.execute(f"PRAGMA user_version = {version}")
        return
    import psycopg

    with psycopg.connect(store_url, autocommit=True) as conn:
        if version > len(MIGRATIONS):
            conn.execute("INSERT INTO schema_version VALUES (%s)", (version,))
        else:
            conn.execute("DELETE FROM schema_version WHERE version > %s", (version,))


def test_a_database_newer_than_the_code_is_refused_with_one_clear_error(store_url):
    open_storage(store_url).close()
    mark_newer(store_url, 99)
    try:
        with pytest.raises(StorageError, match="schema version 99, newer than this server knows"):
            open_storage(store_url)
    finally:
        mark_newer(store_url, SCHEMA_VERSION)
    open_storage(store_url).close()  # the same database at the known version opens again


def test_a_file_from_before_versions_is_brought_up_to_date(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # the first release: tokens had no last_used
        db.execute("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, meeting_id TEXT, participant_id TEXT)")
        db.execute("INSERT INTO tokens VALUES ('t', 'm', 'p')")
    store = open_storage(f"sqlite:///{path}")
    try:
        assert store.token("t").last_used > 0
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_documents_are_kept_per_meeting_in_order_and_removed(store):
    store.save_document("m", "d1", "item-1", '{"id": "d1"}', b"%PDF-1.7 first")
    store.save_document("m", "d2", "item-2", '{"id": "d2"}', b"second")
    store.save_document("other", "d1", "item-1", '{"id": "d1", "other": true}', b"elsewhere")
    assert store.documents("m") == ['{"id": "d1"}', '{"id": "d2"}']
    assert store.document_body("m", "d1") == b"%PDF-1.7 first"
    assert store.document_body("m", "nope") is None
    assert store.delete_document("m", "d1") and not store.delete_document("m", "d1")
    assert store.documents("m") == ['{"id": "d2"}']
    assert store.document_body("other", "d1") == b"elsewhere"
