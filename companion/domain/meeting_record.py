"""The record of the meeting: per agenda item, who asked for the floor, who spoke, in what order."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from .entities import FloorRequest
from .standing import gender_label, is_member_state
from .state import MeetingState
from .vocabulary import Attendance, RequestStatus

#: What became of a request, in the record's words.
OUTCOMES = {
    RequestStatus.DONE: "spoke",
    RequestStatus.SPEAKING: "speaking",
    RequestStatus.WAITING: "waiting",
    RequestStatus.WITHDRAWN: "withdrew",
    RequestStatus.DECLINED: "declined",
}


@dataclass(frozen=True)
class RecordRow:
    item_id: str
    item_title: str
    #: Place in the order of speaking (1, 2, …); None for those who did not speak.
    speaking_order: int | None
    request_order: int
    participant_id: str
    participant: str
    delegation: str
    delegation_kind: str
    on_behalf_of: str
    kind: str
    language: str
    attendance: str
    requested_at: datetime
    started_at: datetime | None
    spoken_seconds: int
    outcome: str
    decline_reason: str


@dataclass(frozen=True)
class Figures:
    speakers: int
    member_states: int
    observers: int
    onsite: int
    remote: int
    languages: dict[str, int]
    by_gender: dict[str, int]
    withdrawn: int
    declined: int
    spoken_seconds: int


def record_rows(state: MeetingState) -> list[RecordRow]:
    """Every request for the floor, item by item in agenda order, speakers first in speaking order."""
    rows: list[RecordRow] = []
    for item in state.items.values():
        requests = state.requests_of(item.id)
        spoke = sorted((r for r in requests if r.started_at), key=lambda r: r.started_at)
        place = {r.id: n for n, r in enumerate(spoke, start=1)}
        ordered = spoke + [r for r in requests if r.id not in place]
        rows += [_row(state, r, item.title, place.get(r.id)) for r in ordered]
    return rows


def _row(state: MeetingState, r: FloorRequest, title: str, place: int | None) -> RecordRow:
    who = state.participants.get(r.participant_id)
    return RecordRow(
        item_id=r.item_id,
        item_title=title,
        speaking_order=place,
        request_order=r.order,
        participant_id=r.participant_id,
        participant=who.name if who else r.participant_id,
        delegation=who.delegation if who else "",
        delegation_kind=who.delegation_kind.value if who else "",
        on_behalf_of=r.on_behalf_of or "",
        kind=r.kind.value,
        language=r.language,
        attendance=r.attendance.value,
        requested_at=r.requested_at,
        started_at=r.started_at,
        spoken_seconds=r.spoken_seconds,
        outcome=OUTCOMES[r.status],
        decline_reason=r.decline_reason or "",
    )


def figures_of(state: MeetingState, rows: list[RecordRow]) -> Figures:
    """Who spoke, counted: member states and observers, onsite and remote, languages, gender balance."""
    spoke = [r for r in rows if r.speaking_order is not None]
    genders: Counter[str] = Counter()
    for row in spoke:
        who = state.participants.get(row.participant_id)
        genders[gender_label(who.gender if who else None)] += 1
    members = sum(1 for r in spoke if is_member_state(r.on_behalf_of, r.delegation_kind))
    return Figures(
        speakers=len(spoke),
        member_states=members,
        observers=len(spoke) - members,
        onsite=sum(1 for r in spoke if r.attendance == Attendance.ONSITE),
        remote=sum(1 for r in spoke if r.attendance == Attendance.REMOTE),
        languages=dict(Counter(r.language for r in spoke).most_common()),
        by_gender=dict(sorted(genders.items())),
        withdrawn=sum(1 for r in rows if r.outcome == OUTCOMES[RequestStatus.WITHDRAWN]),
        declined=sum(1 for r in rows if r.outcome == OUTCOMES[RequestStatus.DECLINED]),
        spoken_seconds=sum(r.spoken_seconds for r in spoke),
    )
