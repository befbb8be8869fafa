"""The item models behave as Qt's views expect (pytest-qt's model tester), on real meeting states."""

from meeting_factory import Meeting

from companion.ui.agenda_model import AgendaModel, StarredRole
from companion.ui.queue_model import QueueModel

ITEM = "d1-floor-morning"


def busy_meeting():
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    for who, extra in (("del-ke", {}), ("del-br", {"text": "Texto."}), ("obs-eu", {"attendance": "onsite"})):
        m.request(who, **extra)
    m.request("del-jp", kind="point_of_order")
    return m


def test_agenda_model_through_reloads_and_stars(qtmodeltester):
    m = busy_meeting()
    model = AgendaModel()
    qtmodeltester.check(model)  # empty, before any state
    model.set_state(m.state)
    qtmodeltester.check(model)
    assert model.rowCount() == len(m.state.items)
    model.toggle_star("d1-quiz")
    assert model.index(model.row_of("d1-quiz"), 0).data(StarredRole)
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="postponed")
    model.set_state(m.state)
    qtmodeltester.check(model)


def test_your_time_is_judged_again_when_an_item_moves_not_when_its_status_changes():
    """Lagos reads as Geneva in late October, not after Geneva's spring change of clocks."""
    from companion.ui.labels import set_user_zone

    set_user_zone("Africa/Lagos")
    try:
        m, model = Meeting(), AgendaModel()
        model.set_state(m.state)
        assert not model.user_time_differs
        m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="postponed")
        model.set_state(m.state)
        assert not model.user_time_differs
        moved = {"start": "2026-03-30T08:00:00Z", "end": "2026-03-30T09:00:00Z"}
        m.run("secretariat", type="agenda.update", item_id="d2-closing", changes=moved)  # still last: no reset
        model.set_state(m.state)
        assert model.user_time_differs
    finally:
        set_user_zone(None)


def test_queue_model_with_an_item_an_empty_item_and_a_booth(qtmodeltester):
    m = busy_meeting()
    chair = QueueModel()
    chair.show(m.state, ITEM)
    qtmodeltester.check(chair)
    assert chair.rowCount() == 4 and chair.request_at(0).kind == "point_of_order"
    chair.show(m.state, "d1-opening")  # no list of speakers
    qtmodeltester.check(chair)
    booth = QueueModel(booth="zh")
    booth.show(m.state, ITEM)
    qtmodeltester.check(booth)
