"""The delegate's views are models told of each step, as the chair's are: a reorder is a move,
a request in or out one row, the floor given one changed row — never a reset — so the rows in
view are all that is painted again and a selection stays on its request."""

from meeting_factory import Meeting
from PySide6.QtCore import QItemSelectionModel, Qt
from test_queue_events import ITEM, Told, long_list

from companion.domain import record
from companion.ui.my_requests import MyRequestsModel, RequestIdRole
from companion.ui.speakers_list import COL_DELEGATION, SpeakersList, SpeakersModel


def _with_me_at(m: Meeting, place: int) -> str:
    """The demo delegate Kenya on the list at *place* (1-based) of a long list; its request id."""
    rid = m.request("del-ke", item_id=ITEM)
    m.run("chair", type="floor.move", request_id=rid, position=place - 1)
    return rid


def test_the_public_list_is_told_moves_insertions_removals_and_the_floor_given(qtmodeltester):
    m = long_list(40)
    _with_me_at(m, 25)
    model = SpeakersModel("del-ke")
    model.show(m.state)
    told = Told(model)  # (Qt's tester expects a removed row's place to go with it: checked apart)
    queue = m.state.queues[ITEM]
    m.run("chair", type="floor.move", request_id=queue[-1], position=0)
    model.show(m.state)
    m.tick(1)
    m.state, _ = record(m.state, "participant.added", {"participant": _person(99)}, m.now)
    m.run("chair", type="floor.request", item_id=ITEM, participant_id="p-099", language="en")
    model.show(m.state)
    m.run("chair", type="floor.withdraw", request_id=queue[3])
    model.show(m.state)
    m.run("chair", type="floor.call_next", item_id=ITEM)
    model.show(m.state)
    assert told.resets == 0
    assert told.moves == [(40, 0)] and told.inserted == [41] and told.removed == [4]
    assert model.index(0, 0).data() == "▶" and model.index(1, 0).data() == "1"
    assert model.rowCount() == 1 + len(m.state.queues[ITEM])
    fresh = SpeakersModel("del-ke")
    fresh.show(m.state)
    qtmodeltester.check(fresh)
    assert [fresh.index(n, 1).data() for n in range(fresh.rowCount())] == [
        model.index(n, 1).data() for n in range(model.rowCount())
    ]  # told step by step, the model shows what a fresh one shows


def _person(n: int) -> dict:
    return {"id": f"p-{n:03d}", "name": f"Delegate {n}", "role": "delegate", "delegation": f"Delegation {n}",
            "delegation_kind": "member_state", "attendance": "onsite"}  # fmt: skip


def test_ones_own_row_is_bold_and_my_request_jumps_to_it(qtbot):
    m = long_list(60)
    _with_me_at(m, 50)
    table = SpeakersList("del-ke")
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show_state(m.state)
    table.show()
    qtbot.waitExposed(table)
    assert table.rowAt(table.viewport().height() - 1) < 49  # out of view at first
    assert table.jump_to_mine()
    assert table.currentIndex().row() == 49 and table.selectionModel().isRowSelected(49)
    assert table.visualRect(table.model_.index(49, 0)).intersects(table.viewport().rect())
    assert table.model_.index(49, COL_DELEGATION).data().startswith("Kenya")
    assert table.model_.data(table.model_.index(49, 1), Qt.FontRole).bold()
    assert table.model_.data(table.model_.index(48, 1), Qt.FontRole) is None
    m.run("chair", type="floor.move", request_id=m.state.queues[ITEM][-1], position=0)
    table.show_state(m.state)
    assert table.currentIndex().row() == 50  # the selection moved with Kenya's row
    assert not SpeakersList("nobody").jump_to_mine()


def test_your_requests_keep_the_chosen_one_while_the_list_moves(qtmodeltester):
    m = long_list(20)
    first = _with_me_at(m, 10)
    second = m.request("del-ke", item_id="d1-floor-afternoon")
    model = MyRequestsModel("del-ke")
    model.show(m.state)
    qtmodeltester.check(model)
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel.ClearAndSelect)
    told = Told(model)
    for position in (0, 5, 15, 2):
        m.run("chair", type="floor.move", request_id=m.state.queues[ITEM][-1], position=position)
        model.show(m.state)
    assert told.resets == 0 and told.changed  # the place changed, the row did not go
    assert selection.currentIndex().data(RequestIdRole) == first
    m.run("del-ke", type="floor.withdraw", request_id=first)
    model.show(m.state)
    assert told.removed == [0] and model.rowCount() == 1
    assert model.index(0, 0).data(RequestIdRole) == second
    qtmodeltester.check(model)
