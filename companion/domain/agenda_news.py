"""What changed on the agenda since a person last looked: items added, moved, postponed, or
whose list of speakers opened. Kept as a small mark per item (its times, status and list), so
an app can remember what its user saw — across restarts — and say what is new until seen."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from .entities import AgendaItem
from .instants import to_iso
from .state import MeetingState
from .vocabulary import ItemStatus, ListState


class Change(StrEnum):
    ADDED = "added"
    MOVED = "moved"
    POSTPONED = "postponed"
    LIST_OPENED = "list_opened"


def mark(item: AgendaItem) -> list[str]:
    """What of an item a person is told about when it changes: start, end, status, list."""
    return [to_iso(item.start), to_iso(item.end), item.status.value, item.list_state.value]


def marks(state: MeetingState) -> dict[str, list[str]]:
    """The marks of every item: what "seen" means for the whole agenda."""
    return {item.id: mark(item) for item in state.items.values()}


def changes_since(seen: Mapping[str, Any], state: MeetingState) -> dict[str, tuple[Change, ...]]:
    """The items that changed since *seen* (``marks`` of an earlier state), with what changed.

    A mark that is not four strings (a settings file edited by hand) counts as never seen."""
    news: dict[str, tuple[Change, ...]] = {}
    for item in state.items.values():
        was = seen.get(item.id)
        if not _well_formed(was):
            news[item.id] = (Change.ADDED,)
            continue
        now, changes = mark(item), []
        if was[:2] != now[:2]:
            changes.append(Change.MOVED)
        if now[2] == ItemStatus.POSTPONED and was[2] != ItemStatus.POSTPONED:
            changes.append(Change.POSTPONED)
        if now[3] == ListState.OPEN and was[3] != ListState.OPEN:
            changes.append(Change.LIST_OPENED)
        if changes:
            news[item.id] = tuple(changes)
    return news


def _well_formed(was: Any) -> bool:
    return isinstance(was, list | tuple) and len(was) == 4 and all(isinstance(v, str) for v in was)
