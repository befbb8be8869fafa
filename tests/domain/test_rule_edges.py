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
    parallel = replace(m.state.items["d1-lunch"], id="parallel", start=here.start, end=here.end)
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
