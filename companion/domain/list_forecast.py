"""The list forecast: how long an item's waiting list needs, against the item's planned end.

One rule, asked by the chair's time panel ("the list needs 15 h 20, the slot ends at 13:00") and by
each delegate's estimate of their turn ("about 16:40 · after the item's planned end"). The clock is
passed in; nothing here reads it.

Each waiting request is forecast at what it asked for, capped by its speaking limit; once
``OBSERVED_FROM`` requests of a kind have spoken on the item, that kind is forecast at their
observed average instead (chairs know a "3-minute" list runs at the speakers' pace, not the limit's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import speaking_clock
from .speaker_queue import expected_seconds
from .state import MeetingState
from .vocabulary import ItemStatus, RequestKind, RequestStatus

#: Speakers of a kind who must have spoken on the item before their average replaces the limit.
OBSERVED_FROM = 3
#: A limit per speaker shorter than this is no way to fit a list (nobody says anything in 20 s).
SHORTEST_USEFUL_LIMIT = 60


@dataclass(frozen=True)
class ListForecast:
    """An item's waiting list against its slot, seen at ``now``."""

    now: datetime
    #: Estimated call of each waiting request, by request id, in calling order.
    calls: Mapping[str, datetime]
    #: When the last waiting speaker would finish (the next call, with nobody waiting).
    ends_at: datetime
    #: Seconds from ``now`` (or the item's start, if later) to ``ends_at``.
    needs_seconds: int
    #: The item's planned end, and the seconds left to it from ``now`` (or its start): never negative.
    planned_end: datetime
    left_seconds: int
    #: Seconds the item's speakers have spoken so far (the one on the floor included).
    spoken_seconds: int
    #: How many of the waiting would finish speaking by the planned end.
    fitting: int
    #: Seconds the one on the floor still has (0 when nobody speaks on this item, or overrun).
    floor_seconds: int

    @property
    def waiting(self) -> int:
        return len(self.calls)

    @property
    def fits(self) -> bool:
        """True when the whole waiting list ends by the planned end (or nobody waits)."""
        return not self.calls or self.ends_at <= self.planned_end

    @property
    def spare_seconds(self) -> int:
        """Seconds between the list's end and the planned end (negative: the overrun)."""
        return round((self.planned_end - self.ends_at).total_seconds())

    @property
    def seconds_per_speaker_to_fit(self) -> int | None:
        """The limit per waiting speaker that would end the list on time; None when it fits already."""
        if self.fits or not self.calls:
            return None
        return max(0, (self.left_seconds - self.floor_seconds) // len(self.calls))

    @property
    def limit_that_fits(self) -> int | None:
        """``seconds_per_speaker_to_fit`` when it is a limit a chair could set (not under a minute)."""
        seconds = self.seconds_per_speaker_to_fit
        return seconds if seconds is not None and seconds >= SHORTEST_USEFUL_LIMIT else None

    def past_planned_end(self, request_id: str) -> bool:
        """True when this request's forecast call comes at or after the item's planned end."""
        at = self.calls.get(request_id)
        return at is not None and at >= self.planned_end


def observed_seconds(state: MeetingState, item_id: str) -> dict[RequestKind, float]:
    """Average seconds spoken per kind on the item, for the kinds with ``OBSERVED_FROM`` speakers."""
    spoken: dict[RequestKind, list[int]] = defaultdict(list)
    for request in state.requests.values():
        if request.item_id == item_id and request.status == RequestStatus.DONE and request.started_at:
            spoken[request.kind].append(request.spoken_seconds)
    return {kind: sum(s) / len(s) for kind, s in spoken.items() if len(s) >= OBSERVED_FROM}


def spoken_on_item(state: MeetingState, item_id: str, now: datetime) -> int:
    """Seconds spoken on the item so far: the finished speakers and the one on the floor (and the
    one an interposed question interrupted)."""
    done = sum(r.spoken_seconds for r in state.requests.values() if r.item_id == item_id)
    floor = state.floor
    if floor is not None and floor.item_id == item_id:
        done += round(speaking_clock.elapsed(floor, now) + floor.interrupted_spoken)
    return done


def forecast(state: MeetingState, item_id: str, now: datetime) -> ListForecast:
    """The forecast of an item's waiting list at *now* (see the module's docstring for the rule).

    The first call comes when the one on the floor reaches their limit (at once when overrun, or
    when nobody speaks on this item); a list not yet running starts at the item's start.
    """
    item = state.items[item_id]
    floor = state.floor
    on_floor = floor is not None and floor.item_id == item_id
    running = on_floor or item.status == ItemStatus.LIVE  # the list runs now, even before its start
    begin = now if running else max(now, item.start)
    floor_seconds = round(max(0.0, speaking_clock.remaining(floor, now))) if on_floor else 0
    if on_floor and floor.interrupted_id:  # the speaker an interposed question interrupted, to go on
        floor_seconds += round(max(0.0, floor.interrupted_limit - floor.interrupted_spoken))
    at = begin + timedelta(seconds=floor_seconds)
    observed = observed_seconds(state, item_id)
    calls: dict[str, datetime] = {}
    fitting = 0
    for request in state.queue(item_id):
        calls[request.id] = at
        seconds = observed.get(request.kind)
        if seconds is None:
            seconds = expected_seconds(item, request, state.participants.get(request.participant_id))
        at += timedelta(seconds=seconds)
        fitting += at <= item.end
    return ListForecast(
        now=now,
        calls=calls,
        ends_at=at,
        needs_seconds=round((at - begin).total_seconds()),
        planned_end=item.end,
        left_seconds=max(0, round((item.end - begin).total_seconds())),
        spoken_seconds=spoken_on_item(state, item_id, now),
        fitting=fitting,
        floor_seconds=floor_seconds,
    )
