import pytest
from meeting_factory import Meeting

from companion.domain import Conflict, Invalid


@pytest.fixture
def m():
    return Meeting()


def test_member_states_before_observers_then_order_of_request(m):
    m.request("obs-eu")
    m.request("ngo-ifla")
    m.request("del-br")
    m.request("del-ke")
    assert m.queue() == ["Brazil", "Kenya", "European Union", "IFLA"]


def test_point_of_order_goes_to_the_top_and_right_of_reply_to_the_end(m):
    m.request("del-br")
    m.request("del-ke", kind="right_of_reply")
    m.request("obs-eu")
    m.request("del-jp", kind="point_of_order")
    assert m.queue() == ["Japan", "Brazil", "European Union", "Kenya"]


def test_group_coordinator_counts_as_member_state_and_speaks_five_minutes(m):
    m.request("ngo-ifla")
    rid = m.request("obs-eu", on_behalf_of="European Union", minutes=5)
    assert m.queue() == ["European Union", "IFLA"]
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    assert m.state.floor.request_id == rid
    assert m.state.floor.limit_seconds == 300


def test_single_delegation_limit_is_three_minutes(m):
    m.request("del-br", minutes=10)
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    assert m.state.floor.limit_seconds == 180


def test_closed_list_accepts_only_points_of_order(m):
    m.run("chair", type="list.close", item_id="d1-floor-morning")
    with pytest.raises(Invalid, match="closed"):
        m.request("del-br")
    m.request("del-br", kind="point_of_order")
    assert m.queue() == ["Brazil"]


def test_item_whose_list_was_never_opened_refuses_requests(m):
    with pytest.raises(Invalid) as err:
        m.request("del-br", item_id="d1-panel-ip")
    assert err.value.code == "list_not_open"


def test_one_request_of_a_kind_per_item(m):
    m.request("del-br")
    with pytest.raises(Conflict):
        m.request("del-br")
    m.request("del-br", kind="right_of_reply")


def test_chair_reorder_is_kept_and_new_requests_merge_by_rule(m):
    br, ke, eu = m.request("del-br"), m.request("del-ke"), m.request("obs-eu")
    m.run("chair", type="floor.move", request_id=eu, position=0)
    assert m.queue() == ["European Union", "Brazil", "Kenya"]
    m.request("del-jp")  # a member state: after the last member state the rules put before it
    assert m.queue() == ["European Union", "Brazil", "Kenya", "Japan"]
    m.request("del-eg", kind="point_of_order")
    assert m.queue()[0] == "Egypt"
    assert {br, ke} <= set(m.state.queues["d1-floor-morning"])


def test_first_time_speakers_first(m):
    m.run(
        "chair",
        type="agenda.update",
        item_id="d1-floor-morning",
        changes={"policy": {"first_time_first": True}},
    )
    m.request("del-br")
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    m.run("chair", type="floor.finish")
    m.request("del-br", kind="question")
    m.request("del-ke")
    assert m.queue() == ["Kenya", "Brazil"]


def test_alternate_onsite_and_remote(m):
    m.run(
        "chair",
        type="agenda.update",
        item_id="d1-floor-morning",
        changes={"policy": {"alternate_attendance": True}},
    )
    for who in ("del-ke", "del-jp", "del-br", "del-eg"):  # onsite, onsite, remote, remote
        m.request(who)
    assert m.queue() == ["Kenya", "Brazil", "Japan", "Egypt"]


def test_estimated_call_times_follow_the_limits(m):
    from companion.domain.estimates import estimated_calls, place_in_queue

    a, b, c = m.request("del-br", minutes=2), m.request("del-ke", minutes=10), m.request("del-jp")
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    m.run("chair", type="floor.start")
    m.tick(60)
    est = estimated_calls(m.state, "d1-floor-morning", m.now)
    # Brazil speaks (limit 180 s, 60 spoken): Kenya in 60 s... Brazil asked 2 min but the clock's limit is 3.
    assert (est[b] - m.now).total_seconds() == 120
    assert (est[c] - est[b]).total_seconds() == 180  # Kenya asked 10, capped at 3 minutes
    assert place_in_queue(m.state, c) == 2 and place_in_queue(m.state, a) is None


def test_item_figures_count_waiting_and_spoken(m):
    from companion.domain.figures import item_figures

    m.request("del-br", language="es")  # remote member state
    m.request("obs-eu", language="fr", on_behalf_of="European Union")  # onsite, for a group: a member state
    m.request("ngo-ifla", language="es")  # remote NGO
    m.run("chair", type="floor.call_next", item_id="d1-floor-morning")
    m.run("chair", type="floor.finish")
    f = item_figures(m.state, "d1-floor-morning")
    assert (f.waiting, f.onsite, f.remote, f.member_states, f.others) == (2, 1, 1, 1, 1)
    assert dict(f.languages) == {"fr": 1, "es": 1}
    assert f.spoken == 1 and f.spoken_by_gender == (("female", 1),)
