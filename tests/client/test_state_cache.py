"""The app's cache on disk: the whole state now and then, the events since appended as they come."""

from __future__ import annotations

import functools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.client import replica as replica_module
from companion.client.replica import Replica
from companion.client.state_cache import StateCache
from companion.domain.reducer import replay
from companion.domain.snapshot import state_to_plain

DELEGATES = ["del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla"]


@functools.cache
def busy_meeting(commands: int) -> tuple[Meeting, int]:
    """The bundled meeting, and where its opening ends; then *commands* rounds of floor traffic.

    Shared between tests (it takes a while to build): none changes it.
    """
    meeting = Meeting()
    opening = len(meeting.events)
    for n in range(commands):
        meeting.tick(5)
        who = DELEGATES[n % len(DELEGATES)]
        mine = [r for r in meeting.state.queue("d1-floor-morning") if r.participant_id == who]
        if mine:
            meeting.run(who, type="floor.withdraw", request_id=mine[0].id)
        else:
            meeting.request(who)
    return meeting, opening


def envelopes(meeting: Meeting, start: int = 0, stop: int | None = None) -> list[dict]:
    return [json.loads(json.dumps(e.envelope())) for e in meeting.events[start:stop]]


def replica_at(folder, meeting: Meeting, opening: int) -> Replica:
    """A replica that took the snapshot of the meeting's opening, as the app does on first start."""
    first = replay(meeting.events[:opening])
    replica = Replica(StateCache(folder), lambda state: None)
    replica.reset(state_to_plain(first) | {"epoch": "epoch-1", "you": "chair"})
    return replica


def test_events_received_are_in_the_cache_at_once_without_rewriting_the_state(tmp_path):
    meeting, opening = busy_meeting(40)
    replica = replica_at(tmp_path, meeting, opening)
    whole = (tmp_path / "state.json").read_bytes()
    for envelope in envelopes(meeting, opening):
        replica.receive([envelope], strict=True)
    # The app is killed here, without a stop: the next start still has every event.
    assert (tmp_path / "state.json").read_bytes() == whole
    cached = StateCache(tmp_path).load()
    assert cached.state == meeting.state
    assert cached.replayed == len(meeting.events) - opening
    assert cached.saved_at == replica.as_of


def test_stop_writes_the_whole_state_and_empties_the_log(tmp_path):
    meeting, opening = busy_meeting(10)
    replica = replica_at(tmp_path, meeting, opening)
    replica.receive(envelopes(meeting, opening), strict=True)
    replica.save()
    assert (tmp_path / "events.jsonl").read_bytes() == b""
    assert json.loads((tmp_path / "state.json").read_text())["state"]["seq"] == meeting.state.seq
    assert StateCache(tmp_path).load().state == meeting.state


def test_the_whole_state_is_written_again_after_so_many_events(tmp_path, monkeypatch):
    monkeypatch.setattr(replica_module, "REWRITE_AFTER", 7)
    meeting, opening = busy_meeting(20)
    replica = replica_at(tmp_path, meeting, opening)
    for envelope in envelopes(meeting, opening):
        replica.receive([envelope], strict=True)
    saved = json.loads((tmp_path / "state.json").read_text())["state"]["seq"]
    logged = (tmp_path / "events.jsonl").read_text().split("\n")[1:]
    assert saved == opening + 7 * ((len(meeting.events) - opening) // 7)
    assert len(logged) == meeting.state.seq - saved < 7
    assert StateCache(tmp_path).load().state == meeting.state


def test_a_start_from_a_replayed_cache_rewrites_it_at_stop(tmp_path):
    meeting, opening = busy_meeting(10)
    replica_at(tmp_path, meeting, opening).receive(envelopes(meeting, opening), strict=True)
    again = Replica(StateCache(tmp_path), lambda state: None)
    assert again.load_cache()
    assert again.state == meeting.state
    again.save()
    assert (tmp_path / "events.jsonl").read_bytes() == b""
    assert json.loads((tmp_path / "state.json").read_text())["state"]["seq"] == meeting.state.seq


def test_a_line_cut_short_by_a_crash_loses_nothing_written_after_it(tmp_path):
    meeting, opening = busy_meeting(12)
    later = envelopes(meeting, opening)
    replica = replica_at(tmp_path, meeting, opening)
    replica.receive(later[:5], strict=True)
    with open(tmp_path / "events.jsonl", "ab") as log:  # the app dies mid-write of events 6 and 7
        log.write(b'\n{"epoch": "epoch-1", "at": "2025-10-28T11:00:00Z", "events": [{"seq": ')
    restarted = Replica(StateCache(tmp_path), lambda state: None)
    assert restarted.load_cache()
    assert restarted.seq == later[4]["seq"]
    restarted.receive(later[5:], strict=True)  # the stream brings them again
    assert StateCache(tmp_path).load().state == meeting.state


def test_events_of_another_epoch_or_out_of_order_are_not_applied(tmp_path):
    meeting, opening = busy_meeting(8)
    later = envelopes(meeting, opening)
    replica = replica_at(tmp_path, meeting, opening)
    cache = StateCache(tmp_path)
    reset_at = replica.as_of
    cache.append(later, "epoch-0", reset_at)  # a meeting reset since: its events do not fit
    cache.append(later[2:], "epoch-1", reset_at)  # a gap: events 1 and 2 never arrived
    assert cache.load().state == replica.state
    cache.append(later, "epoch-1", reset_at)  # now in order, with duplicates after
    cache.append(later[:4], "epoch-1", reset_at)
    assert cache.load().state == meeting.state


def test_clear_removes_the_log_too(tmp_path):
    meeting, opening = busy_meeting(3)
    replica = replica_at(tmp_path, meeting, opening)
    replica.receive(envelopes(meeting, opening), strict=True)
    replica.forget()
    assert list(tmp_path.iterdir()) == []
    assert StateCache(tmp_path).load() is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batches=st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=12),
    rewrite_after=st.integers(min_value=1, max_value=20),
    stops=st.sets(st.integers(min_value=0, max_value=11)),
)
def test_the_cache_always_loads_as_the_replica_holds_it(tmp_path_factory, batches, rewrite_after, stops):
    folder = tmp_path_factory.mktemp("cache")
    meeting, opening = busy_meeting(30)
    later = envelopes(meeting, opening)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(replica_module, "REWRITE_AFTER", rewrite_after)
        replica = replica_at(folder, meeting, opening)
        at = 0
        for n, size in enumerate(batches):
            replica.receive(later[at:at + size], strict=True)
            at += size
            if n in stops:
                replica.save()
                replica = Replica(StateCache(folder), lambda state: None)
                replica.load_cache()
            assert StateCache(folder).load().state == replica.state


def test_a_disk_that_refuses_the_cache_stops_neither_the_events_nor_the_app(tmp_path, caplog):
    meeting, opening = busy_meeting(6)
    blocked = tmp_path / "profile"
    blocked.write_text("a file where the cache's folder should be")
    replica = replica_at(blocked, meeting, opening)
    assert replica.receive(envelopes(meeting, opening), strict=True)
    replica.save()
    assert replica.state == meeting.state
    assert StateCache(blocked).load() is None
    assert "could not write the cache" in caplog.text and "could not add to the cache log" in caplog.text
