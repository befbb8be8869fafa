"""Edges of small rules that no other domain test reached (each found by a mutant that survived):
who may read the record, booth words, the order of carry targets, expected speaking time, the
live item, reminders at the exact lead."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from meeting_factory import Meeting

from companion.domain.floor_housekeeping import carry_targets
from companion.domain.permissions import may_read_record
from companion.domain.registration import booth_refusal
from companion.domain.reminders import REMINDER_LEAD, due_reminders
from companion.domain.speaker_queue import expected_seconds
from companion.domain.vocabulary import Role

ITEM = "d1-floor-morning"


def test_only_the_chair_and_secretariat_read_the_record():
    people = Meeting().state.participants
    assert [pid for pid in ("chair", "secretariat", "del-ke", "int-fr") if may_read_record(people[pid])] == [
        "chair",
        "secretariat",
    ]


def test_the_words_of_a_booth_refusal():
    assert (
        booth_refusal(Role.INTERPRETER, "de")
        == "an interpreter needs a booth, one of: ar, zh, en, fr, ru, es"
    )
    assert booth_refusal(Role.DELEGATE, "fr") == "only an interpreter has a booth"
    assert booth_refusal(Role.INTERPRETER, "fr") is booth_refusal(Role.DELEGATE, None) is None


def test_a_parallel_item_starting_with_this_one_comes_among_the_following_ones():
    m = Meeting()
    here = m.state.items[ITEM]
    parallel = replace(m.state.items["d1-floor-afternoon"], id="parallel", start=here.start, end=here.end)
    m.state = replace(m.state, items={**m.state.items, "parallel": parallel})
    targets = [i.id for i in carry_targets(m.state, ITEM)]
    assert targets[0] == "parallel"
    assert targets.index("d1-opening") > targets.index("d2-closing")  # earlier items last


def test_a_request_is_expected_to_take_what_it_asked_for_up_to_the_limit_of_its_speaker():
    m = Meeting()
    item = m.state.items[ITEM]
    item = replace(item, limits=replace(item.limits, member_state=240, observer=90))
    people = m.state.participants
    kenya, eu = m.request("del-ke", minutes=1), m.request("obs-eu", minutes=4)
    one_minute, four = m.state.requests[kenya], m.state.requests[eu]
    assert expected_seconds(item, one_minute, people["del-ke"]) == 60
    assert expected_seconds(item, four, people["obs-eu"]) == 90  # the observer's limit
    kenya_four = replace(four, participant_id="del-ke")
    assert expected_seconds(item, kenya_four, people["del-ke"]) == 240  # a member state's


def test_no_live_item_until_the_chair_sets_one():
    m = Meeting()
    assert m.state.live_item() is None
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    assert m.state.live_item().id == ITEM


def test_a_reminder_is_due_from_exactly_its_lead_and_the_soonest_comes_first():
    m = Meeting()
    quiz, panel = m.state.items["d1-quiz"], m.state.items["d1-panel-use-cases-1"]
    starred = [panel.id, quiz.id]
    assert due_reminders(m.state, starred, quiz.start - REMINDER_LEAD - timedelta(seconds=1)) == []
    assert [i.id for i in due_reminders(m.state, starred, quiz.start - REMINDER_LEAD)] == [quiz.id]
    both = due_reminders(m.state, starred, quiz.start - timedelta(minutes=1), lead=timedelta(minutes=20))
    assert [i.id for i in both] == [quiz.id, panel.id]  # soonest first, whatever the starring order


def test_estimates_start_at_the_items_start_and_count_each_speakers_own_limit():
    from companion.domain.estimates import estimated_calls

    m = Meeting()
    item = m.state.items[ITEM]
    eu, ifla = m.request("obs-eu", minutes=10), m.request("ngo-ifla")  # two observers
    limits = replace(item.limits, member_state=240, observer=90)
    m.state = replace(m.state, items={**m.state.items, ITEM: replace(item, limits=limits)})
    early = item.start - timedelta(hours=1)
    calls = estimated_calls(m.state, ITEM, early)
    assert (calls[eu], calls[ifla]) == (item.start, item.start + timedelta(seconds=90))
    later = item.start + timedelta(minutes=5)
    assert estimated_calls(m.state, ITEM, later)[eu] == later  # started: from now


def test_estimates_on_an_item_wait_for_its_own_speaker_only():
    from companion.domain.estimates import estimated_calls

    m = Meeting()
    kenya = m.request("del-ke")
    m.request("del-br", item_id="d1-floor-afternoon")
    m.run("chair", type="floor.call_next", item_id="d1-floor-afternoon")
    m.run("chair", type="floor.start")
    now = m.state.items[ITEM].start + timedelta(minutes=1)
    assert estimated_calls(m.state, ITEM, now)[kenya] == now  # Brazil speaks on another item


def test_a_running_clock_started_again_keeps_its_start():
    from companion.domain import speaking_clock
    from companion.domain.entities import SpeakingClock

    t0 = Meeting().now
    running = SpeakingClock("fr-1", ITEM, 60, running_since=t0)
    assert speaking_clock.start(running, t0 + timedelta(seconds=20)) is running
    stopped = SpeakingClock("fr-1", ITEM, 60, accumulated=5.0)
    assert speaking_clock.start(stopped, t0).running_since == t0


def test_an_items_text_in_the_readers_language_else_the_original_marked():
    from companion.domain.content_language import ORIGINAL_LANGUAGE
    from companion.domain.content_language import localized as text_of

    def localized(item, language):
        shown = text_of(item, language)
        return shown.title, shown.description, shown.fallback

    from companion.domain.entities import ItemText

    item = replace(
        Meeting().state.items["d1-quiz"],
        description="Original words.",
        translations=(ItemText("fr", "Quiz", ""), ItemText("es", "", "Solo descripción")),
    )
    assert localized(item, ORIGINAL_LANGUAGE) == (item.title, "Original words.", None)
    assert localized(item, "fr") == ("Quiz", "Original words.", None)  # no French description
    assert localized(item, "es") == (item.title, "Original words.", ORIGINAL_LANGUAGE)  # no title
    assert localized(item, "ru") == (item.title, "Original words.", ORIGINAL_LANGUAGE)


def test_what_is_not_an_event_envelope_is_refused_in_words():
    import pytest

    from companion.domain.events import Event

    good = Meeting().events[0].envelope()
    for bad, words in (
        ({**good, "seq": 0}, "not an event envelope: bad seq or data"),
        ({**good, "data": []}, "not an event envelope: bad seq or data"),
        ({k: v for k, v in good.items() if k != "at"}, "not an event envelope: 'at'"),
        ({**good, "type": "meeting.exploded"}, "unknown event type 'meeting.exploded'"),
    ):
        with pytest.raises(ValueError) as refused:
            Event.from_envelope(bad)
        assert str(refused.value) == words


def test_a_snapshot_carries_channels_slow_downs_and_the_room_display_and_reads_back_whole():
    from companion.domain.snapshot import state_from_plain, state_to_plain
    from companion.domain.state import MeetingState

    m = Meeting()
    m.run("del-ke", type="channel.choose", channel="fr")
    m.run("int-fr", type="interpreter.slow_down")
    m.run("chair", type="display.message", texts={"en": "Welcome", "fr": "Bienvenue"})
    m.run("chair", type="display.countdown", seconds=60, labels={"en": "Break"})
    plain = state_to_plain(m.state)
    assert plain["channels"] == {"del-ke": "fr"} and len(plain["slow_downs"]) == 1
    assert [t["text"] for t in plain["display"]["message"]] == ["Welcome", "Bienvenue"]
    back = state_from_plain(plain)
    assert back == m.state
    assert (back.channels, back.slow_downs, back.display) == (
        m.state.channels,
        m.state.slow_downs,
        m.state.display,
    )
    assert state_from_plain(state_to_plain(MeetingState())) == MeetingState()  # before the meeting exists
    older = {k: v for k, v in plain.items() if k != "display"}  # a snapshot from before the displays
    assert state_from_plain(older).display == MeetingState().display


def test_after_an_overrun_the_next_call_is_now_and_a_member_state_takes_its_own_limit():
    from companion.domain.estimates import estimated_calls

    m = Meeting()
    item = m.state.items[ITEM]
    limits = replace(item.limits, member_state=240, observer=90)
    m.state = replace(m.state, items={**m.state.items, ITEM: replace(item, limits=limits)})
    m.request("del-jp")
    kenya, eu = m.request("del-ke", minutes=10), m.request("obs-eu")
    m.run("chair", type="floor.call_next", item_id=ITEM)  # Japan speaks
    m.run("chair", type="floor.start")
    m.tick(600)  # long past the limit
    calls = estimated_calls(m.state, ITEM, m.now)
    assert (calls[kenya], calls[eu]) == (m.now, m.now + timedelta(seconds=240))


def test_a_point_of_order_is_taken_on_a_live_item_without_a_list_but_not_on_a_scheduled_one():
    import pytest

    from companion.domain import Invalid

    m = Meeting()
    with pytest.raises(Invalid) as refused:
        m.request("del-ke", item_id="d1-quiz", kind="point_of_order")  # scheduled, no list
    assert refused.value.code == "list_not_open"
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="live")
    rid = m.request("del-ke", item_id="d1-quiz", kind="point_of_order")
    assert m.state.requests[rid].kind == "point_of_order"
    with pytest.raises(Invalid):
        m.request("del-jp", item_id="d1-quiz")  # a statement still needs the list
