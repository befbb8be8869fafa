"""The list forecast against the item's slot, and the time spoken per delegation and group:
one rule for the chair's time panel and the delegate's estimate, the clock passed in."""

import copy
from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import record
from companion.domain.codec import to_plain
from companion.domain.entities import Participant
from companion.domain.estimates import estimated_calls
from companion.domain.list_forecast import OBSERVED_FROM, forecast
from companion.domain.speaker_queue import expected_seconds
from companion.domain.time_spoken import time_spoken
from companion.domain.vocabulary import DelegationKind, RequestKind, Role

ITEM = "d1-floor-morning"  # 11:40–12:00 UTC, list open


def _with_delegates(count: int) -> Meeting:
    m = Meeting()
    for n in range(count):
        p = Participant(
            f"p-{n}",
            f"Delegate {n}",
            Role.DELEGATE,
            delegation=f"Delegation {n}",
            delegation_kind=DelegationKind.MEMBER_STATE if n % 3 else DelegationKind.OBSERVER,
        )
        m.state, event = record(m.state, "participant.added", {"participant": to_plain(p)}, m.now)
    return m


BASE = _with_delegates(40)


def fresh() -> Meeting:
    m = copy.copy(BASE)
    m.events = list(BASE.events)
    return m


def add(m: Meeting, n: int, kind=RequestKind.STATEMENT, minutes=3, **extra) -> str:
    return m.request("chair", participant_id=f"p-{n}", kind=kind.value, minutes=minutes, **extra)


def speak(m: Meeting, seconds: int) -> None:
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(seconds)
    m.run("chair", type="floor.finish")


def test_the_list_needs_each_speakers_limit_against_the_slot_and_says_what_would_fit():
    m = fresh()
    for n in range(1, 12):  # 11 speakers at 3 minutes: 33 minutes
        add(m, n)
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    ids = list(m.state.queues[ITEM])
    item = m.state.items[ITEM]
    now = item.start  # 11:40; the slot ends at 12:00
    f = forecast(m.state, ITEM, now)
    assert f.waiting == 11 and f.needs_seconds == 33 * 60
    assert f.left_seconds == 20 * 60 and not f.fits and f.spare_seconds == -13 * 60
    assert f.fitting == 6  # six speakers end by 12:00, the seventh would be cut
    assert f.seconds_per_speaker_to_fit == f.limit_that_fits == 20 * 60 // 11  # 109 s each: on time
    assert not f.past_planned_end(ids[6]) and f.past_planned_end(ids[7])  # called 11:58 vs 12:01
    assert f.calls[ids[6]] == now + timedelta(minutes=18)
    assert f.calls[ids[-1]] == now + timedelta(minutes=30)


def test_the_one_on_the_floor_counts_with_what_is_left_and_time_spoken_adds_up():
    m = fresh()
    add(m, 1)
    add(m, 2, on_behalf_of=None)
    kenya = add(m, 4)
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.now = m.state.items[ITEM].start
    speak(m, 100)  # Delegation 1: 100 s
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(60)  # Delegation 2 has 120 s left
    f = forecast(m.state, ITEM, m.now)
    assert f.floor_seconds == 120 and f.calls[kenya] == m.now + timedelta(seconds=120)
    assert f.spoken_seconds == 160
    spoken = time_spoken(m.state, ITEM, m.now)
    assert spoken.by_delegation == (("Delegation 1", 100), ("Delegation 2", 60)) and spoken.total == 160


def test_statements_for_a_group_count_for_the_group():
    m = Meeting()
    m.request("del-eg", on_behalf_of="African Group")
    m.request("del-ke")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.now = m.state.items[ITEM].start
    speak(m, 250)
    speak(m, 170)
    spoken = time_spoken(m.state, ITEM, m.now)
    assert spoken.by_group == (("African Group", 250),) and spoken.by_delegation == (("Kenya", 170),)


