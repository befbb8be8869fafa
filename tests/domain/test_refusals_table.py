"""Every refusal of the command rules, as a client receives it: its kind (the HTTP status), its code
(what the app translates) and its words (what the API answers in ``error.message``).

One row per refusal, each reached through real commands on the bundled meeting, so a refusal that
changes its code or words, or stops being raised, fails here.
"""

from __future__ import annotations

import pytest
from meeting_factory import Meeting

from companion.domain import CommandRefused, Conflict, Forbidden, Invalid, execute
from companion.domain.codec import to_plain
from companion.domain.vocabulary import RequestStatus

FLOOR = "d1-floor-morning"  # its list of speakers is open in the bundled meeting
LONG_ID = "r" * 101  # one over the 100 characters an id may have
DEEP = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]  # 33 levels with the command
LONG_TITLE = {**to_plain(Meeting().state.items["d1-opening"]), "title": "t" * 501}
ASK = {"type": "floor.request", "item_id": FLOOR, "language": "en"}


def _nothing(m):
    return None


def _two_waiting(m):
    m.request("del-ke")
    m.request("del-br")


def _kenya_speaking(m):
    m.request("del-ke")
    m.run("chair", type="floor.call_next", item_id=FLOOR)


def _kenya_speaking_clock_running(m):
    _kenya_speaking(m)
    m.run("chair", type="floor.start")


def _kenya_called_and_brazil_waiting(m):
    _kenya_speaking(m)
    m.request("del-br")


def _opening_done(m):
    m.run("chair", type="agenda.set_status", item_id="d1-opening", status="done")


