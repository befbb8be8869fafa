"""The rules of the floor: who speaks in which order, what a list accepts, for how long.

Written once, used by the server to decide and by every client to display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from .entities import AgendaItem, FloorRequest, Participant
from .standing import is_member_state
from .vocabulary import (
    Attendance,
    ItemStatus,
    ListState,
    RequestKind,
)

#: Minutes a request asks for when the delegate says nothing.
DEFAULT_MINUTES: Mapping[RequestKind, int] = {
    RequestKind.STATEMENT: 3,
    RequestKind.QUESTION: 2,
    RequestKind.PRESENTATION: 10,
    RequestKind.POINT_OF_ORDER: 1,
    RequestKind.RIGHT_OF_REPLY: 2,
}
MAX_MINUTES = 30


def speaks_as_member_state(request: FloorRequest, participant: Participant | None) -> bool:
    """``standing.is_member_state`` for a request and its participant."""
    return is_member_state(request.on_behalf_of, participant.delegation_kind if participant else None)


def speaker_key(participant: Participant | None, participant_id: str) -> str:
    """Who counts as one speaker for "first-time" purposes: the delegation, else the person."""
    return participant.delegation if participant and participant.delegation else participant_id


def queue_key(
    request: FloorRequest,
    item: AgendaItem,
    participants: Mapping[str, Participant],
    spoken: Mapping[str, int],
) -> tuple[int, int, int, int]:
    """Sort key of the rules (without alternation): smaller speaks earlier.

    Points of order first; then statements, questions and presentations (optionally
    first-time speakers first, then member states before observers); rights of reply
    last; within each, order of request.
    """
    if request.kind == RequestKind.POINT_OF_ORDER:
        return (0, 0, 0, request.order)
    if request.kind == RequestKind.RIGHT_OF_REPLY:
        return (2, 0, 0, request.order)
    p = participants.get(request.participant_id)
    first = 1 if item.policy.first_time_first and spoken.get(speaker_key(p, request.participant_id)) else 0
    return (1, first, 0 if speaks_as_member_state(request, p) else 1, request.order)


def rule_order(
    requests: Iterable[FloorRequest],
    item: AgendaItem,
    participants: Mapping[str, Participant],
    spoken: Mapping[str, int],
    last_attendance: Attendance | None,
) -> list[str]:
    """The waiting order the rules give, before any reordering by the chair.

    ``queue_key`` order, and with the "alternate onsite and remote" policy the
    statements are interleaved by attendance. *spoken* counts earlier
    interventions per speaker key.
    """
    ordered = sorted(requests, key=lambda r: queue_key(r, item, participants, spoken))
    if item.policy.alternate_attendance:
        ordinary = [r for r in ordered if queue_key(r, item, participants, spoken)[0] == 1]
        points = [r for r in ordered if r.kind == RequestKind.POINT_OF_ORDER]
        replies = [r for r in ordered if r.kind == RequestKind.RIGHT_OF_REPLY]
        ordered = points + alternate(ordinary, last_attendance) + replies
    return [r.id for r in ordered]


def insert_position(queue: Sequence[str], key_of, new_key) -> int:
    """Where a new request goes: right after the last one the rules put before it.

    In a queue in rule order this is its sorted place; in an order the chair set by
    hand, the others keep their arrangement. Scans from the tail, where new requests
    usually land, so adding is cheap on long lists.
    """
    for index in range(len(queue) - 1, -1, -1):
        if key_of(queue[index]) < new_key:
            return index + 1
    return 0


def alternate(ordered: Sequence[FloorRequest], last: Attendance | None) -> list[FloorRequest]:
    """Interleave onsite and remote speakers, keeping each side's own order."""
    sides = {a: [r for r in ordered if r.attendance == a] for a in Attendance}
    turn = Attendance.ONSITE if last == Attendance.REMOTE else Attendance.REMOTE
    if last is None and ordered:
        turn = ordered[0].attendance
    result: list[FloorRequest] = []
    while sides[Attendance.ONSITE] or sides[Attendance.REMOTE]:
        side = sides[turn] or sides[_other(turn)]
        result.append(side.pop(0))
        turn = _other(result[-1].attendance)
    return result


def _other(attendance: Attendance) -> Attendance:
    return Attendance.REMOTE if attendance == Attendance.ONSITE else Attendance.ONSITE


def merge_into(manual: Sequence[str], rule: Sequence[str], new_id: str) -> tuple[str, ...]:
    """Place a new request into an order the chair has set by hand.

    It goes right after the last request the rules would put before it, so the
    chair's arrangement of the others stays as it is.
    """
    before = set(rule[: rule.index(new_id)])
    position = 0
    for index, rid in enumerate(manual):
        if rid in before:
            position = index + 1
    return (*manual[:position], new_id, *manual[position:])


class NewRequestRefusal(StrEnum):
    """Why a list refuses a new request: a value apps put into words in their own language."""

    ITEM_DONE = "item_done"
    ITEM_POSTPONED = "item_postponed"
    LIST_CLOSED = "list_closed"
    LIST_NOT_OPEN = "list_not_open"


def new_request_refusal(item: AgendaItem, kind: RequestKind) -> NewRequestRefusal | None:
    """Why an item's list refuses a new request of this kind, or None if it accepts it.

    A closed list accepts points of order only; so does a live item whose list
    was never opened.
    """
    if item.status == ItemStatus.DONE:
        return NewRequestRefusal.ITEM_DONE
    if item.status == ItemStatus.POSTPONED:
        return NewRequestRefusal.ITEM_POSTPONED
    if item.list_state == ListState.OPEN:
        return None
    live = item.status == ItemStatus.LIVE
    if kind == RequestKind.POINT_OF_ORDER and (item.list_state == ListState.CLOSED or live):
        return None
    return (
        NewRequestRefusal.LIST_CLOSED
        if item.list_state == ListState.CLOSED
        else NewRequestRefusal.LIST_NOT_OPEN
    )


#: The server's English words for each refusal (apps say it in the user's language).
_REFUSAL_WORDS = {
    NewRequestRefusal.ITEM_DONE: "the item is done",
    NewRequestRefusal.ITEM_POSTPONED: "the item is postponed",
    NewRequestRefusal.LIST_CLOSED: "the list of speakers is closed (points of order only)",
    NewRequestRefusal.LIST_NOT_OPEN: "the list of speakers for this item is not open",
}


def refusal_for_new_request(item: AgendaItem, kind: RequestKind) -> str | None:
    """``new_request_refusal`` in the server's English words, or None if the list accepts it."""
    refusal = new_request_refusal(item, kind)
    return _REFUSAL_WORDS[refusal] if refusal else None


def speaking_limit(item: AgendaItem, request: FloorRequest, participant: Participant | None) -> int:
    """Seconds this request may speak under the item's limits."""
    limits = item.limits
    if request.kind == RequestKind.POINT_OF_ORDER:
        return limits.point_of_order
    if request.kind == RequestKind.RIGHT_OF_REPLY:
        return limits.right_of_reply
    if request.kind == RequestKind.PRESENTATION:
        return limits.presentation
    if request.on_behalf_of:
        return limits.group
    return limits.member_state if speaks_as_member_state(request, participant) else limits.observer


def expected_seconds(item: AgendaItem, request: FloorRequest, participant: Participant | None) -> int:
    """How long a request is expected to take: what was asked for, capped by the limit."""
    return min(request.minutes * 60, speaking_limit(item, request, participant))
