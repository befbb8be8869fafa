"""What a booth prepares ahead of time: the items whose speakers it can see coming, the next N
speakers of one of them with estimated times, and which statement texts arrived or changed.

Pure: the clock is passed in, and what the booth has already seen is the caller's to keep.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .entities import AgendaItem, FloorRequest
from .estimates import estimated_calls
from .state import MeetingState
from .vocabulary import ItemStatus, ListState, RequestStatus

#: The most speakers the board lists at once ("the whole list" is capped here, for the screen's sake).
MAX_AHEAD = 500


@dataclass(frozen=True)
class Coming:
    """One row of the booth's list: the request, whether it has the floor, and when it is expected."""

    request: FloorRequest
    speaking: bool
    expected: datetime | None


class TextNews(StrEnum):
    NEW = "new"
    CHANGED = "changed"


def items_ahead(state: MeetingState) -> list[AgendaItem]:
    """The items a booth can prepare: the live one and every other not over with its list open or
    speakers waiting, in agenda order."""
    return [item for item in state.items.values() if not item.over and _has_speakers_ahead(state, item)]


def _has_speakers_ahead(state: MeetingState, item: AgendaItem) -> bool:
    live_or_open = item.status == ItemStatus.LIVE or item.list_state == ListState.OPEN
    return live_or_open or bool(state.queues.get(item.id))


def coming(state: MeetingState, item_id: str | None, count: int | None, now: datetime) -> list[Coming]:
    """Who speaks on the item: whoever has the floor on it, then the next *count* (None: all, up to
    MAX_AHEAD), each with its estimated call time (``estimates.estimated_calls``)."""
    if item_id is None or item_id not in state.items:
        return []
    rows = []
    current = state.current_speaker()
    if current is not None and current.item_id == item_id:
        rows.append(Coming(current, True, current.called_at))
    limit = MAX_AHEAD if count is None else max(0, min(count, MAX_AHEAD))
    waiting = state.queue(item_id)[:limit]
    expected = estimated_calls(state, item_id, now) if waiting else {}
    return rows + [Coming(r, False, expected.get(r.id)) for r in waiting]


def texts_of(state: MeetingState) -> dict[str, str]:
    """The texts of the requests still waiting or speaking that the viewer may read, by request id."""
    live = (RequestStatus.WAITING, RequestStatus.SPEAKING)
    return {rid: r.text for rid, r in state.requests.items() if r.text and r.status in live}


def text_news(seen: Mapping[str, str], now_texts: Mapping[str, str]) -> dict[str, TextNews]:
    """Which texts are new (never seen) or changed (seen with other words) since *seen*."""
    news = {}
    for rid, text in now_texts.items():
        before = seen.get(rid)
        if before is None:
            news[rid] = TextNews.NEW
        elif before != text:
            news[rid] = TextNews.CHANGED
    return news
