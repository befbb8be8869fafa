"""Edges of who may sign in and of a command's stored answer, found by the server's mutation run
(docs/mutation-testing.md): the sign-in throttle's arithmetic, the stored form of codes and tokens,
and the answer a key finds again."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
import threading

import pytest
import requests

from companion.domain import Invalid
from companion.domain.entities import Participant
from companion.domain.vocabulary import Role
from companion.server.credentials import (
    CODE_ALPHABET,
    CODE_ROUNDS,
    SignInThrottle,
    hash_code,
    hash_token,
    new_code,
    new_token,
    normalize_code,
)
from companion.server.logged_event import LoggedEvent
from companion.server.room import MeetingRoom
from companion.server.sqlite_storage import SqliteStorage
from companion.server.storage import Idempotency
from companion.server.stores import open_storage


class Clock:
    """A hand-moved monotonic clock."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- the sign-in throttle ---------------------------------------------------------------------


def test_the_wait_is_what_is_left_of_the_window_since_the_oldest_of_the_counted_failures():
    clock = Clock()
    throttle = SignInThrottle(allowed=3, window=60, clock=clock)
    for at in (1000, 1010, 1020):
        clock.now = at
        assert throttle.wait_seconds("m", "a") == 0  # fewer than three: may try
        throttle.failed("m", "a")
    clock.now = 1030
    assert throttle.wait_seconds("m", "a") == 30  # the first failure (1000) counts until 1060
    clock.now = 1060
    assert throttle.wait_seconds("m", "a") == 0  # exactly at its end: it no longer counts
    clock.now = 1059.5
    assert throttle.wait_seconds("m", "a") == 0.5


def test_the_wait_runs_from_the_oldest_of_the_last_allowed_failures_and_memory_stays_bounded():
    clock = Clock(0)
    throttle = SignInThrottle(allowed=2, window=60, clock=clock)
    for at in (0, 10, 20):
        clock.now = at
        throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 50  # from 10 (the 2nd last), not from 0
    clock.now = 25
    for _ in range(100):
        throttle.failed("m", "a")
    assert len(throttle._failures[("m", "a")]) == 2  # a guesser's hammering keeps two stamps


def test_a_failure_older_than_the_window_no_longer_counts():
    clock = Clock()
    throttle = SignInThrottle(allowed=2, window=60, clock=clock)
    throttle.failed("m", "a")
    clock.now += 61
    throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 0  # one failure in the last minute, two allowed
    throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 60  # the two of this minute count, not the old one


def test_a_failure_exactly_one_window_old_still_counts():
    clock = Clock()
    throttle = SignInThrottle(allowed=2, window=60, clock=clock)
    throttle.failed("m", "a")
    clock.now += 60
    throttle.failed("m", "a")  # the first is exactly one window old: still counted, so two...
    assert throttle.wait_seconds("m", "a") == 0  # ... and the wait it imposes ends now
    clock.now += 0.5
    assert throttle.wait_seconds("m", "a") == 0  # now it is out: one failure left, under two


def test_the_throttle_counts_per_meeting_and_address():
    clock = Clock()
    throttle = SignInThrottle(allowed=1, window=60, clock=clock)
    throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 60
    assert throttle.wait_seconds("m", "b") == 0
    assert throttle.wait_seconds("other", "a") == 0


def test_asking_about_an_address_remembers_nothing():
    throttle = SignInThrottle(allowed=1, window=60, clock=Clock())
    for n in range(10):
        assert throttle.wait_seconds("m", f"10.0.0.{n}") == 0
    assert len(throttle) == 0


def test_addresses_without_a_recent_failure_are_forgotten_once_a_window_has_passed():
    clock = Clock()
    throttle = SignInThrottle(allowed=5, window=60, clock=clock)
    throttle.failed("m", "old")
    clock.now += 30
    throttle.failed("m", "newer")
    assert len(throttle) == 2
    clock.now += 31  # "old" failed 61 s ago, "newer" 31 s ago; the first prune was at the start
    throttle.failed("m", "third")
    assert len(throttle) == 2  # "old" forgotten, "newer" and "third" kept
    assert throttle.wait_seconds("m", "newer") == 0 and len(throttle) == 2


