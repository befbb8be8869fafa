"""The meeting record and its figures, event envelopes, and merging into a hand-set order — rules
the domain tests had left to the server and client tests (mutation testing found them unguarded)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain.events import Event
from companion.domain.meeting_record import figures_of, record_rows
from companion.domain.speaker_queue import merge_into

ITEM = "d1-floor-morning"


@pytest.fixture
def spoken():
    """Kenya spoke 90 s, then Brazil 30 s (member states first); the EU waits, IFLA withdrew,
    Egypt was declined."""
    m = Meeting()
    ke, eu = m.request("del-ke"), m.request("obs-eu", language="fr")
    ifla, eg = m.request("ngo-ifla"), m.request("del-eg", language="ar")
    br = m.request("del-br", language="es")
    m.run("ngo-ifla", type="floor.withdraw", request_id=ifla)
    m.run("chair", type="floor.decline", request_id=eg, reason="Out of time")
    for seconds in (90, 30):
        m.run("chair", type="floor.call_next", item_id=ITEM)
        m.run("chair", type="floor.start")
        m.tick(seconds)
        m.run("chair", type="floor.finish")
    return m, {"ke": ke, "eu": eu, "ifla": ifla, "eg": eg, "br": br}


def test_the_record_lists_speakers_in_speaking_order_then_the_others(spoken):
    m, ids = spoken
    rows = [r for r in record_rows(m.state) if r.item_id == ITEM]
    assert [(r.delegation, r.speaking_order, r.outcome) for r in rows] == [
        ("Kenya", 1, "spoke"),
        ("Brazil", 2, "spoke"),
        ("European Union", None, "waiting"),
        ("IFLA", None, "withdrew"),
        ("Egypt", None, "declined"),
    ]
    kenya, brazil, eu, _, egypt = rows
    assert (kenya.spoken_seconds, brazil.spoken_seconds, eu.spoken_seconds) == (90, 30, 0)
    assert kenya.participant == "Daniel Otieno" and kenya.delegation_kind == "member_state"
    assert (kenya.attendance, brazil.attendance, brazil.language, eu.language) == (
        "onsite",
        "remote",
        "es",
        "fr",
    )
    assert egypt.decline_reason == "Out of time" and kenya.decline_reason == ""
    assert [r.request_order for r in rows[2:]] == sorted(r.request_order for r in rows[2:])
    assert kenya.started_at < brazil.started_at and eu.started_at is None
    assert kenya.item_title == m.state.items[ITEM].title and kenya.participant_id == "del-ke"


def test_figures_count_only_those_who_spoke(spoken):
    m, _ = spoken
    figures = figures_of(m.state, record_rows(m.state))
    assert (figures.speakers, figures.member_states, figures.observers) == (2, 2, 0)
    assert (figures.onsite, figures.remote) == (1, 1)
    assert figures.languages == {"en": 1, "es": 1}
    assert (figures.withdrawn, figures.declined, figures.spoken_seconds) == (1, 1, 120)
    assert figures.by_gender == {"female": 1, "male": 1}


def test_a_group_coordinator_counts_as_a_member_state_in_the_figures():
    m = Meeting()
    m.request("obs-eu", language="fr", on_behalf_of="European Union")  # a group the meeting declares
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    figures = figures_of(m.state, record_rows(m.state))
    assert (figures.speakers, figures.member_states, figures.observers) == (1, 1, 0)


def test_every_event_survives_its_envelope(spoken):
    m, _ = spoken
    for event in m.events:
        assert Event.from_envelope(event.envelope()) == event


@pytest.mark.parametrize(
    "envelope",
    [
        {},
        {"seq": 1, "type": "floor.requested", "at": "2025-10-28T10:00:00Z"},
        {"seq": 0, "type": "floor.requested", "at": "2025-10-28T10:00:00Z", "data": {}},
        {"seq": "1", "type": "floor.requested", "at": "2025-10-28T10:00:00Z", "data": {}},
        {"seq": 1, "type": "floor.requested", "at": "2025-10-28T10:00:00Z", "data": []},
        {"seq": 1, "type": "floor.teleported", "at": "2025-10-28T10:00:00Z", "data": {}},
        {"seq": 1, "type": "floor.requested", "at": "yesterday", "data": {}},
        [],
    ],
)
def test_what_is_not_an_envelope_is_refused_as_such(envelope):
    with pytest.raises(ValueError):
        Event.from_envelope(envelope)


@given(st.permutations([f"r{n}" for n in range(6)]), st.integers(0, 6))
def test_a_new_request_goes_right_after_the_last_one_the_rules_put_before_it(manual, place):
    rule = [f"r{n}" for n in range(6)]
    rule.insert(place, "new")
    merged = merge_into(manual, rule, "new")
    assert [r for r in merged if r != "new"] == list(manual)  # the chair's order is kept
    before = set(rule[:place])
    last_before = max((n for n, r in enumerate(manual) if r in before), default=-1)
    assert merged.index("new") == last_before + 1


def test_the_clock_overruns_only_past_the_limit():
    from datetime import UTC, datetime, timedelta

    from companion.domain.entities import SpeakingClock
    from companion.domain.speaking_clock import is_overrun

    start = datetime(2025, 10, 28, 10, 0, tzinfo=UTC)
    clock = SpeakingClock("r1", ITEM, 180, accumulated=60.0, running_since=start)
    assert not is_overrun(clock, start + timedelta(seconds=120))  # exactly at the limit
    assert is_overrun(clock, start + timedelta(seconds=121))
    paused = SpeakingClock("r1", ITEM, 180, accumulated=200.0)
    assert is_overrun(paused, start)


def test_the_booth_shift_on_now_and_relay():
    from datetime import UTC, datetime, timedelta

    from companion.domain.booths import default_booths
    from companion.domain.entities import BoothShift
    from companion.domain.handover import handover_at, shifts_of
    from companion.domain.relay_plan import Route, route_of

    t = datetime(2025, 10, 28, 10, 0, tzinfo=UTC)
    late = BoothShift("zh", "B", t + timedelta(hours=1), t + timedelta(hours=2))
    early = BoothShift("zh", "A", t, t + timedelta(hours=1))
    other = BoothShift("ar", "C", t, t + timedelta(hours=2))
    shifts = (late, other, early)
    assert shifts_of(shifts, "zh") == [early, late]
    assert handover_at(shifts, "zh", t).current == early
    assert handover_at(shifts, "zh", t + timedelta(hours=1)).current == late  # the handover minute
    assert handover_at(shifts, "zh", t + timedelta(hours=2)).current is None
    un = default_booths(("ar", "zh", "en", "fr", "ru", "es"))
    assert route_of(un, "ar", "zh").route == Route.RELAY and route_of(un, "en", "zh").route == Route.DIRECT
    assert route_of(un, "zh", "zh").route == Route.FLOOR


def test_the_current_speaker_is_the_one_on_the_floor(spoken):
    m, ids = spoken
    assert m.state.current_speaker() is None  # Brazil finished
    m.run("chair", type="floor.call_next", item_id=ITEM)
    assert m.state.current_speaker().id == ids["eu"]


def test_an_import_plan_adds_changes_cancels_removes_and_keeps_what_people_asked_for():
    from dataclasses import replace

    from companion.domain.schedule_plan import plan_import
    from companion.domain.vocabulary import ItemStatus

    m = Meeting()
    m.request("del-ke")  # a request on ITEM: it cannot simply vanish
    items = dict(m.state.items)
    same = next(i for i in items.values() if i.id != ITEM)
    retitled = next(i for i in items.values() if i.id not in (ITEM, same.id))
    postponed = next(i for i in items.values() if i.id not in (ITEM, same.id, retitled.id))
    new = replace(same, id="brand-new", title="A new panel")
    incoming = [
        same,
        replace(retitled, title="Renamed", status=ItemStatus.LIVE),  # status is not the file's
        replace(postponed, status=ItemStatus.POSTPONED),
        new,
    ]
    plan = plan_import(m.state, incoming)
    assert plan.added == [new]
    assert plan.changed == [(retitled.id, {"title": "Renamed"})]
    assert plan.cancelled == [postponed.id]
    assert plan.kept == [ITEM]
    gone = set(items) - {ITEM, same.id, retitled.id, postponed.id}
    assert set(plan.removed) == gone and len(plan.removed) == len(gone)
    assert plan.unchanged == 1 and not plan.empty
    assert plan_import(m.state, list(items.values())).empty


@pytest.mark.parametrize(
    ("spent", "expected"), [(0, "ok"), (79, "ok"), (80, "warning"), (100, "warning"), (101, "overrun")]
)
def test_the_clock_warns_in_the_last_fifth_and_overruns_past_the_limit(spent, expected):
    from datetime import UTC, datetime

    from companion.domain.entities import SpeakingClock
    from companion.domain.speaking_clock import phase

    now = datetime(2025, 10, 28, 10, 0, tzinfo=UTC)
    assert phase(SpeakingClock("r1", ITEM, 100, accumulated=float(spent)), now) == expected


def test_a_row_says_the_kind_and_time_of_the_request_and_onsite_speakers_are_counted_as_such(spoken):
    m, ids = spoken
    m.run("chair", type="floor.call_next", item_id=ITEM)  # the EU, onsite, speaks too
    m.run("chair", type="floor.start")
    rows = record_rows(m.state)
    kenya = next(r for r in rows if r.participant_id == "del-ke")
    assert (kenya.kind, kenya.requested_at) == ("statement", m.state.requests[ids["ke"]].requested_at)
    figures = figures_of(m.state, rows)
    assert (figures.onsite, figures.remote) == (2, 1)


def test_a_speaker_no_longer_registered_is_named_by_id_and_counted_without_a_gender(spoken):
    from dataclasses import replace

    m, _ = spoken
    state = replace(m.state, participants={k: v for k, v in m.state.participants.items() if k != "del-ke"})
    rows = record_rows(state)
    kenya = next(r for r in rows if r.participant_id == "del-ke")
    assert (kenya.participant, kenya.delegation, kenya.delegation_kind) == ("del-ke", "", "")
    assert figures_of(state, rows).by_gender == {"female": 1, "not stated": 1}
