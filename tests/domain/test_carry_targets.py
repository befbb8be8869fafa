"""Where an item's waiting requests may be carried: the rule the chair's dialog offers from."""

from meeting_factory import Meeting

from companion.domain.floor_housekeeping import carry_targets


def test_items_still_to_come_first_and_none_that_is_over():
    m = Meeting()
    item = "d1-floor-morning"
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="done")
    targets = carry_targets(m.state, item)
    ids = [i.id for i in targets]
    assert item not in ids and "d1-quiz" not in ids  # not itself, not one that is over
    start = m.state.items[item].start
    later = [i.start >= start for i in targets]
    assert later == sorted(later, reverse=True)  # the items after this one come first
    assert all(not i.over for i in targets)