# one refusal a row: easier to read than six lines each
# fmt: off
ROWS = [
    # --- any command ---
    (_nothing, "del-ke", ["not", "an", "object"],
     Invalid, "invalid_command", "A command must be a JSON object."),
    (_nothing, "del-ke", {"type": "floor.fly"},
     Invalid, "unknown_command", "Unknown command type 'floor.fly'."),
    (_nothing, "del-ke", {"type": 7}, Invalid, "unknown_command", "Unknown command type 7."),
    (_nothing, "del-ke", {"item_id": FLOOR}, Invalid, "unknown_command", "Unknown command type None."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr", "expected_seq": 3},
     Conflict, "stale", "The meeting has moved on (now at 15, expected 3)."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr", "note": DEEP},
     Invalid, "too_deep", "The command nests deeper than 32 levels."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr", "note": DEEP, "z": "after"},
     Invalid, "too_deep", "The command nests deeper than 32 levels."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr", "note": DEEP, "z": 1},
     Invalid, "too_deep", "The command nests deeper than 32 levels."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "f\x07r"},
     Invalid, "invalid_text", "A text holds a control character (U+0007)."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr", "n\x00te": 1},
     Invalid, "invalid_text", "A field name holds a control character (U+0000)."),
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "fr\udfff"},
     Invalid, "invalid_text", "A text holds a broken character (a lone UTF-16 surrogate)."),
    # --- reading fields ---
    (_nothing, "del-ke", {"type": "floor.request", "language": "en"},
     Invalid, "missing_field", "The field 'item_id' is required."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": None, "language": "en"},
     Invalid, "missing_field", "The field 'item_id' is required."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": 5, "language": "en"},
     Invalid, "invalid_field", "The field 'item_id' must be text."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": "  ", "language": "en"},
     Invalid, "missing_field", "The field 'item_id' must not be empty."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": "i" * 101, "language": "en"},
     Invalid, "too_long", "The field 'item_id' is longer than 100 characters."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": "nope", "language": "en"},
     Invalid, "unknown_item", "There is no agenda item 'nope'."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": FLOOR, "language": "x" * 17},
     Invalid, "too_long", "The field 'language' is longer than 16 characters."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": FLOOR, "language": "de"},
     Invalid, "unknown_language", "'de' is not one of the meeting's languages (ar, zh, en, fr, ru, es)."),
    (_nothing, "del-ke", {**ASK, "kind": "song"},
     Invalid, "invalid_field",
     "'song' is not a valid kind; use one of: "
     "statement, question, presentation, point_of_order, right_of_reply."),
    (_nothing, "del-ke", {**ASK, "minutes": True},
     Invalid, "invalid_field", "The field 'minutes' must be a whole number."),
    (_nothing, "del-ke", {**ASK, "minutes": 0},
     Invalid, "out_of_range", "The field 'minutes' must be between 1 and 30."),
    (_nothing, "del-ke", {**ASK, "minutes": 31},
     Invalid, "out_of_range", "The field 'minutes' must be between 1 and 30."),
    (_nothing, "del-ke", {**ASK, "on_behalf_of": "g" * 201},
     Invalid, "too_long", "The field 'on_behalf_of' is longer than 200 characters."),
    (_nothing, "chair", {"type": "agenda.set_status", "item_id": FLOOR},
     Invalid, "missing_field", "The field 'status' is required."),
    (_nothing, "chair", {"type": "agenda.update", "item_id": FLOOR},
     Invalid, "missing_field", "The field 'changes' is required."),
    (_nothing, "chair", {"type": "agenda.update", "item_id": FLOOR, "changes": ["title"]},
     Invalid, "invalid_field", "The field 'changes' must be an object."),
    (_nothing, "secretariat", {"type": "agenda.import", "fields": "title", "items": []},
     Invalid, "invalid_field", "The field 'fields' must be a list."),
    (_nothing, "secretariat", {"type": "agenda.import", "fields": ["title"] * 30, "items": []},
     Invalid, "too_many", "The field 'fields' holds more than 12 entries."),
    (_nothing, "chair", {"type": "floor.withdraw", "request_id": "fr-404"},
     Invalid, "unknown_request", "There is no request for the floor 'fr-404'."),
    (_nothing, "chair", {"type": "floor.withdraw", "request_id": LONG_ID},
     Invalid, "too_long", "The field 'request_id' is longer than 100 characters."),
    # --- requests for the floor ---
    (_nothing, "chair", {**ASK, "participant_id": "nobody"},
     Invalid, "unknown_participant", "There is no participant 'nobody'."),
    (_nothing, "chair", {**ASK, "participant_id": "int-fr"},
     Invalid, "not_a_speaker", "Interpreters do not take the floor."),
    (_nothing, "del-br", {**ASK, "participant_id": "del-ke"},
     Forbidden, "not_your_request", "You can act only on your own requests for the floor."),
    (_nothing, "del-ke", {"type": "floor.request", "item_id": "d1-opening", "language": "en"},
     Invalid, "list_not_open",
     "You cannot ask for the floor on this item: the list of speakers for this item is not open."),
    (_two_waiting, "del-ke", {"type": "floor.request", "item_id": FLOOR, "language": "fr"},
     Conflict, "already_requested", "There is already such a request on this item."),
    (_kenya_speaking, "del-ke", {"type": "floor.withdraw", "request_id": "fr-16"},
     Invalid, "not_waiting", "This request is no longer waiting (it is speaking)."),
    (_two_waiting, "chair", {"type": "floor.move", "request_id": "fr-16", "position": 2},
     Invalid, "out_of_range", "The field 'position' must be between 0 and 1."),
    (_nothing, "del-ke", {**ASK, "on_behalf_of": "Nowhere Group"},
     Invalid, "unknown_group", "'Nowhere Group' is not a group declared for this meeting."),
    (_nothing, "del-ke", {**ASK, "on_behalf_of": "GRULAC"},
     Forbidden, "not_group_member", "Kenya may not speak for GRULAC."),
    # --- the floor and its clock ---
    (_nothing, "chair", {"type": "floor.call_next", "item_id": FLOOR},
     Invalid, "queue_empty", "Nobody is waiting for the floor on this item."),
    (_kenya_called_and_brazil_waiting, "chair",
     {"type": "floor.call_next", "item_id": FLOOR, "request_id": "fr-16"},
     Invalid, "not_waiting", "That request is not waiting on this item."),
    (_two_waiting, "chair", {"type": "floor.call_next", "item_id": FLOOR, "expected_request_id": "fr-17"},
     Conflict, "stale", "The list of speakers changed; look at it again before calling."),
    (_two_waiting, "chair", {"type": "floor.call_next", "item_id": FLOOR, "expected_request_id": LONG_ID},
     Invalid, "too_long", "The field 'expected_request_id' is longer than 100 characters."),
    (_two_waiting, "chair", {"type": "floor.call_next", "item_id": FLOOR, "request_id": LONG_ID},
     Invalid, "too_long", "The field 'request_id' is longer than 100 characters."),
    (_nothing, "chair", {"type": "floor.start"}, Invalid, "no_speaker", "Nobody has the floor."),
    (_kenya_speaking, "chair", {"type": "floor.finish", "request_id": "fr-99"},
     Conflict, "stale", "Someone else has the floor now."),
    (_kenya_speaking, "chair", {"type": "floor.finish", "request_id": LONG_ID},
     Invalid, "too_long", "The field 'request_id' is longer than 100 characters."),
    (_kenya_speaking_clock_running, "chair", {"type": "floor.start"},
     Invalid, "clock_started", "The clock has already been started; use resume."),
    (_kenya_speaking, "chair", {"type": "floor.pause"},
     Invalid, "clock_not_running", "The clock is not running."),
    (_kenya_speaking_clock_running, "chair", {"type": "floor.resume"},
     Invalid, "clock_not_paused", "The clock is not paused."),
    # --- lists and the agenda ---
    (_nothing, "chair", {"type": "list.open", "item_id": FLOOR},
     Invalid, "already_open", "The list of speakers is already open."),
    (_opening_done, "chair", {"type": "list.open", "item_id": "d1-opening"},
     Invalid, "item_over", "The item is done; set it live or scheduled first."),
    (_nothing, "chair", {"type": "list.close", "item_id": "d1-opening"},
     Invalid, "not_open", "The list of speakers is not open."),
    (_nothing, "chair", {"type": "agenda.set_status", "item_id": FLOOR, "status": "scheduled"},
     Invalid, "unchanged", "The item is already scheduled."),
    (_nothing, "chair", {"type": "agenda.update", "item_id": FLOOR, "changes": {"kind": "panel"}},
     Invalid, "invalid_field",
     "Changes may touch only: budgets, description, end, formats, languages, limits, policy, room, start, title."),
    (_nothing, "chair", {"type": "agenda.update", "item_id": FLOOR, "changes": {}},
     Invalid, "invalid_field",
     "Changes may touch only: budgets, description, end, formats, languages, limits, policy, room, start, title."),
    (_nothing, "chair", {"type": "agenda.update", "item_id": FLOOR, "changes": {"start": "soon"}},
     Invalid, "invalid_field", "Invalid change: AgendaItem.start: 'soon' is not a valid datetime."),
    (_nothing, "chair",
     {"type": "agenda.update", "item_id": FLOOR, "changes": {"end": "2025-10-28T08:00:00Z"}},
     Invalid, "invalid_times", "An item must end after it starts."),
    (_nothing, "chair",
     {"type": "agenda.update", "item_id": FLOOR, "changes": {"languages": ["en", "xx", "de"]}},
     Invalid, "unknown_language", "Not a language of this meeting: de, xx."),
    # --- housekeeping of the lists ---
    (_nothing, "chair", {"type": "floor.carry", "item_id": FLOOR, "to_item_id": "d1-floor-afternoon"},
     Invalid, "queue_empty", "Nobody is waiting for the floor on this item."),
    (_nothing, "chair", {"type": "floor.decline_all", "item_id": "d1-quiz"},
     Invalid, "queue_empty", "Nobody is waiting for the floor on this item."),
    (_two_waiting, "chair", {"type": "floor.carry", "item_id": FLOOR, "to_item_id": "nowhere"},
     Invalid, "unknown_item", "There is no such agenda item to carry the requests to."),
    (_two_waiting, "chair", {"type": "floor.carry", "item_id": FLOOR, "to_item_id": FLOOR},
     Invalid, "same_item", "The requests are already on this item."),
    (_opening_done, "chair", {"type": "floor.carry", "item_id": FLOOR, "to_item_id": "d1-opening"},
     Invalid, "item_over", "The item is done; requests cannot go there."),
    # --- importing a schedule ---
    (_nothing, "secretariat", {"type": "agenda.import", "fields": ["title"], "items": [LONG_TITLE]},
     Invalid, "too_long", "Item 1 (d1-opening): a title is longer than 500 characters."),
    # --- the room displays ---
    (_nothing, "chair", {"type": "display.message"},
     Invalid, "missing_field", "The field 'texts' is required."),
    (_nothing, "chair", {"type": "display.message", "texts": "Welcome"},
     Invalid, "invalid_field", "The field 'texts' must map languages to texts."),
    (_nothing, "chair", {"type": "display.message", "texts": {"de": "Willkommen"}},
     Invalid, "unknown_language", "'de' is not one of the meeting's languages."),
    (_nothing, "chair", {"type": "display.message", "texts": {"en": 7}},
     Invalid, "invalid_field", "The field 'texts' must map languages to texts."),
    (_nothing, "chair", {"type": "display.message", "texts": {"en": "w" * 201}},
     Invalid, "too_long", "A text in 'texts' is longer than 200 characters."),
    (_nothing, "chair", {"type": "display.message", "texts": {"en": "  ", "fr": ""}},
     Invalid, "missing_field", "The field 'texts' needs a text in at least one language."),
    (_nothing, "chair", {"type": "display.countdown", "seconds": 60, "labels": ["Break"]},
     Invalid, "invalid_field", "The field 'labels' must map languages to texts."),
    (_nothing, "chair", {"type": "display.countdown", "seconds": 0},
     Invalid, "out_of_range", "The field 'seconds' must be between 1 and 21600."),
    (_nothing, "chair", {"type": "display.clear_message"},
     Invalid, "nothing_shown", "No message is shown on the room displays."),
    (_nothing, "chair", {"type": "display.clear_countdown"},
     Invalid, "nothing_shown", "No countdown runs on the room displays."),
    (_nothing, "chair", {"type": "display.configure", "next_speakers": 11},
     Invalid, "out_of_range", "The field 'next_speakers' must be between 0 and 10."),
    # --- listening, interpreting, importing ---
    (_nothing, "del-ke", {"type": "channel.choose", "channel": "de"},
     Invalid, "unknown_channel", "'de' is not a channel; use one of: floor, ar, zh, en, fr, ru, es."),
    (_nothing, "secretariat", {"type": "agenda.import", "fields": ["title", "colour"], "items": []},
     Invalid, "invalid_field",
     "An import may set only: day, start, end, kind, title, description, moderators, speakers, "
     "room, formats, languages, public."),
    (_nothing, "secretariat", {"type": "agenda.import", "fields": ["title"], "items": [{"id": "x"}]},
     Invalid, "invalid_item", "Item 1: AgendaItem: missing 'day'."),
]
# fmt: on


