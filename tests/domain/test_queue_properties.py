"""Property tests: any sequence of commands keeps the queues consistent, and replay rebuilds state."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import CommandRefused, replay
from companion.domain.snapshot import state_from_plain, state_to_plain
from companion.domain.vocabulary import RequestStatus

ITEMS = ["d1-floor-morning", "d1-floor-afternoon", "d1-panel-ip"]
DELEGATES = ["del-br", "del-ke", "del-jp", "del-eg", "obs-eu", "ngo-ifla"]
MANAGERS = ["chair", "secretariat"]
KINDS = ["statement", "question", "presentation", "point_of_order", "right_of_reply"]

request_ids = st.integers(0, 1000)  # an index into the requests made so far, resolved when run
new_request = st.builds(
    lambda who, item, kind, att, minutes: (
        who,
        {
            "type": "floor.request",
            "item_id": item,
            "kind": kind,
            "language": "fr",
            "attendance": att,
            "minutes": minutes,
        },
    ),
    st.sampled_from(DELEGATES),
    st.sampled_from(ITEMS),
    st.sampled_from(KINDS),
    st.sampled_from(["onsite", "remote"]),
    st.integers(1, 8),
)
commands = st.one_of(
    new_request,
    new_request,
    new_request,
    st.builds(
        lambda who, rid: (who, {"type": "floor.withdraw", "request_id": rid}),
        st.sampled_from(DELEGATES + MANAGERS),
        request_ids,
    ),
    st.builds(
        lambda rid, pos: ("chair", {"type": "floor.move", "request_id": rid, "position": pos}),
        request_ids,
        st.integers(0, 6),
    ),
    st.builds(
        lambda rid: ("chair", {"type": "floor.decline", "request_id": rid, "reason": "off topic"}),
        request_ids,
    ),
    st.builds(lambda item: ("chair", {"type": "floor.call_next", "item_id": item}), st.sampled_from(ITEMS)),
    st.sampled_from(
        [("chair", {"type": t}) for t in ("floor.start", "floor.pause", "floor.resume", "floor.finish")]
    ),
    st.builds(
        lambda item, t: ("secretariat", {"type": t, "item_id": item}),
        st.sampled_from(ITEMS),
        st.sampled_from(["list.open", "list.close"]),
    ),
    st.builds(
        lambda item, ft, alt: (
            "chair",
            {
                "type": "agenda.update",
                "item_id": item,
                "changes": {"policy": {"first_time_first": ft, "alternate_attendance": alt}},
            },
        ),
        st.sampled_from(ITEMS),
        st.booleans(),
        st.booleans(),
    ),
    st.builds(
        lambda item, status: ("chair", {"type": "agenda.set_status", "item_id": item, "status": status}),
        st.sampled_from(ITEMS),
        st.sampled_from(["scheduled", "live", "done", "postponed"]),
    ),
)


def assert_consistent(state):
    queued = [rid for q in state.queues.values() for rid in q]
    assert len(queued) == len(set(queued)), "a request is queued twice"
    waiting = {rid for rid, r in state.requests.items() if r.status == RequestStatus.WAITING}
    assert set(queued) == waiting, "queues and waiting requests disagree"
    for item_id, queue in state.queues.items():
        assert all(state.requests[rid].item_id == item_id for rid in queue)
    speaking = [r for r in state.requests.values() if r.status == RequestStatus.SPEAKING]
    assert len(speaking) == (1 if state.floor else 0)
    if state.floor:
        assert speaking[0].id == state.floor.request_id
    # No two open requests of one kind by one participant on one item.
    open_keys = [
        (r.participant_id, r.item_id, r.kind)
        for r in state.requests.values()
        if r.status in (RequestStatus.WAITING, RequestStatus.SPEAKING)
    ]
    assert len(open_keys) == len(set(open_keys))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(commands, st.integers(0, 400)), min_size=10, max_size=80))
def test_any_command_sequence_keeps_queues_consistent_and_replays(steps):
    m = Meeting()
    for (who, command), pause in steps:
        m.tick(pause)
        if "request_id" in command:
            known = list(m.state.requests) or ["none"]
            command = {**command, "request_id": known[command["request_id"] % len(known)]}
            if "position" in command:  # mostly a real place in the queue, sometimes out of range
                length = len(
                    m.state.queues.get(
                        m.state.requests.get(command["request_id"], None)
                        and m.state.requests[command["request_id"]].item_id,
                        (),
                    )
                )
                command["position"] = command["position"] % (length + 1)
        with contextlib.suppress(CommandRefused):
            m.run(who, **command)
        assert_consistent(m.state)
    assert replay(m.events) == m.state
    assert state_from_plain(state_to_plain(m.state)) == m.state
