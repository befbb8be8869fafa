"""Booth data and shifts as commands (secretariat only, checked), and the handover cue."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import T0, Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.booths import booths_of, default_booths
from companion.domain.entities import BoothShift
from companion.domain.handover import handover_at
from companion.domain.relay_plan import Route, route_of
from companion.domain.snapshot import state_from_plain, state_to_plain


@pytest.fixture
def m():
    return Meeting()


def iso(moment):
    return moment.isoformat()


def test_the_meeting_starts_with_the_un_booths(m):
    assert m.state.meeting.booths == ()
    assert booths_of(m.state.meeting) == default_booths(m.state.meeting.languages)


def test_the_secretariat_sets_a_booth_and_the_plan_follows(m):
    assert route_of(booths_of(m.state.meeting), "ru", "zh").route == Route.RELAY
    m.run("secretariat", type="booths.set", booth={"language": "zh", "passive": ["ru", "en"], "retour": ["en"]})
    booths = booths_of(m.state.meeting)
    assert [b.language for b in booths] == list(m.state.meeting.languages)  # every booth, in order
    assert booths[1].passive == ("en", "ru")  # the meeting's order
    assert route_of(booths, "ru", "zh").route == Route.DIRECT
    assert state_from_plain(state_to_plain(m.state)) == m.state


@pytest.mark.parametrize(
    ("booth", "code"),
    [
        ({"language": "pt"}, "unknown_language"),
        ({"language": "zh", "passive": ["zh"]}, "own_language"),
        ({"language": "zh", "passive": "en"}, "invalid_field"),
        ({"language": "zh", "passive": ["de"]}, "unknown_language"),
        ({"language": "zh", "interpreters": [{"name": " "}]}, "invalid_field"),
        ({"language": "zh", "interpreters": [{"name": "A"}, {"name": "A"}]}, "duplicate_interpreter"),
        ("zh", "invalid_field"),
    ],
)
def test_a_bad_booth_is_refused_with_its_reason(m, booth, code):
    with pytest.raises(Invalid) as refused:
        m.run("secretariat", type="booths.set", booth=booth)
    assert refused.value.code == code
    assert m.state.meeting.booths == ()


@pytest.mark.parametrize("actor", ["chair", "del-br", "int-en"])
def test_only_the_secretariat_sets_booths_and_shifts(m, actor):
    with pytest.raises(Forbidden):
        m.run(actor, type="booths.set", booth={"language": "zh", "passive": ["en"]})
    with pytest.raises(Forbidden):
        m.run(actor, type="shifts.set", booth="en", shifts=[])


def test_shifts_replace_one_booths_shifts(m):
    before = [s for s in m.state.shifts if s.language == "fr"]
    shifts = [
        {"interpreter": "Helen Carter", "start": iso(T0), "end": iso(T0 + timedelta(minutes=30)),
         "participant_id": "int-en"},
        {"interpreter": "James Ward", "start": iso(T0 + timedelta(minutes=30)), "end": iso(T0 + timedelta(hours=1))},
    ]  # fmt: skip
    m.run("secretariat", type="shifts.set", booth="en", shifts=list(reversed(shifts)))
    mine = [s for s in m.state.shifts if s.language == "en"]
    assert [s.interpreter for s in mine] == ["Helen Carter", "James Ward"]
    assert [s for s in m.state.shifts if s.language == "fr"] == before


@pytest.mark.parametrize(
    ("shifts", "code"),
    [
        ([{"interpreter": "A", "start": "2025-10-28T10:00:00Z", "end": "2025-10-28T09:00:00Z"}], "invalid_times"),
        ([{"interpreter": "A", "start": "2025-10-28T10:00:00", "end": "2025-10-28T11:00:00Z"}], "invalid_time"),
        ([{"interpreter": "", "start": "2025-10-28T10:00:00Z", "end": "2025-10-28T11:00:00Z"}], "missing_field"),
        ([{"interpreter": "A", "start": "2025-10-28T10:00:00Z", "end": "2025-10-28T11:00:00Z"},
          {"interpreter": "B", "start": "2025-10-28T10:30:00Z", "end": "2025-10-28T11:30:00Z"}], "shifts_overlap"),
        ([{"interpreter": "A", "start": "2025-10-28T10:00:00Z", "end": "2025-10-28T11:00:00Z",
           "participant_id": "int-fr"}], "unknown_participant"),
        ("A", "invalid_field"),
    ],
)  # fmt: skip
def test_bad_shifts_are_refused_and_nothing_changes(m, shifts, code):
    before = m.state.shifts
    with pytest.raises(Invalid) as refused:
        m.run("secretariat", type="shifts.set", booth="en", shifts=shifts)
    assert refused.value.code == code
    assert m.state.shifts == before


# --- handover -------------------------------------------------------------------------------

START = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
TURNS = (
    BoothShift("en", "Helen", START, START + timedelta(minutes=30)),
    BoothShift("en", "James", START + timedelta(minutes=30), START + timedelta(minutes=60)),
    BoothShift("en", "James", START + timedelta(minutes=60), START + timedelta(minutes=90)),
)


def test_the_cue_comes_5_and_1_minute_before_the_handover():
    at = lambda minutes: handover_at(TURNS, "en", START + timedelta(minutes=minutes))  # noqa: E731
    assert at(20).cue is None and at(20).current.interpreter == "Helen" and at(20).next.interpreter == "James"
    assert at(25).cue == 5 and at(28.5).cue == 5
    assert at(29).cue == 1 and at(29.9).cue == 1
    assert at(30).current.interpreter == "James" and at(30).cue is None
    assert at(58).cue is None  # James goes on: no handover
    assert at(89).cue is None and at(89).next is None
    assert at(95).current is None and at(95).next is None


def test_before_the_first_shift_the_next_interpreter_is_cued():
    early = handover_at(TURNS, "en", START - timedelta(minutes=4))
    assert early.current is None and early.next.interpreter == "Helen" and early.cue == 5


@given(st.integers(min_value=-60 * 60, max_value=3 * 60 * 60))
def test_the_cue_says_how_close_the_handover_is(seconds):
    now = START + timedelta(seconds=seconds)
    h = handover_at(TURNS, "en", now)
    if h.current is not None:
        assert h.current.start <= now < h.current.end
        assert h.seconds_left == int((h.current.end - now).total_seconds())
    if h.cue is not None:
        assert 0 <= h.seconds_left <= h.cue * 60
        assert h.cue == 1 or h.seconds_left > 60
        assert h.next is not None and (h.current is None or h.next.interpreter != h.current.interpreter)
    elif h.next is not None and h.seconds_left is not None and h.seconds_left <= 300:
        assert h.current is not None and h.next.interpreter == h.current.interpreter


def test_the_booths_are_worked_with_the_languages_of_the_interpreter_on_shift():
    from companion.domain.booths import Booth, InterpreterLanguages
    from companion.domain.handover import booths_on_duty

    zh = Booth("zh", ("en",), ("en",), (InterpreterLanguages("Zhou Min", ("en", "ru")),))
    booths = (zh, Booth("en", ("fr", "es", "ru")))
    turns = (
        BoothShift("zh", "Li Wen", START, START + timedelta(minutes=30)),
        BoothShift("zh", "Zhou Min", START + timedelta(minutes=30), START + timedelta(minutes=60)),
    )
    assert route_of(booths_on_duty(booths, turns, START), "ru", "zh").route == Route.RELAY
    assert route_of(booths_on_duty(booths, turns, START + timedelta(minutes=40)), "ru", "zh").route == Route.DIRECT
    assert booths_on_duty(booths, turns, START + timedelta(hours=2)) == booths  # nobody on: the booth's own


def test_names_with_control_characters_are_refused(m):
    shift = {"interpreter": "Helen\u202e", "start": "2025-10-28T09:00:00Z", "end": "2025-10-28T09:30:00Z"}
    with pytest.raises(Invalid) as refused:
        m.run("secretariat", type="shifts.set", booth="en", shifts=[shift])
    assert refused.value.code == "invalid_text"
    with pytest.raises(Invalid) as refused:
        m.run("secretariat", type="booths.set", booth={"language": "zh", "interpreters": [{"name": "Li\x07"}]})
    assert refused.value.code == "invalid_text"