@pytest.mark.parametrize(("setup", "actor", "command", "kind", "code", "message"), ROWS)
def test_each_refusal_has_its_kind_code_and_words_and_changes_nothing(
    setup, actor, command, kind, code, message
):
    m = Meeting()
    setup(m)
    before = m.state
    with pytest.raises(CommandRefused) as refused:
        execute(m.state, command, m.state.participants[actor], m.now)
    assert type(refused.value) is kind
    assert (refused.value.code, refused.value.message) == (code, message)
    assert str(refused.value) == message  # what a log or a traceback-free report shows
    assert m.state is before


def test_calling_the_next_speaker_finishes_the_one_on_the_floor_first():
    m = Meeting()
    _kenya_called_and_brazil_waiting(m)
    kenya = m.state.floor.request_id
    events = m.run("chair", type="floor.call_next", item_id=FLOOR)
    assert [(e.type, e.data["request_id"]) for e in events] == [
        ("floor.finished", kenya),
        ("floor.called", m.state.floor.request_id),
    ]
    assert m.state.requests[kenya].status == RequestStatus.DONE


def test_finishing_names_the_speaker_it_expects_and_that_one_finishes():
    m = Meeting()
    _kenya_speaking(m)
    kenya = m.state.floor.request_id
    events = m.run("chair", type="floor.finish", request_id=kenya)
    assert [(e.type, e.data["request_id"]) for e in events] == [("floor.finished", kenya)]
    assert m.state.floor is None and m.state.requests[kenya].status == RequestStatus.DONE


