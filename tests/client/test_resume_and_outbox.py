"""The client's parts one by one, against the real server: the outbox on disk, the command sender,
the stream follower's resume, resync and reconnection statuses, and the backoff it waits by. Found
by the client's mutation run (docs/mutation-testing.md): each test pins what a user would meet."""

from __future__ import annotations

import contextlib
import json
import random
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from live_server import Api, unreachable_url
from sync_helpers import Recorder

from companion.client.command_sender import CommandSender
from companion.client.connection import OFFLINE_AFTER, Backoff, Connection, Status
from companion.client.errors import Problem, Refused, ServerTrouble
from companion.client.http_api import MeetingApi
from companion.client.outbox import Outbox, Pending
from companion.client.replica import Gap, Replica
from companion.client.state_cache import StateCache
from companion.client.stream_follower import StreamFollower
from companion.domain.reconnection import FIRST_WAIT_SECONDS, MAX_WAIT_SECONDS, wait_ceiling

MEETING = "wipo-conv-12"
#: A snapshot of a meeting with nothing in it yet, from the log "e".
EMPTY_MEETING = {
    "seq": 0, "meeting": None, "items": [], "participants": [], "requests": [], "queues": {},
    "manual_order": [], "floor": None, "channels": {}, "shifts": [], "slow_downs": [], "epoch": "e", "you": "x",
}
ITEM = "d1-floor-morning"


class Bound(random.Random):
    """A draw that always lands on one end of the range asked for (``low`` or high)."""

    def __init__(self, low: bool) -> None:
        super().__init__(0)
        self.low = low

    def uniform(self, a, b):
        return a if self.low else b


# --- the outbox -------------------------------------------------------------------------------


def test_commands_wait_on_disk_in_order_and_leave_only_when_answered(tmp_path):
    outbox = Outbox(tmp_path / "profile")
    first = outbox.add({"type": "channel.choose", "channel": "fr"}, key="k-1")
    second = outbox.add({"type": "floor.request", "item_id": ITEM, "language": "es"}, key="k-2")
    third = outbox.add({"type": "channel.choose", "channel": "ar"})
    outbox.close()

    outbox = Outbox(tmp_path / "profile")  # the app started again: nothing lost, the order kept
    try:
        assert outbox.entries() == [first, second, third]
        assert [e.key for e in outbox.entries()][:2] == ["k-1", "k-2"]
        assert outbox.next_pending() == Pending("k-1", {"type": "channel.choose", "channel": "fr"})
        outbox.done("k-1")
        assert outbox.next_pending() == second
        outbox.failed("k-2", "You may not do that.")
        failed = outbox.entries()[0]
        assert (failed.key, failed.status, failed.error, failed.failed) == (
            "k-2",
            "failed",
            "You may not do that.",
            True,
        )
        assert outbox.next_pending() == third  # a failed command is not sent again
        assert not third.failed and third.status == "pending" and third.error is None
        outbox.dismiss("k-2")
        assert outbox.entries() == [third]
        outbox.done(third.key)
        assert outbox.entries() == [] and outbox.next_pending() is None
    finally:
        outbox.close()


def test_a_command_keeps_the_key_it_is_given_or_gets_a_new_random_one(tmp_path):
    outbox = Outbox(tmp_path / "deep" / "folder")  # made if missing
    try:
        given = outbox.add({"type": "channel.choose", "channel": "fr"}, key="mine")
        keys = {outbox.add({"type": "channel.choose", "channel": "fr"}).key for _ in range(5)}
        assert given.key == "mine"
        assert len(keys) == 5 and all(uuid.UUID(k).version == 4 for k in keys)
    finally:
        outbox.close()


# --- backoff and the connection's words -----------------------------------------------------------


@pytest.mark.parametrize("failures", [1, 2, 3, 12, 13, 14, 20, 40])
def test_the_wait_is_drawn_between_half_and_all_of_the_domains_ceiling(failures):
    ceiling = wait_ceiling(failures, 0.2, 8.0)
    assert Backoff(0.2, 8.0, Bound(low=True)).delay(failures) == ceiling / 2
    assert Backoff(0.2, 8.0, Bound(low=False)).delay(failures) == ceiling
    drawn = Backoff(0.2, 8.0, random.Random(7)).delay(failures)
    assert ceiling / 2 <= drawn <= ceiling