def test_once_enough_have_spoken_their_average_replaces_the_limit():
    m = fresh()
    for n in (1, 2, 4, 5, 7)[:OBSERVED_FROM]:  # member states, called in order of request
        add(m, n)
    later = add(m, 8)
    question = add(m, 10, kind=RequestKind.QUESTION, minutes=2)
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.now = m.state.items[ITEM].start
    for seconds in (60, 90, 120)[:OBSERVED_FROM]:
        speak(m, seconds)
    f = forecast(m.state, ITEM, m.now)
    assert f.calls[question] - f.calls[later] == timedelta(seconds=90)  # the average, not 180
    assert f.ends_at - f.calls[question] == timedelta(seconds=120)  # no question spoken yet: its limit


def test_before_the_item_is_live_the_list_starts_at_its_start():
    m = fresh()
    first = add(m, 1)
    item = m.state.items[ITEM]
    f = forecast(m.state, ITEM, item.start - timedelta(hours=2))
    assert f.calls[first] == item.start and f.left_seconds == 20 * 60 and f.fits
    late = forecast(m.state, ITEM, item.end + timedelta(minutes=5))
    assert late.left_seconds == 0 and not late.fits and late.seconds_per_speaker_to_fit == 0
    assert late.limit_that_fits is None  # no limit a chair could set makes it fit


requests = st.lists(
    st.tuples(
        st.integers(0, 39),
        st.sampled_from([RequestKind.STATEMENT, RequestKind.QUESTION, RequestKind.POINT_OF_ORDER]),
        st.integers(1, 30),
    ),
    max_size=25,
    unique_by=lambda r: r[0],
)


@settings(max_examples=60, deadline=None)
@given(requests, st.integers(0, 4), st.integers(-3600, 3 * 3600), st.booleans())
def test_the_forecast_adds_up_and_the_estimates_are_its_calls(wanted, spoken, offset, live):
    m = fresh()
    for n, kind, minutes in wanted:
        add(m, n, kind=kind, minutes=minutes)
    item = m.state.items[ITEM]
    m.now = item.start
    if live:
        m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    for _ in range(min(spoken, len(wanted))):
        speak(m, 45)
    now = item.start + timedelta(seconds=offset)
    f = forecast(m.state, ITEM, now)
    queue = m.state.queue(ITEM)
    assert list(f.calls) == [r.id for r in queue]
    assert estimated_calls(m.state, ITEM, now) == dict(f.calls)
    times = list(f.calls.values()) + [f.ends_at]
    assert times == sorted(times)
    # Every call ends where the next begins; the list needs the sum of them.
    assert f.needs_seconds == round((f.ends_at - (times[0] - timedelta(seconds=f.floor_seconds))).total_seconds())
    assert f.fits == (f.fitting == f.waiting)
    assert f.fits == (f.spare_seconds >= 0) or not f.waiting  # nobody waiting: nothing to fit
    past = [f.past_planned_end(r.id) for r in queue]
    assert past == sorted(past)  # once past the end, every later one too
    if not f.fits and f.waiting:
        assert f.seconds_per_speaker_to_fit * f.waiting + f.floor_seconds <= max(f.left_seconds, f.floor_seconds)
    if not spoken:  # nobody has spoken: each request at what it asked, capped by its limit
        lengths = [expected_seconds(item, r, m.state.participants[r.participant_id]) for r in queue]
        assert sum(lengths) == round((f.ends_at - times[0]).total_seconds())


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 39), st.booleans(), st.integers(1, 400)), max_size=12, unique_by=lambda r: r[0]))
def test_time_spoken_is_the_sum_of_what_each_spoke(speakers):
    m = fresh()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.state = replace(m.state, meeting=replace(m.state.meeting, groups=()))
    for n, _group, _seconds in speakers:
        add(m, n)
    for _n, _group, seconds in speakers:
        speak(m, seconds)
    spoken = time_spoken(m.state, ITEM, m.now)
    assert spoken.total == sum(s for *_, s in speakers) == forecast(m.state, ITEM, m.now).spoken_seconds
    assert [s for _, s in spoken.by_delegation] == sorted((s for _, s in spoken.by_delegation), reverse=True)
