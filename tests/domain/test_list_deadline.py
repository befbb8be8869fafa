"""Inscription in advance: a list opened with a deadline closes by itself once it has passed."""

from datetime import timedelta

import pytest
from meeting_factory import Meeting

from companion.domain import Invalid, replay
from companion.domain.instants import to_iso
from companion.domain.list_deadline import lists_due
from companion.domain.vocabulary import ListState

ITEM = "d2-floor"  # tomorrow's open floor: its list opens a day ahead


def opened_with_deadline(minutes=30):
    m = Meeting()
    m.run("chair", type="list.open", item_id=ITEM)
    deadline = m.now + timedelta(minutes=minutes)
    m.run("chair", type="list.set_deadline", item_id=ITEM, deadline=to_iso(deadline))
    return m, deadline


def test_the_list_closes_only_once_its_deadline_has_passed():
    m, deadline = opened_with_deadline()
    assert m.state.items[ITEM].list_deadline == deadline
    assert lists_due(m.state, deadline - timedelta(seconds=1)) == []
    with pytest.raises(Invalid) as early:
        m.run("chair", type="list.close_by_deadline", item_id=ITEM)
    assert early.value.code == "not_due"
    m.tick(30 * 60)
    assert lists_due(m.state, m.now) == [ITEM]
    events = m.run("chair", type="list.close_by_deadline", item_id=ITEM)
    assert [e.type for e in events] == ["list.closed"] and events[0].data["by_deadline"] is True
    assert m.state.items[ITEM].list_state == ListState.CLOSED
    assert lists_due(m.state, m.now) == []
    assert replay(m.events) == m.state


def test_a_deadline_can_be_lifted_and_must_lie_ahead():
    m, _ = opened_with_deadline()
    m.run("chair", type="list.set_deadline", item_id=ITEM, deadline=None)
    assert m.state.items[ITEM].list_deadline is None
    m.tick(3600)
    assert lists_due(m.state, m.now) == []
    for bad, code in ((to_iso(m.now - timedelta(minutes=1)), "deadline_past"), ("tomorrow", "invalid_field")):
        with pytest.raises(Invalid) as refused:
            m.run("chair", type="list.set_deadline", item_id=ITEM, deadline=bad)
        assert refused.value.code == code


def test_delegates_ask_before_the_deadline_and_not_after():
    m, _ = opened_with_deadline(minutes=10)
    m.request("del-ke", item_id=ITEM)
    m.tick(600)
    m.run("chair", type="list.close_by_deadline", item_id=ITEM)
    with pytest.raises(Invalid) as refused:
        m.request("del-br", item_id=ITEM)
    assert refused.value.code == "list_not_open"
    assert m.queue(ITEM) == ["Kenya"]


def test_a_deadline_refused_says_why_and_one_at_this_very_moment_is_past():
    m, _ = opened_with_deadline()
    for bad, code, message in (
        (to_iso(m.now), "deadline_past", "The deadline must be in the future."),
        ("2025-10-28T12:00:00", "invalid_field", "The deadline must be an ISO 8601 instant with its offset."),
        (
            "2025-10-28T12:00:00." + "0" * 20 + "Z",
            "too_long",
            "The field 'deadline' is longer than 40 characters.",
        ),
    ):
        with pytest.raises(Invalid) as refused:
            m.run("chair", type="list.set_deadline", item_id=ITEM, deadline=bad)
        assert (refused.value.code, refused.value.message) == (code, message)
    m.run("chair", type="list.set_deadline", item_id=ITEM, deadline="2025-10-28T12:00:00." + "0" * 19 + "Z")
    assert m.state.items[ITEM].list_deadline.hour == 12  # 40 characters: still a deadline