def test_the_backoff_waits_by_the_domains_rule_unless_told_otherwise():
    backoff = Backoff()
    assert (backoff.base, backoff.cap) == (FIRST_WAIT_SECONDS, MAX_WAIT_SECONDS)
    assert Backoff(rng=Bound(low=False)).delay(40) == MAX_WAIT_SECONDS


def test_the_seconds_to_the_next_try_are_rounded_and_never_negative():
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    assert Connection(Status.LIVE).seconds_to_retry(now) is None
    assert Connection(Status.RECONNECTING, retry_at=now + timedelta(seconds=2.4)).seconds_to_retry(now) == 2
    assert Connection(Status.RECONNECTING, retry_at=now + timedelta(seconds=2.6)).seconds_to_retry(now) == 3
    assert Connection(Status.OFFLINE, retry_at=now - timedelta(seconds=5)).seconds_to_retry(now) == 0


# --- the stream follower ---------------------------------------------------------------------


class CountingApi(MeetingApi):
    """The real HTTP client, counting the snapshots it fetches and the streams it opens."""

    def __init__(self, url: str) -> None:
        super().__init__(url, MEETING, timeout=3)
        self.snapshots, self.opened_after = 0, []

    def snapshot(self):
        self.snapshots += 1
        return super().snapshot()

    def open_stream(self, after, stall_seconds):
        self.opened_after.append(after)
        return super().open_stream(after, stall_seconds)


def signed_in_api(url: str, code: str) -> CountingApi:
    api = CountingApi(url)
    api.set_token(api.sign_in(code)["token"])
    return api


