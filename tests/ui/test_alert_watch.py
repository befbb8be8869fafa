""""You are next" and "You have the floor" are said once per change of turn: the events that follow
(others asking, the clock started and paused) never say them again, and a new change says them anew."""

from meeting_factory import Meeting

from companion.ui.alert_watch import AlertWatch

ITEM = "d1-floor-morning"
NEXT, FLOOR = "You are next.", "You have the floor."


def turn_alerts(watch: AlertWatch, m: Meeting) -> list[str]:
    return [text for text in watch.news(m.state) if text in (NEXT, FLOOR)]


def test_each_change_of_turn_is_said_once_and_later_events_say_nothing(qapp):
    m = Meeting()
    watch = AlertWatch(m.state.participants["del-ke"])
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    assert turn_alerts(watch, m) == []
    kenya = m.request("del-ke")
    assert turn_alerts(watch, m) == [NEXT]
    said = []
    for who in ("del-br", "obs-eu", "del-jp"):  # others join the list behind Kenya: Kenya is still next
        m.request(who)
        said += turn_alerts(watch, m)
    assert said == []
    m.run("chair", type="floor.call_next", item_id=ITEM)
    assert m.state.floor.request_id == kenya
    assert turn_alerts(watch, m) == [FLOOR]
    for command in ("floor.start", "floor.pause", "floor.resume", "floor.pause"):
        m.run("chair", type=command)
        said += turn_alerts(watch, m)
    m.request("ngo-ifla")
    said += turn_alerts(watch, m)
    assert said == []  # still on the floor: nothing more to say


def test_moved_away_and_back_to_next_is_a_new_change_of_turn(qapp):
    m = Meeting()
    watch = AlertWatch(m.state.participants["del-ke"])
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    kenya = m.request("del-ke")
    m.request("del-br")
    assert turn_alerts(watch, m) == [NEXT]
    m.run("chair", type="floor.move", request_id=kenya, position=1)  # behind Brazil
    assert turn_alerts(watch, m) == []
    m.run("chair", type="floor.move", request_id=kenya, position=0)
    assert turn_alerts(watch, m) == [NEXT]
    assert turn_alerts(watch, m) == []  # the same state again: nothing new
