"""What importing a schedule changes in a meeting: items keyed by their guid, floor requests kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .codec import to_plain
from .entities import AgendaItem
from .state import MeetingState
from .vocabulary import ItemStatus

#: The fields a schedule file speaks for; the rest (lists of speakers, status, limits) stay the meeting's.
IMPORTED_FIELDS = (
    "day",
    "start",
    "end",
    "kind",
    "title",
    "description",
    "moderators",
    "speakers",
    "room",
    "formats",
    "languages",
    "public",
)


@dataclass
class ImportPlan:
    added: list[AgendaItem] = field(default_factory=list)
    changed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: Items gone from the file that people asked the floor on: postponed, not deleted.
    kept: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.cancelled or self.removed or self.kept)


def plan_import(
    state: MeetingState, items: list[AgendaItem], fields: tuple[str, ...] = IMPORTED_FIELDS
) -> ImportPlan:
    """Compare a schedule's items with the meeting's: what to add, change, cancel and remove.

    Only *fields* (those the file's format speaks for) are compared; the others keep their values.
    """
    plan = ImportPlan()
    incoming = {item.id: item for item in items}
    for item in items:
        old = state.items.get(item.id)
        if old is None:
            plan.added.append(item)
            continue
        changes = changed_fields(old, item, fields)
        if changes:
            plan.changed.append((item.id, changes))
        if item.status == ItemStatus.POSTPONED and old.status != ItemStatus.POSTPONED:
            plan.cancelled.append(item.id)
        if not changes and item.status == old.status:
            plan.unchanged += 1
    for item_id, old in state.items.items():
        if item_id in incoming:
            continue
        if any(r.item_id == item_id for r in state.requests.values()):
            if old.status not in (ItemStatus.POSTPONED, ItemStatus.DONE):  # a done item is history
                plan.kept.append(item_id)
        else:
            plan.removed.append(item_id)
    return plan


def changed_fields(old: AgendaItem, new: AgendaItem, fields: tuple[str, ...]) -> dict[str, Any]:
    """Of *fields*, those whose values differ, as plain data."""
    before, after = to_plain(old), to_plain(new)
    return {name: after[name] for name in fields if before[name] != after[name]}
