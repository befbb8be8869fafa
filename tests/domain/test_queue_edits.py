"""Moving or declining a selection of the list: one command, one event, the rest keeps its order."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Conflict, Forbidden, Invalid
from companion.domain.queue_edits import moved_order

ITEM = "d1-floor-morning"
SPEAKERS = ["del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla"]


def listed() -> tuple[Meeting, list[str]]:
    m = Meeting()
    for p in SPEAKERS:
        m.request(p)
    return m, list(m.state.queues[ITEM])


@given(st.permutations(range(12)), st.integers(0, 12), st.integers(0, 12), st.integers(0, 12))
def test_a_selection_lands_as_one_block_and_the_rest_keeps_its_order(order, a, b, position):
    queue = tuple(f"r{n}" for n in order)
    selection = [rid for rid in queue if int(rid[1:]) in range(min(a, b), max(a, b))]
    moved = moved_order(queue, selection, position)
    assert sorted(moved) == sorted(queue)
    rest = [rid for rid in queue if rid not in selection]
    assert [rid for rid in moved if rid not in selection] == rest
    at = min(position, len(rest))
    assert list(moved[at : at + len(selection)]) == selection


def test_move_a_selection_to_the_top_and_to_the_bottom_in_one_event():
    m, queue = listed()
    events = m.run("chair", type="floor.move_many", item_id=ITEM, request_ids=[queue[4], queue[2]], position=0)
    assert [e.type for e in events] == ["floor.moved_many"]
    assert list(m.state.queues[ITEM]) == [queue[2], queue[4], queue[0], queue[1], queue[3], queue[5]]
    m.run("chair", type="floor.move_many", item_id=ITEM, request_ids=[queue[0], queue[2]], position=4)
    assert list(m.state.queues[ITEM])[-2:] == [queue[2], queue[0]]  # in the list's order at the bottom
    assert ITEM in m.state.manual_order


def test_decline_a_selection_in_one_event_with_one_reason():
    m, queue = listed()
    events = m.run("chair", type="floor.decline_many", item_id=ITEM, request_ids=queue[1:3], reason="Off topic")
    assert [e.type for e in events] == ["floor.declined_many"]
    assert list(m.state.queues[ITEM]) == [queue[0], *queue[3:]]
    assert {m.state.requests[r].decline_reason for r in queue[1:3]} == {"Off topic"}
    assert {m.state.requests[r].status for r in queue[1:3]} == {"declined"}


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"request_ids": []}, "invalid_field"),
        ({"request_ids": "fr-1"}, "invalid_field"),
        ({"request_ids": [1]}, "invalid_field"),
        ({"request_ids": ["nobody"]}, "not_waiting"),
        ({"request_ids": ["twice", "twice"]}, "invalid_field"),
        ({"position": 5}, "out_of_range"),
        ({"item_id": "d1-lunch"}, "not_waiting"),
    ],
)
def test_a_bad_selection_is_refused_with_its_reason(fields, code):
    m, queue = listed()
    command = {"type": "floor.move_many", "item_id": ITEM, "request_ids": queue[:2], "position": 0, **fields}
    with pytest.raises(Invalid) as refused:
        m.run("chair", **command)
    assert refused.value.code == code
    with pytest.raises(Forbidden):  # a delegate moves nobody
        m.run("del-ke", type="floor.move_many", item_id=ITEM, request_ids=queue[:1], position=0)


def test_a_move_is_undone_by_putting_the_whole_list_back():
    m, queue = listed()
    m.run("chair", type="floor.move_many", item_id=ITEM, request_ids=queue[3:5], position=0)
    events = m.run("chair", type="floor.reorder", item_id=ITEM, request_ids=queue)
    assert [e.type for e in events] == ["floor.reordered"] and list(m.state.queues[ITEM]) == queue
    with pytest.raises(Invalid) as refused:
        m.run("chair", type="floor.reorder", item_id=ITEM, request_ids=queue)
    assert refused.value.code == "unchanged"
    m.run("chair", type="floor.decline", request_id=queue[0], reason="gone")
    with pytest.raises(Conflict) as stale:  # the list changed since: the undo says so, changes nothing
        m.run("chair", type="floor.reorder", item_id=ITEM, request_ids=queue[::-1])
    assert stale.value.code == "stale"