def test_pruning_happens_at_most_once_a_window():
    clock = Clock()
    throttle = SignInThrottle(allowed=5, window=60, clock=clock)
    throttle.failed("m", "a")  # prunes (nothing) and sets the next prune one window later
    clock.now += 61
    throttle.failed("m", "b")  # prunes: "a" is 61 s old
    assert len(throttle) == 1
    clock.now += 59
    throttle.failed("m", "c")  # "b" is 59 s old, within the window: kept; no prune due anyway
    clock.now += 2
    throttle.failed("m", "d")  # 61 s after "b", but only 61 s after the last prune: prunes "b"
    assert len(throttle) == 2


def test_an_address_gone_quiet_is_forgotten_at_the_next_prune_not_before():
    clock = Clock(970)
    throttle = SignInThrottle(allowed=5, window=60, clock=clock)
    steps = [(970, "a", 1), (1000, "b", 2), (1031, "c", 2), (1061, "d", 3), (1092, "e", 2)]
    for at, address, remembered in steps:
        clock.now = at
        throttle.failed("m", address)
        assert len(throttle) == remembered, (at, address)
    # 1031: a prune (one window after the first): "a" (970) forgotten. 1061: "b" (1000) has gone
    # quiet but the next prune is due at 1091. 1092: "b" and "c" (1031) forgotten.


def test_the_first_failure_of_a_server_just_started_prunes_at_once():
    clock = Clock(0)  # a monotonic clock may start at 0
    throttle = SignInThrottle(allowed=5, window=60, clock=clock)
    throttle.failed("m", "a")  # prunes (nothing yet): the next prune is due at 60
    clock.now = 30
    throttle.failed("m", "b")
    clock.now = 61
    throttle.failed("m", "c")  # due: "a" (0) is forgotten
    assert len(throttle) == 2


def test_a_failure_exactly_one_window_old_keeps_its_address_at_a_prune():
    clock = Clock()
    throttle = SignInThrottle(allowed=5, window=60, clock=clock)
    throttle.failed("m", "a")
    clock.now += 60
    throttle.failed("m", "b")
    assert len(throttle) == 2  # "a" is exactly one window old: not yet forgotten


def test_beyond_max_keys_the_oldest_address_is_forgotten_first():
    clock = Clock()
    throttle = SignInThrottle(allowed=1, window=600, clock=clock, max_keys=3)
    for address in ("a", "b", "c"):
        throttle.failed("m", address)
    assert len(throttle) == 3
    throttle.failed("m", "d")
    assert len(throttle) == 3
    assert throttle.wait_seconds("m", "a") == 0  # forgotten: it may try again
    assert all(throttle.wait_seconds("m", x) == 600 for x in ("b", "c", "d"))


def test_the_defaults_are_thirty_wrong_codes_a_minute():
    clock = Clock()
    throttle = SignInThrottle(clock=clock)
    for _ in range(29):
        throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 0
    throttle.failed("m", "a")
    assert throttle.wait_seconds("m", "a") == 60
    assert throttle.max_keys == 100_000


# --- codes and tokens as stored ---------------------------------------------------------------


def test_a_new_code_is_four_groups_of_four_readable_characters():
    for _ in range(50):
        code = new_code()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code), code
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", new_code(8))
    codes = [new_code().replace("-", "") for _ in range(200)]
    for place in range(16):  # every character drawn at random (31 choices each): none fixed
        assert len({code[place] for code in codes}) > 10, place
    assert not set("01OIL") & set(CODE_ALPHABET)


def test_a_code_is_read_whatever_its_case_spaces_and_dashes():
    assert normalize_code(" k7qm-2xhp 9trd ") == "K7QM2XHP9TRD"


