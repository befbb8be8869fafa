"""The typed command builders make commands the server accepts, with the effect their names say."""

import meeting_factory
import pytest

from companion.domain import Invalid
from companion.domain import command_builders as build
from companion.domain.speaking_clock import ClockAction
from companion.domain.vocabulary import Attendance, ItemStatus, ListState, RequestKind, RequestStatus

ITEM = "d1-floor-morning"


def send(meeting, actor, command):
    return meeting.run(actor, **command)


def test_a_request_and_the_chairs_commands_go_through():
    meeting = meeting_factory.Meeting()
    [event] = send(meeting, "del-ke", build.floor_request(ITEM, "fr", RequestKind.QUESTION,
                                                          attendance=Attendance.REMOTE, minutes=2, text="Texte"))
    request = meeting.state.requests[event.data["request"]["id"]]
    assert (request.kind, request.language, request.attendance) == (RequestKind.QUESTION, "fr", Attendance.REMOTE)
    other = meeting.request("del-jp")
    send(meeting, "chair", build.floor_move(other, 0))
    assert meeting.state.queues[ITEM][0] == other
    send(meeting, "chair", build.floor_decline(other, "Out of time"))
    assert meeting.state.requests[other].status == RequestStatus.DECLINED
    send(meeting, "chair", build.floor_call_next(ITEM, expected_request_id=request.id))
    for action in (ClockAction.START, ClockAction.PAUSE, ClockAction.RESUME, ClockAction.FINISH):
        send(meeting, "chair", build.clock(action))
    assert meeting.state.requests[request.id].status == RequestStatus.DONE
    send(meeting, "chair", build.speakers_list(ITEM, open_it=False))
    assert meeting.state.items[ITEM].list_state == ListState.CLOSED
    send(meeting, "chair", build.agenda_status(ITEM, ItemStatus.DONE))
    assert meeting.state.items[ITEM].status == ItemStatus.DONE
    send(meeting, "del-ke", build.channel_choice("es"))
    assert meeting.state.channels["del-ke"] == "es"
    [slow] = send(meeting, "int-fr", build.slow_down())
    assert slow.actor is None


def test_a_withdrawal_and_a_blank_text_left_out():
    meeting = meeting_factory.Meeting()
    command = build.floor_request(ITEM, "en", text="   ")
    assert "text" not in command and command["kind"] == "statement"
    [event] = send(meeting, "del-br", command)
    send(meeting, "del-br", build.floor_withdraw(event.data["request"]["id"]))
    assert meeting.state.queues[ITEM] == ()


def test_a_stale_call_is_refused():
    meeting = meeting_factory.Meeting()
    meeting.request("del-ke")
    with pytest.raises(Exception) as refused:
        send(meeting, "chair", build.floor_call_next(ITEM, expected_request_id="someone-else"))
    assert refused.value.code == "stale"
    with pytest.raises(ValueError):
        build.clock("explode")
    with pytest.raises(Invalid):
        send(meeting, "del-ke", build.floor_request(ITEM, "xx"))


def test_the_chairs_room_display_and_housekeeping_builders_go_through():
    from datetime import timedelta

    from companion.domain.display import DisplayText

    meeting = meeting_factory.Meeting()
    send(meeting, "chair", build.display_message({"en": "Coffee", "fr": "Café"}))
    assert meeting.state.display.message == (DisplayText("en", "Coffee"), DisplayText("fr", "Café"))
    send(meeting, "chair", build.display_clear_message())
    assert meeting.state.display.message == ()
    send(meeting, "chair", build.display_countdown(600, {"en": "Break"}))
    assert meeting.state.display.countdown_ends == meeting.now + timedelta(seconds=600)
    assert meeting.state.display.countdown_label == (DisplayText("en", "Break"),)
    send(meeting, "chair", build.display_clear_countdown())
    assert meeting.state.display.countdown_ends is None
    send(meeting, "chair", build.display_configure(5))
    assert meeting.state.display.next_speakers == 5
    later = "d1-floor-afternoon"
    send(meeting, "chair", build.list_set_deadline(later, meeting.now + timedelta(hours=1)))
    assert meeting.state.items[later].list_deadline == meeting.now + timedelta(hours=1)
    send(meeting, "chair", build.list_set_deadline(later, None))
    assert meeting.state.items[later].list_deadline is None
    if meeting.state.items[later].list_state != ListState.OPEN:
        send(meeting, "chair", build.speakers_list(later, open_it=True))
    kenya = meeting.request("del-ke")
    send(meeting, "chair", build.floor_carry(ITEM, later))
    assert meeting.state.requests[kenya].item_id == later
    brazil = meeting.request("del-br")
    send(meeting, "chair", build.floor_decline_all(ITEM, "Out of time"))
    assert meeting.state.requests[brazil].decline_reason == "Out of time"


def test_a_speaker_from_the_floor_is_asked_for_by_the_chair():
    meeting = meeting_factory.Meeting()
    command = build.floor_request(ITEM, "es", RequestKind.RIGHT_OF_REPLY, attendance=Attendance.ONSITE,
                                  minutes=2, participant_id="del-ke")
    [event] = send(meeting, "chair", command)
    request = meeting.state.requests[event.data["request"]["id"]]
    assert (request.participant_id, request.kind, request.attendance) == (
        "del-ke", RequestKind.RIGHT_OF_REPLY, Attendance.ONSITE)


def test_what_a_request_is_built_with_reaches_the_request():
    meeting = meeting_factory.Meeting()
    command = build.floor_request(ITEM, "en", minutes=4, text=" Our statement ", on_behalf_of="African Group")
    [event] = send(meeting, "del-ke", command)
    request = meeting.state.requests[event.data["request"]["id"]]
    assert (request.minutes, request.text, request.on_behalf_of) == (4, "Our statement", "African Group")
    send(meeting, "chair", build.floor_decline(request.id, "Out of time"))
    assert meeting.state.requests[request.id].decline_reason == "Out of time"


def test_a_call_without_an_expectation_says_none_and_lists_open_and_close():
    assert build.floor_call_next(ITEM) == {"type": "floor.call_next", "item_id": ITEM}
    meeting = meeting_factory.Meeting()
    send(meeting, "chair", build.speakers_list("d1-quiz", open_it=True))
    assert meeting.state.items["d1-quiz"].list_state == ListState.OPEN
