"""The one reducer: ``apply(state, event) -> state``. Server and clients both use it."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from . import speaking_clock
from .codec import from_plain, to_plain
from .entities import (
    AgendaItem,
    BoothShift,
    FloorRequest,
    Meeting,
    Participant,
    QueuePolicy,
    SlowDown,
    SpeakingClock,
)
from .events import Event
from .speaker_queue import insert_position, merge_into, queue_key, rule_order, speaker_key, speaking_limit
from .state import MeetingState
from .vocabulary import ItemStatus, ListState, RequestStatus

#: How many recent "slow down" requests the state keeps.
SLOW_DOWN_MEMORY = 20

Handler = Callable[[MeetingState, Event], MeetingState]
_HANDLERS: dict[str, Handler] = {}


def apply(state: MeetingState, event: Event) -> MeetingState:
    """The state after *event*. Events must come in order: seq = state.seq + 1."""
    if event.seq != state.seq + 1:
        raise ValueError(f"event {event.seq} does not follow {state.seq}")
    return replace(_HANDLERS[event.type](state, event), seq=event.seq)


def replay(events, state: MeetingState | None = None) -> MeetingState:
    """Fold a sequence of events into a state."""
    state = state or MeetingState()
    for event in events:
        state = apply(state, event)
    return state


def register_handler(kind: str) -> Callable[[Handler], Handler]:
    """Decorator: *fn* applies events of type *kind* (feature modules register theirs with it)."""

    def register(fn: Handler) -> Handler:
        _HANDLERS[kind] = fn
        return fn

    return register


_on = register_handler  # the short name this module's own handlers use


# --- meeting and participants -------------------------------------------------


@_on("meeting.created")
def _meeting_created(state: MeetingState, e: Event) -> MeetingState:
    items = (from_plain(AgendaItem, i) for i in e.data["items"])
    items = {i.id: replace(i, planned_start=i.planned_start or i.start) for i in items}
    return replace(
        state,
        meeting=from_plain(Meeting, e.data["meeting"]),
        items=in_agenda_order(items.values()),
        shifts=tuple(from_plain(BoothShift, s) for s in e.data.get("shifts", ())),
    )


@_on("participant.added")
def _participant_added(state: MeetingState, e: Event) -> MeetingState:
    p = from_plain(Participant, e.data["participant"])
    return replace(state, participants={**state.participants, p.id: p})


@_on("channel.chosen")
def _channel_chosen(state: MeetingState, e: Event) -> MeetingState:
    channels = {**state.channels, e.data["participant_id"]: e.data["channel"]}
    return replace(state, channels=channels)


@_on("interpreter.slow_down_requested")
def _slow_down(state: MeetingState, e: Event) -> MeetingState:
    recent = (*state.slow_downs, SlowDown(e.data["booth"], e.at))[-SLOW_DOWN_MEMORY:]
    return replace(state, slow_downs=recent)


# --- the agenda ----------------------------------------------------------------


def agenda_order(item: AgendaItem) -> tuple:
    """The one order of the agenda, everywhere: by start, then by id (a stable tie-break)."""
    return (item.start, item.id)


def in_agenda_order(items) -> dict[str, AgendaItem]:
    return {i.id: i for i in sorted(items, key=agenda_order)}


def with_item(state: MeetingState, item: AgendaItem) -> MeetingState:
    """*state* with *item* put in (new or changed), the agenda kept in its order."""
    old = state.items.get(item.id)
    if old is not None and agenda_order(old) == agenda_order(item):  # the usual case: in place
        return replace(state, items={**state.items, item.id: item})
    others = (i for i in state.items.values() if i.id != item.id)
    return replace(state, items=in_agenda_order((*others, item)))


@_on("list.opened")
def _list_opened(state: MeetingState, e: Event) -> MeetingState:
    item = state.items[e.data["item_id"]]
    return with_item(state, replace(item, list_state=ListState.OPEN))


@_on("list.closed")
def _list_closed(state: MeetingState, e: Event) -> MeetingState:
    item = state.items[e.data["item_id"]]
    return with_item(state, replace(item, list_state=ListState.CLOSED))


@_on("agenda.status_set")
def _status_set(state: MeetingState, e: Event) -> MeetingState:
    item = state.items[e.data["item_id"]]
    changed = replace(item, status=ItemStatus(e.data["status"]), revision=item.revision + 1)
    return with_item(state, changed)


@_on("agenda.updated")
def _agenda_updated(state: MeetingState, e: Event) -> MeetingState:
    old = state.items[e.data["item_id"]]
    merged = {**to_plain(old), **e.data["changes"], "revision": old.revision + 1}
    state = with_item(state, from_plain(AgendaItem, merged))
    return _requeue(state, old.id)


@_on("agenda.item_added")
def _item_added(state: MeetingState, e: Event) -> MeetingState:
    item = e.decoded if isinstance(e.decoded, AgendaItem) else from_plain(AgendaItem, e.data["item"])
    last = next(reversed(state.items.values()), None) if state.items else None
    if last is None or agenda_order(last) <= agenda_order(item):  # the usual case: appended in order
        return replace(state, items={**state.items, item.id: item})
    pairs = list(state.items.items())
    at = bisect.bisect(pairs, agenda_order(item), key=lambda pair: agenda_order(pair[1]))
    pairs.insert(at, (item.id, item))
    return replace(state, items=dict(pairs))


@_on("agenda.item_removed")
def _item_removed(state: MeetingState, e: Event) -> MeetingState:
    """Only items nobody asked the floor on are removed (the command sees to it)."""
    item_id = e.data["item_id"]
    items = {k: v for k, v in state.items.items() if k != item_id}
    queues = {k: v for k, v in state.queues.items() if k != item_id}
    return replace(state, items=items, queues=queues)


# --- the floor -----------------------------------------------------------------


def _with_request(state: MeetingState, request: FloorRequest) -> MeetingState:
    return replace(state, requests={**state.requests, request.id: request})


def _without_from_queue(state: MeetingState, request: FloorRequest) -> MeetingState:
    queue = tuple(rid for rid in state.queues.get(request.item_id, ()) if rid != request.id)
    return replace(state, queues={**state.queues, request.item_id: queue})


@_on("floor.requested")
def _requested(state: MeetingState, e: Event) -> MeetingState:
    request = from_plain(FloorRequest, e.data["request"])
    # text_length: events logged before it existed carry only the text.
    request = replace(request, order=e.seq, text_length=max(request.text_length, len(request.text or "")))
    state = _with_request(state, request)
    item_id = request.item_id
    current = state.queues.get(item_id, ())
    if state.items[item_id].policy.alternate_attendance:
        rule = rule_order_of(state, item_id, (*current, request.id))
        queue = merge_into(current, rule, request.id) if item_id in state.manual_order else rule
    else:
        key_of = _key_function(state, item_id)
        at = insert_position(current, key_of, key_of(request.id))
        queue = (*current[:at], request.id, *current[at:])
    return replace(state, queues={**state.queues, item_id: tuple(queue)})


@_on("floor.withdrawn")
def _withdrawn(state: MeetingState, e: Event) -> MeetingState:
    return _end_waiting(state, e, RequestStatus.WITHDRAWN, None)


@_on("floor.declined")
def _declined(state: MeetingState, e: Event) -> MeetingState:
    return _end_waiting(state, e, RequestStatus.DECLINED, e.data.get("reason"))


def _end_waiting(state, e, status, reason) -> MeetingState:
    request = state.requests[e.data["request_id"]]
    # The text goes (the statement will not be given); its length, language and outcome stay.
    ended = replace(request, status=status, finished_at=e.at, decline_reason=reason, text=None)
    return _without_from_queue(_with_request(state, ended), request)


@_on("floor.moved")
def _moved(state: MeetingState, e: Event) -> MeetingState:
    request = state.requests[e.data["request_id"]]
    rest = [rid for rid in state.queues[request.item_id] if rid != request.id]
    rest.insert(min(e.data["position"], len(rest)), request.id)
    return replace(
        state,
        queues={**state.queues, request.item_id: tuple(rest)},
        manual_order=state.manual_order | {request.item_id},
    )


@_on("floor.called")
def _called(state: MeetingState, e: Event) -> MeetingState:
    request = state.requests[e.data["request_id"]]
    item = state.items[request.item_id]
    limit = speaking_limit(item, request, state.participants.get(request.participant_id))
    speaking = replace(request, status=RequestStatus.SPEAKING, called_at=e.at)
    state = _without_from_queue(_with_request(state, speaking), request)
    return replace(state, floor=SpeakingClock(request.id, request.item_id, limit))


@_on("floor.started")
@_on("floor.resumed")
def _clock_running(state: MeetingState, e: Event) -> MeetingState:
    request = state.requests[state.floor.request_id]
    if request.started_at is None:
        state = _with_request(state, replace(request, started_at=e.at))
    return replace(state, floor=speaking_clock.start(state.floor, e.at))


@_on("floor.paused")
def _paused(state: MeetingState, e: Event) -> MeetingState:
    return replace(state, floor=speaking_clock.pause(state.floor, e.at))


@_on("floor.finished")
def _finished(state: MeetingState, e: Event) -> MeetingState:
    request = state.requests[state.floor.request_id]
    done = replace(
        request,
        status=RequestStatus.DONE,
        finished_at=e.at,
        spoken_seconds=speaking_clock.spoken_seconds(state.floor, e.at),
    )
    state = replace(_with_request(state, done), floor=resumed_after(state.floor, e.at))
    # Having spoken changes "first-time" standing and whose turn it is to alternate.
    for item_id, item in state.items.items():
        if item.policy != QueuePolicy() and state.queues.get(item_id):
            state = _requeue(state, item_id)
    return state


def resumed_after(clock: SpeakingClock, at) -> SpeakingClock | None:
    """Who holds the floor once *clock*'s speaker finishes: the speaker an interposed question
    interrupted, their clock running again from where it stopped; else nobody."""
    if clock.interrupted_id is None:
        return None
    limit, spoken = clock.interrupted_limit, clock.interrupted_spoken
    return SpeakingClock(clock.interrupted_id, clock.item_id, limit, spoken, running_since=at)


# --- ordering ------------------------------------------------------------------


def _requeue(state: MeetingState, item_id: str) -> MeetingState:
    """Recompute an item's order from the rules, unless the chair has set it by hand."""
    queue = state.queues.get(item_id, ())
    if item_id in state.manual_order or not queue:
        return state
    return replace(state, queues={**state.queues, item_id: tuple(rule_order_of(state, item_id, queue))})


def _spoken(state: MeetingState, item: AgendaItem) -> dict[str, int]:
    """Earlier interventions per speaker; the O(requests) scan only when the policy needs it."""
    spoken: dict[str, int] = {}
    if item.policy.first_time_first:
        for r in state.requests.values():
            if r.status == RequestStatus.DONE:
                key = speaker_key(state.participants.get(r.participant_id), r.participant_id)
                spoken[key] = spoken.get(key, 0) + 1
    return spoken


def _key_function(state: MeetingState, item_id: str):
    item = state.items[item_id]
    spoken = _spoken(state, item)
    return lambda rid: queue_key(state.requests[rid], item, state.participants, spoken)


def rule_order_of(state: MeetingState, item_id: str, ids) -> list[str]:
    """The requests *ids* of an item in the order its rules give (what was spoken, who spoke last)."""
    item = state.items[item_id]
    spoken = _spoken(state, item)
    last_attendance = None
    if item.policy.alternate_attendance:
        called = [r for r in state.requests.values() if r.item_id == item_id and r.called_at]
        if called:
            last_attendance = max(called, key=lambda r: (r.called_at, r.order)).attendance
    return rule_order((state.requests[i] for i in ids), item, state.participants, spoken, last_attendance)
