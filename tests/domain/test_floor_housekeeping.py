"""Ending an item with people waiting: carry them to another item, or decline them all at once."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Forbidden, Invalid, replay
from companion.domain.vocabulary import RequestStatus

FROM, TO = "d1-floor-morning", "d1-floor-afternoon"
SPEAKERS = ["del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla"]


def open_lists(m):
    for item in (FROM, TO):
        if m.state.items[item].list_state != "open":
            m.run("chair", type="list.open", item_id=item)


def test_carried_requests_wait_on_the_new_item_in_the_rules_order():
    m = Meeting()
    open_lists(m)
    observer = m.request("obs-eu")
    kenya = m.request("del-ke")
    already = m.request("del-br", item_id=TO)
    m.run("chair", type="floor.carry", item_id=FROM, to_item_id=TO)
    assert m.state.queues[FROM] == ()
    # Member states before observers, then order of request (kept from the first item: Kenya asked first).
    assert list(m.state.queues[TO]) == [kenya, already, observer]
    assert {m.state.requests[r].item_id for r in (observer, kenya)} == {TO}
    assert m.state.requests[kenya].status == RequestStatus.WAITING
    assert replay(m.events) == m.state  # the same reducer gives the same state from the log


def test_decline_all_declines_every_waiting_request_with_the_reason():
    m = Meeting()
    open_lists(m)
    ids = [m.request(p) for p in ("del-ke", "del-br")]
    m.run("chair", type="floor.decline_all", item_id=FROM, reason="Out of time.")
    assert [m.state.requests[r].status for r in ids] == [RequestStatus.DECLINED] * 2
    assert {m.state.requests[r].decline_reason for r in ids} == {"Out of time."}
    assert m.state.queues[FROM] == ()


@pytest.mark.parametrize(
    ("actor", "command", "error", "code"),
    [
        ("del-ke", {"type": "floor.decline_all", "item_id": FROM}, Forbidden, "role_not_allowed"),
        ("chair", {"type": "floor.decline_all", "item_id": FROM}, Invalid, "queue_empty"),
        ("chair", {"type": "floor.carry", "item_id": FROM, "to_item_id": FROM}, Invalid, "same_item"),
        ("chair", {"type": "floor.carry", "item_id": FROM, "to_item_id": "nope"}, Invalid, "unknown_item"),
        ("chair", {"type": "floor.carry", "item_id": FROM, "to_item_id": TO}, Invalid, "queue_empty"),
    ],
)
def test_refusals_have_their_codes(actor, command, error, code):
    m = Meeting()
    open_lists(m)
    with pytest.raises(error) as refused:
        m.run(actor, **command)
    assert refused.value.code == code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.lists(st.sampled_from(SPEAKERS), unique=True, max_size=6),
    after=st.lists(st.sampled_from(SPEAKERS), unique=True, max_size=6),
    moved=st.booleans(),
)
def test_carrying_loses_nobody_and_keeps_rule_order(before, after, moved):
    m = Meeting()
    open_lists(m)
    waiting = [m.request(p, item_id=FROM) for p in before]
    there = [m.request(p, item_id=TO) for p in after]
    if moved and len(there) > 1:
        m.run("chair", type="floor.move", request_id=there[-1], position=0)
    if not waiting:
        return
    hand_order = list(m.state.queues.get(TO, ()))
    m.run("chair", type="floor.carry", item_id=FROM, to_item_id=TO)
    queue = m.state.queues[TO]
    assert sorted(queue) == sorted(waiting + there)  # nobody lost, nobody twice
    assert replay(m.events) == m.state
    assert [r for r in queue if r in there] == hand_order  # the order of those already there is kept
