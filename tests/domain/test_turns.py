"""Where a place and an estimate mean something, and when "you are next" may be said."""

from meeting_factory import Meeting

from companion.domain.turns import shows_estimate, shows_place, turn

ITEM = "d1-floor-morning"


def test_place_on_an_open_list_estimate_and_next_only_when_live():
    m = Meeting()
    kenya = m.request("del-ke")  # the morning's list is open; the item is not live
    item = m.state.items[ITEM]
    assert shows_place(item) and not shows_estimate(item)
    assert turn(m.state, m.state.requests[kenya]) is None  # first, but not "next" hours ahead
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    assert shows_estimate(m.state.items[ITEM]) and turn(m.state, m.state.requests[kenya]) == 1
    m.run("chair", type="floor.call_next", item_id=ITEM)
    assert turn(m.state, m.state.requests[kenya]) == 0
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="done")
    assert not shows_place(m.state.items[ITEM])  # an item over: a place there means nothing


def test_only_the_head_of_the_live_list_is_next_and_a_live_item_shows_places_even_closed():
    m = Meeting()
    kenya, brazil = m.request("del-ke"), m.request("del-br")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    assert turn(m.state, m.state.requests[kenya]) == 1
    assert turn(m.state, m.state.requests[brazil]) is None  # second: not "next"
    m.run("chair", type="list.close", item_id=ITEM)
    assert shows_place(m.state.items[ITEM])  # live, list closed: the places still hold
    assert not shows_place(m.state.items["d1-quiz"])  # scheduled, no list: no place to show
