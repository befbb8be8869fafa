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


def test_the_first_proposed_is_the_next_item_with_a_list_never_a_break():
    m = Meeting()
    targets = carry_targets(m.state, "d1-floor-morning")
    assert targets[0].id == "d1-floor-afternoon"  # not the lunch break right after it
    assert all(i.kind != "break" for i in targets)
    m.run("chair", type="list.open", item_id="d1-deep-dive-overview")
    assert carry_targets(m.state, "d1-floor-morning")[0].id == "d1-deep-dive-overview"  # the next with a list
