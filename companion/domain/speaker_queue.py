"""The rules of the floor: who speaks in which order, what a list accepts, for how long.

Written once, used by the server to decide and by every client to display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .entities import AgendaItem, FloorRequest, Participant
from .vocabulary import (
    Attendance,
    DelegationKind,
    ListState,
    RequestKind,
    RequestStatus,
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


def is_member_state(request: FloorRequest, participant: Participant | None) -> bool:
    """Group coordinators speak for member states; otherwise the delegation kind decides."""
    if request.on_behalf_of:
        return True
    return participant is not None and participant.delegation_kind == DelegationKind.MEMBER_STATE


def speaker_key(participant: Participant | None, participant_id: str) -> str:
    """Who counts as one speaker for "first-time" purposes: the delegation, else the person."""
    return participant.delegation if participant and participant.delegation else participant_id


def rule_order(
    requests: Iterable[FloorRequest],
    item: AgendaItem,
    participants: Mapping[str, Participant],
    spoken: Mapping[str, int],
    last_attendance: Attendance | None,
) -> list[str]:
    """The waiting order the rules give, before any reordering by the chair.

    Points of order first; then statements, questions and presentations (member
    states before observers, then order of request; optionally first-time
    speakers first and onsite/remote alternating); rights of reply last.
    *spoken* counts earlier interventions per speaker key.
    """
    points, replies, rest = [], [], []
    for r in requests:
        bucket = {RequestKind.POINT_OF_ORDER: points, RequestKind.RIGHT_OF_REPLY: replies}
        bucket.get(r.kind, rest).append(r)

    def key(r: FloorRequest) -> tuple[int, int, int]:
        p = participants.get(r.participant_id)
        first = 0
        if item.policy.first_time_first and spoken.get(speaker_key(p, r.participant_id), 0):
            first = 1
        return (first, 0 if is_member_state(r, p) else 1, r.order)

    rest.sort(key=key)
    if item.policy.alternate_attendance:
        rest = alternate(rest, last_attendance)
    ordered = sorted(points, key=lambda r: r.order) + rest + sorted(replies, key=lambda r: r.order)
    return [r.id for r in ordered]


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


def refusal_for_new_request(item: AgendaItem, kind: RequestKind) -> str | None:
    """Why an item's list refuses a new request of this kind, or None if it accepts it.

    A closed list accepts points of order only; so does a live item whose list
    was never opened.
    """
    if item.status in ("done", "postponed"):
        return f"the item is {item.status}"
    if item.list_state == ListState.OPEN:
        return None
    if kind == RequestKind.POINT_OF_ORDER and (item.list_state == ListState.CLOSED or item.status == "live"):
        return None
    if item.list_state == ListState.CLOSED:
        return "the list of speakers is closed (points of order only)"
    return "the list of speakers for this item is not open"


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
    return limits.member_state if is_member_state(request, participant) else limits.observer


def expected_seconds(item: AgendaItem, request: FloorRequest, participant: Participant | None) -> int:
    """How long a request is expected to take: what was asked for, capped by the limit."""
    return min(request.minutes * 60, speaking_limit(item, request, participant))


def is_open(request: FloorRequest) -> bool:
    return request.status in (RequestStatus.WAITING, RequestStatus.SPEAKING)