class Following:
    """A StreamFollower running in its thread, with what it told recorded."""

    def __init__(self, api: MeetingApi, replica: Replica, recorder: Recorder, rng=None) -> None:
        self.recorder, self.replica, self.lived = recorder, replica, threading.Event()
        backoff = Backoff(0.02, 0.1, rng or random.Random(1))
        self.follower = StreamFollower(
            api, replica, recorder.connection_changed, backoff=backoff, stall_seconds=10, on_live=self.lived.set
        )
        self.thread = threading.Thread(target=self.follower.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.follower.stop()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()


def new_replica(tmp_path, recorder: Recorder) -> Replica:
    return Replica(StateCache(tmp_path / "cache"), recorder.state_changed)


def test_a_replica_resumes_from_its_last_event_without_a_new_snapshot(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    held = replica.seq
    brazil = Api(server.url).sign_in("demo-brazil")
    for channel in ("fr", "ar", "zh"):  # while this client was away
        brazil.ok(type="channel.choose", channel=channel)
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.states[-1].seq == held + 3, what="the missed events")
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert following.lived.is_set()
        assert api.opened_after == [held]  # from the last event held: nothing missed or repeated
        assert api.snapshots == 1  # the one taken above: a resume needs none
        assert [s.seq for s in recorder.states] == [held, held + 1, held + 2, held + 3]
        assert list(replica.state.channels.values()) == ["zh"]
        assert recorder.connections[0].status == Status.CONNECTING
    finally:
        following.stop()


def test_a_replica_of_another_log_starts_afresh_from_a_snapshot(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    snapshot = api.snapshot()
    replica.reset({**snapshot, "epoch": "another-log"})  # e.g. the server's database was replaced
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert replica.epoch == snapshot["epoch"]
        assert api.snapshots == 2  # the greeting named another log: a fresh snapshot
        assert api.opened_after == [snapshot["seq"], snapshot["seq"]]
    finally:
        following.stop()


def test_a_replica_ahead_of_the_server_starts_afresh_from_a_snapshot(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    snapshot = api.snapshot()
    replica.reset({**snapshot, "seq": snapshot["seq"] + 5})  # events the server no longer has
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert replica.seq == snapshot["seq"]
        assert api.snapshots == 2
    finally:
        following.stop()


def test_a_replica_in_step_with_the_server_is_live_at_once(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert api.snapshots == 1 and len(api.opened_after) == 1
        assert [c.status for c in recorder.connections] == [Status.CONNECTING, Status.LIVE]
        assert recorder.connections[-1].as_of == replica.as_of is not None
    finally:
        following.stop()


def test_a_fresh_client_takes_a_snapshot_first(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert api.snapshots == 1 and replica.me == "del-ke"
        assert api.opened_after == [replica.seq]
    finally:
        following.stop()


def test_failed_attempts_say_reconnecting_then_offline_with_when_the_next_try_is(tmp_path):
    recorder = Recorder()
    with unreachable_url() as url:
        api = MeetingApi(url, MEETING, timeout=3)
        replica = new_replica(tmp_path, recorder)
        before = datetime.now(UTC)
        following = Following(api, replica, recorder, rng=Bound(low=False))
        try:
            recorder.wait(lambda: len(recorder.connections) >= 1 + OFFLINE_AFTER + 1, what="attempts")
        finally:
            following.stop()
    after = datetime.now(UTC)
    told = recorder.connections[: 1 + OFFLINE_AFTER + 1]
    assert [c.status for c in told] == [
        Status.CONNECTING,
        Status.RECONNECTING,
        Status.RECONNECTING,
        Status.OFFLINE,
        Status.OFFLINE,
    ]
    for failures, connection in enumerate(told[1:], start=1):
        assert connection.error.code == Problem.UNREACHABLE and connection.reason == str(connection.error)
        wait = timedelta(seconds=wait_ceiling(failures, 0.02, 0.1))
        assert before + wait <= connection.retry_at <= after + wait


def test_a_token_the_server_no_longer_accepts_ends_the_follower_signed_out(server, tmp_path):
    recorder = Recorder()
    api = CountingApi(server.url)
    api.set_token("not-a-token-the-server-gave")
    following = Following(api, new_replica(tmp_path, recorder), recorder)
    following.thread.join(timeout=10)
    assert not following.thread.is_alive()  # it stopped by itself: trying again would not help
    assert [c.status for c in recorder.connections] == [Status.CONNECTING, Status.SIGNED_OUT]
    assert recorder.connections[-1].error.code == "unauthenticated"
    following.stop()


def test_a_dropped_stream_is_a_first_failure_again_after_a_healthy_connection(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    following = Following(api, replica, recorder, rng=Bound(low=False))
    try:
        for round_ in range(OFFLINE_AFTER + 1):  # more drops than it takes to say "offline"
            recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
            seen = len(recorder.connections)
            server.stop()
            recorder.wait(lambda s=seen: len(recorder.connections) > s, what="the drop noticed")
            dropped = recorder.connections[seen]
            assert dropped.status == Status.RECONNECTING, round_  # the connection was healthy
            assert dropped.as_of == replica.as_of is not None  # when what is shown was last current
            server.start()
    finally:
        following.stop()


# --- the command sender ------------------------------------------------------------------------


def test_the_sender_sends_in_order_keeps_a_refusal_with_its_reason_and_applies_each_answer(server, tmp_path):
    recorder, answers = Recorder(), []
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    start = replica.seq
    outbox = Outbox(tmp_path / "outbox")
    chosen = outbox.add({"type": "channel.choose", "channel": "fr"})
    refused = outbox.add({"type": "floor.move", "item_id": ITEM, "request_id": "r-1", "position": 0})
    asked = outbox.add({"type": "floor.request", "item_id": ITEM, "language": "en"})
    signed_out: list = []
    sender = CommandSender(
        api,
        outbox,
        replica,
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda entry, error: recorder._add(answers, (entry, error)),
        on_signed_out=signed_out.append,
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    try:
        recorder.wait(lambda: len(answers) == 3, what="three answers")
        assert [entry.key for entry, _ in answers] == [chosen.key, refused.key, asked.key]
        assert answers[0][1] is None and answers[2][1] is None
        assert isinstance(answers[1][1], Refused) and answers[1][1].code == "role_not_allowed"
        left = outbox.entries()
        assert [(e.key, e.status) for e in left] == [(refused.key, "failed")]
        assert left[0].error == answers[1][1].message
        # the answers' events are applied without waiting for a stream (none is open)
        assert replica.seq == start + 2 and replica.state.channels
        assert Api(server.url).sign_in("demo-chair").snapshot()["seq"] == start + 2
        assert not signed_out
    finally:
        sender.stop()
        thread.join(timeout=10)
        outbox.close()
    assert not thread.is_alive()


def test_the_sender_stops_when_the_server_no_longer_accepts_its_token(server, tmp_path):
    recorder = Recorder()
    api = CountingApi(server.url)
    api.set_token("not-a-token-the-server-gave")
    outbox = Outbox(tmp_path / "outbox")
    entry = outbox.add({"type": "channel.choose", "channel": "fr"})
    signed_out: list = []
    sender = CommandSender(
        api,
        outbox,
        new_replica(tmp_path, recorder),
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda *_: pytest.fail("no answer expected"),
        on_signed_out=signed_out.append,
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    try:
        assert not thread.is_alive()
        assert [e.code for e in signed_out] == ["unauthenticated"]
        assert outbox.entries() == [entry]  # kept, to send once signed in again
    finally:
        sender.stop()
        outbox.close()


def test_a_command_sent_while_the_server_is_down_is_sent_with_the_same_key_when_it_returns(server, tmp_path):
    recorder, answers = Recorder(), []
    api = signed_in_api(server.url, "demo-kenya")
    outbox = Outbox(tmp_path / "outbox")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    server.stop()
    entry = outbox.add({"type": "channel.choose", "channel": "ru"})
    sender = CommandSender(
        api,
        outbox,
        replica,
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda e, error: recorder._add(answers, (e, error)),
        on_signed_out=lambda error: pytest.fail(str(error)),
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    try:
        server.start()
        sender.wake()
        recorder.wait(lambda: answers, what="the answer")
        assert answers == [(entry, None)] and outbox.entries() == []
        chair = Api(server.url).sign_in("demo-chair")
        again = chair.http.post(  # the same key again: the server replays, records nothing new
            f"{server.url}/api/v1/meetings/{MEETING}/commands",
            json=entry.command,
            headers={"Idempotency-Key": entry.key, "Authorization": api.http.headers["Authorization"]},
            timeout=10,
        )
        assert again.status_code == 200 and again.json()["seq"] == replica.seq
    finally:
        sender.stop()
        thread.join(timeout=10)
        outbox.close()


# --- the replica: what arrives, in order, once ---------------------------------------------------


def missed_events(server, tmp_path, count: int = 3):
    """A replica at the server's seq N, and the envelopes N+1… of Kenya's next *count* commands."""
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    envelopes = []
    for channel in ("fr", "ar", "zh", "ru", "es")[:count]:
        envelopes += api.command({"type": "channel.choose", "channel": channel}, str(uuid.uuid4()))["events"]
    return replica, recorder, envelopes


def test_events_already_held_are_skipped_and_the_rest_applied_once(server, tmp_path):
    replica, recorder, (e1, e2, e3) = missed_events(server, tmp_path)
    start = replica.seq
    assert replica.receive([e1], strict=True) is True
    assert replica.receive([e1, e2, e3], strict=True) is True  # e1 again: skipped, not a gap
    assert replica.seq == start + 3 and [s.seq for s in recorder.states][-2:] == [start + 1, start + 3]
    assert replica.receive([e2, e3], strict=True) is False  # nothing new: no change told
    assert len(recorder.states) == 3
    again = Replica(StateCache(tmp_path / "cache"), lambda state: None)
    assert again.load_cache() and again.seq == start + 3 and again.state == replica.state  # all cached


def test_a_gap_on_the_stream_keeps_what_came_before_it_and_says_which_event_is_missing(server, tmp_path):
    replica, recorder, (e1, e2, e3) = missed_events(server, tmp_path)
    start = replica.seq
    with pytest.raises(Gap) as gap:
        replica.receive([e1, e3], strict=True)
    assert str(gap.value) == f"expected event {start + 2}, got {start + 3}"
    assert replica.seq == start + 1
    again = Replica(StateCache(tmp_path / "cache"), lambda state: None)
    assert again.load_cache() and again.seq == start + 1  # the event before the gap is kept on disk


def test_an_answer_overtaking_the_stream_is_applied_up_to_the_gap_and_the_rest_left_for_the_stream(
    server, tmp_path
):
    replica, recorder, (e1, e2, e3) = missed_events(server, tmp_path)
    start = replica.seq
    assert replica.receive([e1, e3], strict=False) is True
    assert replica.seq == start + 1 and recorder.states[-1].seq == start + 1
    assert replica.receive([e3], strict=False) is False and replica.seq == start + 1


def test_an_unreadable_or_misfit_event_is_server_trouble_in_words_and_changes_nothing(server, tmp_path):
    replica, recorder, (e1,) = missed_events(server, tmp_path, count=1)
    before = replica.state
    with pytest.raises(ServerTrouble) as unreadable:
        replica.receive([{"seq": "many", "type": 7}], strict=True)
    assert unreadable.value.code == Problem.UNREADABLE_EVENT
    assert str(unreadable.value) == "The server sent an event this app cannot read."
    misfit = {**e1, "type": "list.closed", "data": {"item_id": "no-such-item"}}
    with pytest.raises(ServerTrouble) as misfitting:
        replica.receive([misfit], strict=True)
    assert misfitting.value.code == Problem.MISFIT_EVENT
    assert str(misfitting.value) == "The server sent an event that does not fit this meeting."
    assert replica.state is before


# --- the sender: its waits after failures, and commands queued while it runs ---------------------------


class CountingBackoff(Backoff):
    """Waits a moment, and remembers after how many failures in a row it was asked."""

    def __init__(self, recorder: Recorder) -> None:
        super().__init__(0.01, 0.01)
        self.asked: list[int] = []
        self._recorder = recorder

    def delay(self, failures: int) -> float:
        self._recorder._add(self.asked, failures)  # wakes the test's waits
        return 0.01


def test_the_sender_counts_failures_in_a_row_from_one_and_afresh_after_a_success(server, tmp_path):
    recorder, answers = Recorder(), []
    api = signed_in_api(server.url, "demo-kenya")
    outbox = Outbox(tmp_path / "outbox")
    backoff = CountingBackoff(recorder)
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    sender = CommandSender(
        api,
        outbox,
        replica,
        backoff=backoff,
        on_answer=lambda e, error: recorder._add(answers, (e, error)),
        on_signed_out=lambda error: pytest.fail(str(error)),
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    try:
        for round_ in (1, 2):
            server.stop()
            outbox.add({"type": "channel.choose", "channel": "fr"})
            sender.wake()  # queued while it runs: it is sent
            recorder.wait(lambda: len(backoff.asked) >= 3, what="three failures")
            server.start()
            recorder.wait(lambda r=round_: len(answers) == r, what="the answer")
            assert backoff.asked[:3] == [1, 2, 3], (round_, backoff.asked)
            with recorder._cond:
                backoff.asked.clear()
        assert all(error is None for _, error in answers) and outbox.entries() == []
    finally:
        sender.stop()
        thread.join(timeout=10)
        outbox.close()


def test_an_answer_that_overtakes_others_events_waits_for_the_stream_and_the_sender_goes_on(server, tmp_path):
    recorder, answers = Recorder(), []
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    held = replica.seq
    Api(server.url).sign_in("demo-brazil").ok(type="channel.choose", channel="ar")  # not yet seen here
    outbox = Outbox(tmp_path / "outbox")
    first = outbox.add({"type": "channel.choose", "channel": "fr"})
    second = outbox.add({"type": "channel.choose", "channel": "es"})
    sender = CommandSender(
        api,
        outbox,
        replica,
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda e, error: recorder._add(answers, (e, error)),
        on_signed_out=lambda error: pytest.fail(str(error)),
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    try:
        recorder.wait(lambda: len(answers) == 2, what="both answers")
        assert answers == [(first, None), (second, None)] and outbox.entries() == []
        assert replica.seq == held  # the answers follow an event not yet here: the stream brings them
    finally:
        sender.stop()
        thread.join(timeout=10)
        outbox.close()


@pytest.fixture
def odd_answers():
    """A server answering each command with 200 and the next of the given bodies (not our protocol)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bodies: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = bodies.pop(0) if bodies else b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", bodies
    httpd.shutdown()


def test_an_answer_without_events_or_not_an_object_is_done_and_the_sender_goes_on(odd_answers, tmp_path):
    url, bodies = odd_answers
    bodies += [b"{}", b"[1, 2]", b'{"seq": 3, "events": []}']
    recorder, answers = Recorder(), []
    outbox = Outbox(tmp_path / "outbox")
    sent = [outbox.add({"type": "channel.choose", "channel": c}) for c in ("fr", "ar", "zh")]
    sender = CommandSender(
        MeetingApi(url, MEETING, timeout=3),
        outbox,
        new_replica(tmp_path, recorder),
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda e, error: recorder._add(answers, (e, error)),
        on_signed_out=lambda error: pytest.fail(str(error)),
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    thread.start()
    try:
        recorder.wait(lambda: len(answers) == 3, what="three answers")
        assert answers == [(entry, None) for entry in sent] and outbox.entries() == []
    finally:
        sender.stop()
        thread.join(timeout=10)
        outbox.close()


def test_an_unreadable_event_on_the_stream_is_said_in_words_and_the_follower_reconnects(tmp_path):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Stream(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = b'event: hello\ndata: {"epoch": "e", "seq": 0}\n\nid: 1\nevent: x\ndata: {broken\n\n'
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Stream)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    recorder = Recorder()
    replica = new_replica(tmp_path, recorder)
    replica.reset(EMPTY_MEETING)
    api = MeetingApi(f"http://127.0.0.1:{httpd.server_address[1]}", MEETING, timeout=3)
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: any(c.error for c in recorder.connections), what="the failure told")
        told = next(c for c in recorder.connections if c.error)
        assert told.status == Status.RECONNECTING and told.error.code == Problem.UNREADABLE_EVENT
        assert told.reason == "The server sent an event this app cannot read."
    finally:
        following.stop()
        httpd.shutdown()


def test_an_answer_before_any_snapshot_is_left_for_the_snapshot_and_raises_nothing(server, tmp_path):
    """A command answered while the app holds no state yet (no cache, first snapshot not in): the
    sender hands the answer's events on; before, the replica raised AttributeError there, which is no
    ClientError, and the sender's thread died with the commands behind it left pending."""
    recorder = Recorder()
    replica = new_replica(tmp_path, recorder)
    brazil = Api(server.url).sign_in("demo-brazil")
    answer = brazil.ok(type="channel.choose", channel="fr")
    assert replica.receive(answer["events"], strict=False) is False
    assert replica.state is None and recorder.states == []
    replica.reset(signed_in_api(server.url, "demo-kenya").snapshot())
    assert replica.state.seq >= answer["events"][-1]["seq"]  # the snapshot has what the answer had


class StubStream:
    """An event stream on loopback serving the given bodies in turn; the last one's stream stays open
    (after its text) until ``close``, as a live server's does."""

    def __init__(self, *bodies: bytes) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.bodies, self.closing = list(bodies), threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            protocol_version = "HTTP/1.1"  # chunked, as a live stream is

            def do_GET(self):
                last = len(stub.bodies) == 1
                body = stub.bodies[0] if last else stub.bodies.pop(0)
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(f"{len(body):x}\r\n".encode() + body + b"\r\n")
                self.wfile.flush()
                if last:
                    stub.closing.wait(10)
                with contextlib.suppress(OSError):  # the client may have gone (stopped)
                    self.wfile.write(b"0\r\n\r\n")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()


@pytest.mark.parametrize("greeting", [b'{"seq": 0}', b"[1, 2]", b'{"epoch": "e", "seq": "soon"}'])
def test_a_greeting_the_app_does_not_expect_is_said_in_words_and_the_follower_tries_again(greeting, tmp_path):
    stub = StubStream(b"event: hello\ndata: " + greeting + b"\n\n")
    recorder = Recorder()
    replica = new_replica(tmp_path, recorder)
    replica.reset(EMPTY_MEETING)
    following = Following(MeetingApi(stub.url, MEETING, timeout=3), replica, recorder)
    try:
        recorder.wait(lambda: any(c.error for c in recorder.connections), what="the failure told")
        told = next(c for c in recorder.connections if c.error)
        assert told.status == Status.RECONNECTING and told.error.code == Problem.UNEXPECTED_GREETING
        assert told.reason == "The server's greeting is not what this app expects."
        assert not following.lived.is_set()
    finally:
        following.stop()
        stub.close()


class SplitApi(CountingApi):
    """Snapshots from the real server, the event stream from a stub."""

    def __init__(self, url: str, stream_url: str) -> None:
        super().__init__(url)
        self.stream_api = MeetingApi(stream_url, MEETING, timeout=3)

    def open_stream(self, after, stall_seconds):
        self.opened_after.append(after)
        return self.stream_api.open_stream(after, stall_seconds)


def test_a_gap_in_the_live_stream_resyncs_from_a_snapshot_and_leaves_that_stream(server, tmp_path):
    recorder = Recorder()
    kenya = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    snapshot = kenya.snapshot()
    replica.reset(snapshot)
    brazil = Api(server.url).sign_in("demo-brazil")
    brazil.ok(type="channel.choose", channel="fr")
    last = brazil.ok(type="channel.choose", channel="ar")["events"][-1]  # the one before it missed
    hello = f'event: hello\ndata: {{"epoch": "{snapshot["epoch"]}", "seq": {last["seq"]}}}\n\n'.encode()
    gapped = hello + b"event: x\ndata: " + json.dumps(last).encode() + b"\n\nevent: x\ndata: {broken\n\n"
    stub = StubStream(gapped, hello)
    api = SplitApi(server.url, stub.url)
    api.set_token(api.sign_in("demo-kenya")["token"])
    following = Following(api, replica, recorder)
    try:
        # live on the gapped stream's greeting, then again on the stream opened after the resync
        recorder.wait(lambda: [c.status for c in recorder.connections].count(Status.LIVE) == 2, what="live again")
        assert api.snapshots == 1  # the resync: a fresh snapshot, from which the stream is opened again
        assert replica.seq >= last["seq"] and api.opened_after == [snapshot["seq"], replica.seq]
        assert not any(c.error for c in recorder.connections)  # the rest of the gapped stream unread
    finally:
        following.stop()
        stub.close()


def test_while_connecting_the_app_says_how_old_what_it_shows_is(server, tmp_path):
    recorder = Recorder()
    api = signed_in_api(server.url, "demo-kenya")
    replica = new_replica(tmp_path, recorder)
    replica.reset(api.snapshot())
    as_of = replica.as_of
    following = Following(api, replica, recorder)
    try:
        recorder.wait(lambda: recorder.status == Status.LIVE, what="live")
        assert recorder.connections[0].status == Status.CONNECTING
        assert recorder.connections[0].as_of == as_of is not None
    finally:
        following.stop()


def test_an_answer_the_app_cannot_apply_is_logged_for_the_developer_and_the_sender_goes_on(
    odd_answers, tmp_path, caplog
):
    url, bodies = odd_answers
    bodies += [b'{"seq": 1, "events": [{"seq": 1, "not": "an event"}]}', b"{}"]
    recorder, answers = Recorder(), []
    replica = new_replica(tmp_path, recorder)
    replica.reset(EMPTY_MEETING)
    outbox = Outbox(tmp_path / "outbox")
    sent = [outbox.add({"type": "channel.choose", "channel": c}) for c in ("fr", "ar")]
    sender = CommandSender(
        MeetingApi(url, MEETING, timeout=3),
        outbox,
        replica,
        backoff=Backoff(0.02, 0.1),
        on_answer=lambda e, error: recorder._add(answers, (e, error)),
        on_signed_out=lambda error: pytest.fail(str(error)),
    )
    thread = threading.Thread(target=sender.run, daemon=True)
    with caplog.at_level("WARNING", logger="companion.client.command_sender"):
        thread.start()
        try:
            recorder.wait(lambda: len(answers) == 2, what="two answers")
        finally:
            sender.stop()
            thread.join(timeout=10)
            outbox.close()
    assert answers == [(entry, None) for entry in sent] and replica.seq == 0
    assert [r.getMessage() for r in caplog.records if r.name == "companion.client.command_sender"] == [
        "could not apply a command's answer (The server sent an event this app cannot read.); "
        "the stream will bring it"
    ]
