from datetime import timedelta

import pytest
from meeting_factory import Meeting

from companion.domain.reminders import due_reminders, reminder_key


@pytest.fixture
def m():
    return Meeting()


def test_a_starred_item_is_reminded_of_ten_minutes_before_and_only_once(m):
    quiz = m.state.items["d1-quiz"]
    starred = {"d1-quiz", "d2-final-panel"}
    assert due_reminders(m.state, starred, quiz.start - timedelta(minutes=11)) == []
    due = due_reminders(m.state, starred, quiz.start - timedelta(minutes=9))
    assert [i.id for i in due] == ["d1-quiz"]
    assert due_reminders(m.state, starred, quiz.start - timedelta(minutes=5), {reminder_key(quiz)}) == []
    assert due_reminders(m.state, starred, quiz.start) == []  # it has started: too late to remind
    assert due_reminders(m.state, {"d1-remarks"}, quiz.start - timedelta(minutes=9)) == []  # not starred


def test_no_reminder_for_a_postponed_item_and_a_new_one_when_it_moves(m):
    quiz = m.state.items["d1-quiz"]
    soon = quiz.start - timedelta(minutes=5)
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="postponed")
    assert due_reminders(m.state, {"d1-quiz"}, soon) == []
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="scheduled")
    old_key = reminder_key(m.state.items["d1-quiz"])
    later = quiz.start + timedelta(hours=1)
    m.run("secretariat", type="agenda.update", item_id="d1-quiz",
          changes={"start": later.isoformat(), "end": (later + timedelta(minutes=15)).isoformat()})
    moved = due_reminders(m.state, {"d1-quiz"}, later - timedelta(minutes=5), {old_key})
    assert [i.id for i in moved] == ["d1-quiz"]


def test_unknown_starred_ids_are_ignored(m):
    assert due_reminders(m.state, {"no-such-item"}, m.now) == []
