"""Rules that planted bugs got past the suite once: the whole role table, first-time speakers per
delegation, alternation after the side that spoke last, venue time with each instant's own offset."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import CommandRefused, Forbidden, record
from companion.domain.codec import to_plain
from companion.domain.commands import command_types
from companion.domain.entities import Participant
from companion.domain.meeting_time import in_meeting_zone, offset_label
from companion.domain.vocabulary import Attendance, DelegationKind, Role

ITEM = "d1-floor-morning"
D, C, S, N = Role.DELEGATE, Role.CHAIR, Role.SECRETARIAT, Role.INTERPRETER

#: Written out here on purpose, not imported: a change to the code's table must show up as a failure.
EXPECTED_ROLES = {
    "floor.request": {D, C, S},
    "floor.withdraw": {D, C, S},
    "floor.revise": {D, C, S},
    "floor.decline": {C, S},
    "floor.move": {C, S},
    "floor.move_many": {C, S},
    "floor.decline_many": {C, S},
    "floor.reorder": {C, S},
    "floor.categorise": {C, S},
    "floor.interpose": {C, S},
    "floor.call_next": {C, S},
    "floor.start": {C, S},
    "floor.pause": {C, S},
    "floor.resume": {C, S},
    "floor.finish": {C, S},
    "list.open": {C, S},
    "list.close": {C, S},
    "agenda.set_status": {C, S},
    "agenda.update": {C, S},
    "agenda.import": {S},
    "channel.choose": {D, C, S, N},
    "interpreter.slow_down": {N},
    "floor.carry": {C, S},
    "floor.decline_all": {C, S},
    "list.set_deadline": {C, S},
    "list.close_by_deadline": {C, S},
    "meeting.declare_groups": {S},
    "booths.set": {S},
    "shifts.set": {S},
    "agenda.translate": {S},
    "interpreter.slow_down_seen": {C, S},
    "display.message": {C, S},
    "display.clear_message": {C, S},
    "display.countdown": {C, S},
    "display.clear_countdown": {C, S},
    "display.configure": {C, S},
}
ACTOR_OF_ROLE = {D: "del-br", C: "chair", S: "secretariat", N: "int-fr"}


def test_the_role_table_covers_every_command():
    assert set(EXPECTED_ROLES) == set(command_types())


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("command_type", sorted(EXPECTED_ROLES))
def test_every_role_against_every_command(command_type, role):
    m = Meeting()
    before = m.state
    try:
        m.run(ACTOR_OF_ROLE[role], type=command_type)
    except Forbidden as refused:
        assert role not in EXPECTED_ROLES[command_type], f"a {role} may use {command_type}"
        assert refused.code == "role_not_allowed"
        assert m.state is before  # nothing changed
    except CommandRefused as refused:  # allowed, but the bare command lacks its fields
        assert role in EXPECTED_ROLES[command_type], f"a {role} got past the role check: {refused.code}"
    else:
        assert role in EXPECTED_ROLES[command_type], f"a {role} used {command_type}"


def add_person(m: Meeting, pid: str, delegation: str, attendance: Attendance) -> None:
    person = Participant(
        id=pid,
        name="Second Delegate",
        role=Role.DELEGATE,
        delegation=delegation,
        delegation_kind=DelegationKind.MEMBER_STATE,
        attendance=attendance,
    )
    m.state, event = record(m.state, "participant.added", {"participant": to_plain(person)}, m.now)


def set_policy(m: Meeting, **policy) -> None:
    m.run("chair", type="agenda.update", item_id=ITEM, changes={"policy": policy})


def speak(m: Meeting, who: str) -> None:
    m.request(who)
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.finish")


def test_first_time_speakers_count_per_delegation_not_per_person():
    m = Meeting()
    add_person(m, "del-ke-2", "Kenya", Attendance.ONSITE)
    set_policy(m, first_time_first=True)
    speak(m, "del-ke")
    m.request("del-ke-2")  # another Kenyan, first time for her, not for Kenya
    m.request("del-jp")
    assert m.queue() == ["Japan", "Kenya"]


@pytest.mark.parametrize(
    ("spoke", "expected"),
    [
        ("del-br", ["Kenya", "Egypt", "Japan"]),  # remote spoke last: onsite next
        ("del-jp", ["Egypt", "Kenya"]),  # onsite spoke last: remote next
    ],
)
def test_alternation_starts_with_the_side_that_did_not_speak_last(spoke, expected):
    m = Meeting()
    set_policy(m, alternate_attendance=True)
    speak(m, spoke)
    for who in ("del-eg", "del-ke", "del-jp"):  # remote first in order of request
        if who != spoke:
            m.request(who)
    assert m.queue() == expected


WINTER = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)  # the meeting: two days after the change
SUMMER = datetime(2025, 10, 24, 8, 0, tzinfo=UTC)  # the week before: still summer time


def test_venue_time_uses_the_offset_of_the_instant_not_of_today():
    winter = in_meeting_zone(WINTER, "Europe/Zurich")
    summer = in_meeting_zone(SUMMER, "Europe/Zurich")
    assert (winter.hour, offset_label(winter)) == (10, "UTC+01:00")
    assert (summer.hour, offset_label(summer)) == (10, "UTC+02:00")


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)))
def test_venue_time_is_the_same_instant_with_that_dates_offset(moment):
    local = in_meeting_zone(moment, "Europe/Zurich")
    assert local.timestamp() == moment.timestamp()  # (== is always False for a time in the repeated hour)
    # Central European time: +1 in winter, +2 in summer, decided by the instant itself.
    summer = (
        datetime(moment.year, 3, 31, 1, tzinfo=UTC) <= moment < datetime(moment.year, 10, 24, 1, tzinfo=UTC)
    )
    if summer:
        assert local.utcoffset().total_seconds() == 7200
    elif moment.month in (1, 2, 11, 12):
        assert local.utcoffset().total_seconds() == 3600


def test_alternation_follows_the_latest_of_several_speakers():
    m = Meeting()
    set_policy(m, alternate_attendance=True)
    speak(m, "del-ke")  # onsite
    m.tick(60)
    speak(m, "del-br")  # remote, the latest
    m.request("del-eg")  # remote
    m.request("del-jp")  # onsite
    assert m.queue() == ["Japan", "Egypt"]


def test_a_new_policy_reorders_the_waiting_list_unless_the_chair_set_it_by_hand():
    m = Meeting()
    speak(m, "del-br")  # remote spoke last
    egypt, _ = m.request("del-eg"), m.request("del-jp")
    assert m.queue() == ["Egypt", "Japan"]
    set_policy(m, alternate_attendance=True)
    assert m.queue() == ["Japan", "Egypt"]  # reordered by the new rule at once
    m.run("chair", type="floor.move", request_id=egypt, position=0)
    set_policy(m, alternate_attendance=True, first_time_first=True)
    assert m.queue() == ["Egypt", "Japan"]  # the chair's order stands


def test_a_withdrawn_or_declined_request_records_when_it_ended():
    m = Meeting()
    kenya, japan = m.request("del-ke"), m.request("del-jp")
    m.tick(30)
    m.run("del-ke", type="floor.withdraw", request_id=kenya)
    m.run("chair", type="floor.decline", request_id=japan)
    assert m.state.requests[kenya].finished_at == m.state.requests[japan].finished_at == m.now


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(0, 900)), min_size=1, max_size=6))
def test_the_speaking_clock_counts_every_running_period(periods):
    """start → pause → resume → pause …: every running period adds up, never only the last one, and
    the record's spoken seconds agree with the clock."""
    from companion.domain import speaking_clock

    m = Meeting()
    rid = m.request("del-br")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    for turn, (running, paused) in enumerate(periods):
        m.run("chair", type="floor.start" if turn == 0 else "floor.resume")
        m.tick(running)
        m.run("chair", type="floor.pause")
        m.tick(paused)  # paused: does not count
        assert speaking_clock.elapsed(m.state.floor, m.now) == sum(r for r, _ in periods[: turn + 1])
    m.run("chair", type="floor.finish")
    assert m.state.requests[rid].spoken_seconds == sum(r for r, _ in periods)


@pytest.mark.parametrize(
    ("kind", "limit"), [("point_of_order", 60), ("right_of_reply", 120), ("presentation", 600)]
)
def test_a_kind_with_its_own_limit_keeps_it_when_made_on_behalf_of_a_group(kind, limit):
    """A group speaks 5 minutes, but a point of order for the African Group is still a point of order."""
    m = Meeting()
    m.request("del-ke", kind=kind, on_behalf_of="African Group")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    assert m.state.floor.limit_seconds == limit
    group_statement = Meeting()
    group_statement.request("del-ke", on_behalf_of="African Group")
    group_statement.run("chair", type="floor.call_next", item_id=ITEM)
    assert group_statement.state.floor.limit_seconds == 300  # the group's own limit still applies