def test_the_stored_hash_of_a_code_keeps_its_format_so_codes_given_out_keep_working():
    """Codes are printed on badges and their hashes kept in the database: the hash of a code must
    be the same in the next version, or every code given out stops working after an upgrade."""
    pepper, meeting = b"pepper-bytes", "wipo-conv-12"
    # A code of twelve characters (given out before codes grew to sixteen) keeps its 50,000 rounds.
    expected = hashlib.pbkdf2_hmac("sha256", b"K7QM2XHP9TRD", pepper + meeting.encode(), 50_000).hex()
    assert hash_code(pepper, meeting, "k7qm-2xhp-9trd") == expected
    assert hash_code(pepper, "another-meeting", "K7QM-2XHP-9TRD") != expected
    # Sixteen characters (about 79 bits) at 1,000 rounds: docs/deploy.md, "What a stolen database gives".
    assert CODE_ROUNDS == 1_000
    long = hashlib.pbkdf2_hmac("sha256", b"K7QM2XHP9TRDW4NA", pepper + meeting.encode(), 1_000).hex()
    assert hash_code(pepper, meeting, "k7qm-2xhp-9trd-w4na") == long


def test_a_token_carries_256_random_bits_and_is_stored_as_its_sha256():
    token = new_token()
    assert len(base64.urlsafe_b64decode(token + "=")) == 32
    assert new_token() != token
    assert hash_token(token) == hashlib.sha256(token.encode()).hexdigest()


# --- the answer a key finds again ------------------------------------------------------------


def test_the_stored_answer_is_found_by_meeting_participant_and_key(tmp_path):
    storage = SqliteStorage(tmp_path / "store.db")
    try:
        record = Idempotency("del-kenya", "key-1", "fp", '{"seq": 1, "events": []}')
        storage.append("m", 1, ['{"seq": 1}'], idempotency=[record])
        assert storage.answered("m", "del-kenya", "key-1") == record
        assert storage.answered("m", "del-brazil", "key-1") is None
        assert storage.answered("m", "del-kenya", "key-2") is None
        assert storage.answered("other", "del-kenya", "key-1") is None
    finally:
        storage.close()


# --- the stream's token and frames ---------------------------------------------------------------


def _stream_and_snapshot(server, authorization: str | None):
    headers = {"Authorization": authorization} if authorization is not None else {}
    url = f"{server.url}/api/v1/meetings/wipo-conv-12"
    with requests.get(f"{url}/events", headers=headers, stream=True, timeout=(5, 5)) as stream:
        streamed = stream.status_code, stream.headers.get("Content-Type", "")
        body = stream.json() if stream.status_code != 200 else None
    snapshot = requests.get(url, headers=headers, timeout=10)
    return streamed, body, snapshot


def test_the_stream_reads_the_authorization_header_as_every_other_route(api, server):
    """The event stream is served outside FastAPI's routing (stream_route.py) and reads the bearer
    token itself: it must accept and refuse exactly what the other routes do, in the same words."""
    token = api("demo-kenya").http.headers["Authorization"].split(" ", 1)[1]
    for accepted in (f"Bearer {token}", f"bearer {token}", f"BEARER {token}", f"Bearer  {token}"):
        (status, kind), _, snapshot = _stream_and_snapshot(server, accepted)
        assert status == 200 and kind.startswith("text/event-stream"), accepted
        assert snapshot.status_code == 200, accepted
    for refused in (f"Basic {token}", token, f"Token {token}", "Bearer", "Bearer ", "", None):
        (status, _), body, snapshot = _stream_and_snapshot(server, refused)
        assert status == snapshot.status_code == 401, refused
        assert body == snapshot.json(), refused
        assert body["error"]["code"] == "unauthenticated"


def test_an_event_framed_for_a_stream_still_tells_its_envelope_and_hides_a_statement():
    envelope = {
        "seq": 7,
        "type": "floor.requested",
        "actor": "del-br",
        "at": "2026-04-14T08:00:00Z",
        "data": {"request": {"id": "r-1", "participant_id": "del-br", "text": "Gracias", "has_text": True}},
    }
    logged = LoggedEvent(json.dumps(envelope, separators=(",", ":")))
    kenya = Participant(id="del-ke", name="Kenya", role=Role.DELEGATE)
    brazil = Participant(id="del-br", name="Brazil", role=Role.DELEGATE)
    chair = Participant(id="chair", name="Chair", role=Role.CHAIR)
    hidden = logged.frame_for(kenya)
    assert b"Gracias" not in hidden and b"id: 7\nevent: floor.requested\n" in hidden
    assert b"Gracias" in logged.frame_for(brazil) and b"Gracias" in logged.frame_for(chair)
    assert logged.envelope == envelope  # read back from the frame: only the bytes are kept