def test_calling_with_the_expected_first_request_calls_it():
    m = Meeting()
    _two_waiting(m)
    first = m.state.queues[FLOOR][0]
    m.run("chair", type="floor.call_next", item_id=FLOOR, expected_request_id=first)
    assert m.state.floor.request_id == first


def test_a_command_based_on_the_current_sequence_is_accepted():
    m = Meeting()
    m.run("del-ke", type="channel.choose", channel="fr", expected_seq=m.state.seq)
    assert m.state.channels["del-ke"] == "fr"


def test_the_longest_speaking_time_asked_for_is_accepted():
    m = Meeting()
    rid = m.request("del-ke", minutes=30)
    assert m.state.requests[rid].minutes == 30


def test_events_name_the_participant_who_commanded_them_except_the_anonymous_ones():
    m = Meeting()
    (asked,) = m.run("del-ke", type="floor.request", item_id=FLOOR, language="en")
    assert (asked.actor, asked.seq) == ("del-ke", 16)
    (slow,) = m.run("int-fr", type="interpreter.slow_down")
    assert (slow.actor, slow.seq) == (None, 17)


def test_a_room_message_keeps_the_meetings_language_order_trimmed_and_without_blanks():
    m = Meeting()
    texts = {"fr": " Bienvenue ", "en": "w" * 200, "ru": " "}
    m.run("chair", type="display.message", texts=texts)
    assert [(t.language, t.text) for t in m.state.display.message] == [("en", "w" * 200), ("fr", "Bienvenue")]


def test_a_countdown_without_labels_runs_unlabelled():
    m = Meeting()
    m.run("chair", type="display.countdown", seconds=90)
    assert m.state.display.countdown_label == ()
    assert (m.state.display.countdown_ends - m.now).total_seconds() == 90
