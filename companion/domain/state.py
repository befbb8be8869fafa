"""The whole state of one meeting, as the reducer builds it from events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .display import RoomDisplay
from .entities import (
    AgendaItem,
    BoothShift,
    FloorRequest,
    Meeting,
    Participant,
    SlowDown,
    SpeakingClock,
)
from .vocabulary import ItemStatus, RequestStatus


@dataclass(frozen=True)
class MeetingState:
    """Meeting state after event number ``seq``. Never mutated: the reducer makes a new one."""

    seq: int = 0
    meeting: Meeting | None = None
    items: Mapping[str, AgendaItem] = field(default_factory=dict)
    participants: Mapping[str, Participant] = field(default_factory=dict)
    requests: Mapping[str, FloorRequest] = field(default_factory=dict)
    #: Waiting request ids per item, in the order they will be called.
    queues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Items whose order the chair has set by hand; new requests merge into it.
    manual_order: frozenset[str] = frozenset()
    floor: SpeakingClock | None = None
    channels: Mapping[str, str] = field(default_factory=dict)
    shifts: tuple[BoothShift, ...] = ()
    slow_downs: tuple[SlowDown, ...] = ()
    display: RoomDisplay = field(default_factory=RoomDisplay)

    def queue(self, item_id: str) -> list[FloorRequest]:
        """The waiting requests of an item, in calling order."""
        return [self.requests[rid] for rid in self.queues.get(item_id, ())]

    def requests_of(self, item_id: str) -> list[FloorRequest]:
        """Every request ever made on an item, in order of request."""
        return sorted((r for r in self.requests.values() if r.item_id == item_id), key=lambda r: r.order)

    def current_speaker(self) -> FloorRequest | None:
        return self.requests[self.floor.request_id] if self.floor else None

    def live_item(self) -> AgendaItem | None:
        return next((i for i in self.items.values() if i.status == ItemStatus.LIVE), None)

    def open_requests_of(self, participant_id: str) -> list[FloorRequest]:
        """A participant's requests still waiting or speaking."""
        live = (RequestStatus.WAITING, RequestStatus.SPEAKING)
        return [r for r in self.requests.values() if r.participant_id == participant_id and r.status in live]
