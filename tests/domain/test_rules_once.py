"""Each rule once, in the domain, and the places that use it agree: member states, the gender
label, the speaking clock's actions, the statement limit, the interpreter's booth."""

import meeting_factory
import pytest

from companion.domain import Invalid, execute, record
from companion.domain.figures import item_figures
from companion.domain.meeting_record import figures_of, record_rows
from companion.domain.registration import booth_refusal
from companion.domain.speaking_clock import ClockAction, clock_actions
from companion.domain.standing import NOT_STATED, gender_label, is_member_state
from companion.domain.statements import MAX_STATEMENT_BYTES, MAX_STATEMENT_CHARS, statement_fits
from companion.domain.vocabulary import DelegationKind, Role

ITEM = "d1-floor-morning"
COMMANDS = {
    ClockAction.START: "floor.start",
    ClockAction.PAUSE: "floor.pause",
    ClockAction.RESUME: "floor.resume",
    ClockAction.FINISH: "floor.finish",
}


def test_member_state_and_gender_rules():
    assert is_member_state(None, DelegationKind.MEMBER_STATE) and is_member_state("", "member_state")
    assert is_member_state("African Group", DelegationKind.NGO)  # a coordinator speaks for its group
    assert not is_member_state(None, DelegationKind.OBSERVER) and not is_member_state(None, None)
    assert gender_label(None) == gender_label("  ") == NOT_STATED and gender_label(" female ") == "female"


def test_the_chairs_figures_and_the_record_count_the_same_way():
    meeting = meeting_factory.Meeting()
    chile = {"id": "del-cl", "name": "Sofía Rojas", "role": "delegate", "delegation": "Chile"}
    meeting.state, _ = record(meeting.state, "participant.added", {"participant": chile}, meeting.now)
    for who in ("del-ke", "obs-eu", "del-cl"):
        meeting.request(who)
    meeting.run("chair", type="floor.request", item_id=ITEM, language="fr", participant_id="ngo-ifla",
                on_behalf_of="African Group", kind="question")
    now_waiting = item_figures(meeting.state, ITEM)
    for _ in range(4):
        meeting.run("chair", type="floor.call_next", item_id=ITEM)
        meeting.run("chair", type="floor.start")
    meeting.run("chair", type="floor.finish")
    spoke = figures_of(meeting.state, record_rows(meeting.state))
    assert now_waiting.member_states == spoke.member_states == 2  # Kenya, and IFLA for its group (Chile: other)
    assert dict(item_figures(meeting.state, ITEM).spoken_by_gender) == spoke.by_gender
    assert spoke.speakers == 4 and NOT_STATED in spoke.by_gender  # Chile's delegate gave none


def test_clock_actions_are_what_the_server_accepts():
    meeting = meeting_factory.Meeting()
    assert clock_actions(None, None) == frozenset()
    meeting.request("del-ke")
    meeting.run("chair", type="floor.call_next", item_id=ITEM)
    seen = []
    for step in ("floor.start", "floor.pause", "floor.resume", "floor.pause"):
        state = meeting.state
        allowed = clock_actions(state.floor, state.requests[state.floor.request_id])
        seen.append(allowed)
        for action, command in COMMANDS.items():
            try:
                probe(state, command)
                accepted = True
            except Invalid:
                accepted = False
            assert accepted == (action in allowed), (step, action)
        meeting.run("chair", type=step)
    assert seen[0] == {ClockAction.START, ClockAction.FINISH}
    assert seen[1] == seen[3] == {ClockAction.PAUSE, ClockAction.FINISH}
    assert seen[2] == {ClockAction.RESUME, ClockAction.FINISH}


def probe(state, command):
    """Decide *command* as the chair on *state* without keeping the result."""
    execute(state, {"type": command}, state.participants["chair"], meeting_factory.T0)


def test_the_statement_limit_is_the_one_the_server_applies():
    meeting = meeting_factory.Meeting()
    fits, too_long = "é" * MAX_STATEMENT_CHARS, "é" * (MAX_STATEMENT_CHARS + 1)
    assert statement_fits(fits) and not statement_fits(too_long)
    assert len(fits.encode()) <= MAX_STATEMENT_BYTES
    meeting.request("del-ke", text=fits)
    with pytest.raises(Invalid) as refused:
        meeting.request("del-jp", text=too_long)
    assert refused.value.code == "too_long"


@pytest.mark.parametrize(
    ("role", "booth", "refused"),
    [(Role.INTERPRETER, "fr", False), (Role.INTERPRETER, None, True), (Role.INTERPRETER, "xx", True),
     (Role.DELEGATE, None, False), (Role.DELEGATE, "fr", True)],
)
def test_the_booth_rule(role, booth, refused):
    assert (booth_refusal(role, booth) is not None) == refused
