"""Interposed questions: the speaker's clock waits while a question holds the floor, and runs on
from where it stopped when the question ends; calling the next speaker ends both."""

import pytest
from meeting_factory import Meeting

from companion.domain import Invalid, speaking_clock
from companion.domain.list_forecast import forecast
from companion.domain.time_spoken import time_spoken

ITEM = "d1-floor-morning"


def speaking(m):
    kenya = m.request("del-ke")
    m.request("del-jp")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(100)
    return kenya


def test_the_speakers_clock_waits_for_the_question_and_runs_on_after():
    m = Meeting()
    kenya = speaking(m)
    events = m.run("chair", type="floor.interpose", participant_id="del-br", language="es")
    assert [e.type for e in events] == ["floor.interposed"]
    question = m.state.floor.request_id
    assert m.state.requests[question].status == "speaking" and m.state.floor.interrupted_id == kenya
    assert m.state.floor.limit_seconds == m.state.items[ITEM].limits.point_of_order
    m.tick(40)  # the question: Kenya's clock does not move
    assert time_spoken(m.state, ITEM, m.now).by_delegation == (("Kenya", 100), ("Brazil", 40))
    assert forecast(m.state, ITEM, m.now).floor_seconds == 20 + 80  # the question's 20 s, Kenya's 80 s
    m.run("chair", type="floor.finish")
    assert m.state.floor.request_id == kenya and m.state.floor.running_since == m.now  # runs on
    assert m.state.requests[question].spoken_seconds == 40
    m.tick(30)
    assert round(speaking_clock.elapsed(m.state.floor, m.now)) == 130


def test_calling_the_next_speaker_ends_the_question_and_the_speaker():
    m = Meeting()
    kenya = speaking(m)
    m.run("chair", type="floor.interpose", participant_id="del-br", language="es")
    question = m.state.floor.request_id
    m.tick(10)
    m.run("chair", type="floor.call_next", item_id=ITEM)
    assert m.state.requests[question].status == "done" and m.state.requests[kenya].status == "done"
    assert m.state.requests[kenya].spoken_seconds == 100
    assert m.state.participants[m.state.requests[m.state.floor.request_id].participant_id].delegation == "Japan"


@pytest.mark.parametrize(
    ("setup", "asker", "code"),
    [(False, "del-br", "no_speaker"), (True, "del-ke", "own_question"), (True, "int-fr", "unknown_participant")],
)
def test_what_cannot_be_interposed_is_refused(setup, asker, code):
    m = Meeting()
    if setup:
        speaking(m)
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="floor.interpose", participant_id=asker, language="en")
    assert refused.value.code == code


def test_a_question_is_not_interrupted_in_turn():
    m = Meeting()
    speaking(m)
    m.run("chair", type="floor.interpose", participant_id="del-br", language="es")
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="floor.interpose", participant_id="del-eg", language="ar")
    assert refused.value.code == "already_interposed"
