import pytest
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid
from companion.domain.vocabulary import ItemStatus, RequestStatus


@pytest.fixture
def m():
    return Meeting()


@pytest.mark.parametrize(
    "command",
    [
        {"type": "floor.call_next", "item_id": "d1-floor-morning"},
        {"type": "list.close", "item_id": "d1-floor-morning"},
        {"type": "agenda.set_status", "item_id": "d1-opening", "status": "live"},
        {"type": "floor.start"},
        {"type": "interpreter.slow_down"},
    ],
)
def test_delegate_may_not_use_chair_or_interpreter_commands(m, command):
    with pytest.raises(Forbidden):
        m.run("del-br", **command)


def test_delegate_acts_only_on_own_requests(m):
    rid = m.request("del-ke")
    with pytest.raises(Forbidden):
        m.run("del-br", type="floor.withdraw", request_id=rid)
    with pytest.raises(Forbidden):
        m.request("del-br", participant_id="del-ke", kind="question")
    m.run("del-ke", type="floor.withdraw", request_id=rid)
    assert m.state.requests[rid].status == RequestStatus.WITHDRAWN
    assert m.queue() == []


def test_chair_enters_a_request_for_a_delegate_in_the_room(m):
    rid = m.request("chair", participant_id="del-ke")
    assert m.state.requests[rid].participant_id == "del-ke"


def test_interpreter_may_only_slow_down_and_choose_channel(m):
    events = m.run("int-fr", type="interpreter.slow_down")
    assert events[0].actor is None  # anonymous
    assert m.state.slow_downs[-1].booth == "fr"
    with pytest.raises(Forbidden):
        m.request("int-fr")


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ({"type": "floor.request", "item_id": "d1-floor-morning", "language": "xx"}, "unknown_language"),
        ({"type": "floor.request", "item_id": "d1-floor-morning"}, "missing_field"),
        ({"type": "floor.request", "item_id": "nope", "language": "en"}, "unknown_item"),
        (
            {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en", "minutes": "3"},
            "invalid_field",
        ),
        (
            {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en", "minutes": 99},
            "out_of_range",
        ),
        (
            {"type": "floor.request", "item_id": "d1-floor-morning", "language": "en", "kind": "filibuster"},
            "invalid_field",
        ),
        ({"type": "no.such.thing"}, "unknown_command"),
        ({"type": "channel.choose", "channel": "klingon"}, "unknown_channel"),
    ],
)
def test_invalid_commands_are_refused_with_a_reason(m, command, code):
    with pytest.raises(Invalid) as err:
        m.run("del-br", **command)
    assert err.value.code == code
    assert err.value.message


def test_speaking_clock_flow_and_overrun(m):
    from companion.domain import speaking_clock

    rid = m.request("del-br")
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    assert m.state.requests[rid].status == RequestStatus.SPEAKING
    m.run("chair", type="floor.start")
    m.tick(100)
    m.run("chair", type="floor.pause")
    m.tick(500)  # paused: does not count
    assert speaking_clock.elapsed(m.state.floor, m.now) == 100
    m.run("chair", type="floor.resume")
    m.tick(100)
    assert speaking_clock.phase(m.state.floor, m.now) == "overrun"
    m.run("chair", type="floor.finish")
    assert m.state.requests[rid].spoken_seconds == 200
    assert m.state.floor is None


def test_calling_next_finishes_the_current_speaker(m):
    a, b = m.request("del-br"), m.request("del-ke")
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    events = m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    assert [e.type for e in events] == ["floor.finished", "floor.called"]
    assert m.state.requests[a].status == RequestStatus.DONE
    assert m.state.floor.request_id == b


def test_one_item_live_at_a_time(m):
    m.run("chair", type="agenda.set_status", item_id="d1-opening", status="live")
    m.run("chair", type="agenda.set_status", item_id="d1-remarks", status="live")
    assert m.state.items["d1-opening"].status == ItemStatus.DONE
    assert m.state.live_item().id == "d1-remarks"


def test_agenda_update_moves_an_item_and_validates(m):
    m.run("secretariat", type="agenda.update", item_id="d1-quiz", changes={"start": "2025-10-28T09:35:00Z"})
    assert m.state.items["d1-quiz"].moved
    with pytest.raises(Invalid):
        m.run("chair", type="agenda.update", item_id="d1-quiz", changes={"end": "2025-10-28T08:00:00Z"})
    with pytest.raises(Invalid):
        m.run("chair", type="agenda.update", item_id="d1-quiz", changes={"status": "done"})
    with pytest.raises(Invalid):
        m.run("chair", type="agenda.update", item_id="d1-quiz", changes={"start": "yesterday"})


def test_agenda_update_sets_interpretation_languages_of_the_meeting_only(m):
    m.run("secretariat", type="agenda.update", item_id="d1-quiz", changes={"languages": ["en", "fr"]})
    assert m.state.items["d1-quiz"].languages == ("en", "fr")
    with pytest.raises(Invalid, match="xx"):
        m.run("secretariat", type="agenda.update", item_id="d1-quiz", changes={"languages": ["en", "xx"]})


def test_statement_text_is_hidden_from_other_delegates(m):
    from companion.domain.visibility import visible_envelope, visible_state

    m.request("del-br", text="Check against delivery. Thank you, Chair.")
    env = m.events[-1].envelope()
    parts = m.state.participants
    assert visible_envelope(env, parts["del-ke"])["data"]["request"]["text"] is None
    assert visible_envelope(env, parts["del-ke"])["data"]["request"]["has_text"] is True
    assert visible_envelope(env, parts["int-fr"])["data"]["request"]["text"].startswith("Check")
    assert visible_envelope(env, parts["del-br"])["data"]["request"]["text"].startswith("Check")
    hidden = visible_state(m.state, parts["obs-eu"])
    assert all(r.text is None for r in hidden.requests.values())