# --- a key's copies in the room -----------------------------------------------------------------


def _room(db_path):
    storage = open_storage(f"sqlite:///{db_path}")
    room = MeetingRoom("wipo-conv-12", storage)
    room.catch_up()
    return room, storage


def test_copies_of_a_key_arriving_while_its_stored_answer_is_read_get_that_answer(db_path):
    """The first copy of an answered key reads the stored answer off the event loop; copies that
    arrive meanwhile wait for it and get the same answer; a copy with another command is refused."""
    room, storage = _room(db_path)
    reading, release = threading.Event(), threading.Event()
    read = storage.answered

    def slow_answered(*args):
        reading.set()
        release.wait(10)
        return read(*args)

    async def scenario():
        kenya = room.state.participants["del-ke"]
        command = {"type": "channel.choose", "channel": "fr"}
        first = await room.run(kenya, command, "key-1")
        storage.answered = slow_answered
        reader = asyncio.ensure_future(room.run(kenya, dict(command), "key-1"))
        while not reading.is_set():  # the first copy is reading the stored answer in its thread
            await asyncio.sleep(0)
        copies = [asyncio.ensure_future(room.run(kenya, dict(command), "key-1")) for _ in range(3)]
        other = asyncio.ensure_future(room.run(kenya, {"type": "channel.choose", "channel": "ar"}, "key-1"))
        await asyncio.sleep(0)  # every copy has found the first one on its way
        release.set()
        answers = await asyncio.gather(reader, *copies)
        with pytest.raises(Invalid) as refused:
            await other
        return first, answers, refused.value.code

    try:
        first, answers, code = asyncio.run(scenario())
        assert answers == [first] * 4 and first["events"]
        assert code == "idempotency_key_reused"
        assert room.state.seq == first["seq"]  # decided once
    finally:
        storage.close()


def test_a_command_whose_sender_went_away_before_it_was_decided_is_decided_when_sent_again(db_path):
    room, storage = _room(db_path)

    async def scenario():
        kenya = room.state.participants["del-ke"]
        command = {"type": "channel.choose", "channel": "fr"}
        before = room.state.seq
        gone = asyncio.ensure_future(room.run(kenya, command, "key-1"))
        await asyncio.sleep(0)  # it is looking up its key, off the event loop
        gone.cancel()
        with pytest.raises(asyncio.CancelledError):
            await gone
        assert room.state.seq == before  # nothing was decided for it
        again = await asyncio.wait_for(room.run(kenya, command, "key-1"), 10)
        return before, again

    try:
        before, again = asyncio.run(scenario())
        assert again["seq"] == before + 1 and [e["type"] for e in again["events"]] == ["channel.chosen"]
    finally:
        storage.close()


def test_a_401_says_whether_to_sign_in_first_or_again_and_names_the_scheme(api, server):
    """RFC 7235: a 401 carries WWW-Authenticate; the words tell a missing token from an ended one."""
    kenya = api("demo-kenya")
    url = f"{server.url}/api/v1/meetings/wipo-conv-12"
    missing = requests.get(url, timeout=10)
    assert kenya.http.delete(f"{server.url}/api/v1/session", timeout=10).status_code == 204
    ended = kenya.http.get(url, timeout=10)
    for answer, words in ((missing, "Sign in first."), (ended, "Your session has ended; sign in again.")):
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"] == "Bearer"
        assert answer.json()["error"]["code"] == "unauthenticated"
        assert answer.json()["error"]["message"] == words


def test_a_token_used_for_another_meeting_is_403_with_its_code_and_words(api, server):
    kenya = api("demo-kenya")
    for path in ("another-meeting", "another-meeting/record.csv"):
        answer = kenya.http.get(f"{server.url}/api/v1/meetings/{path}", timeout=10)
        assert answer.status_code == 403
        assert answer.json()["error"]["code"] == "other_meeting"
        assert answer.json()["error"]["message"] == "You are signed in to another meeting."
