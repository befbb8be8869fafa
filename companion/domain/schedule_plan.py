"""What importing a schedule changes in a meeting: items keyed by their guid, floor requests kept.

One pass: ``prepare_import`` checks the items once and plans once; the result is both the report
(``plan``) and the command the server applies — exactly what was reported, or nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .codec import to_plain
from .drafts import Draft
from .entities import AgendaItem
from .errors import Conflict, Invalid
from .limits import check_item
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

#: More items than any real meeting has; a bigger import is a mistake or an attack.
MAX_IMPORTED_ITEMS = 5_000


@dataclass
class ImportPlan:
    """What an import adds, changes, cancels, removes and keeps (postponed), by item id."""

    added: list[AgendaItem] = field(default_factory=list)
    changed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: Items gone from the file that people asked the floor on: postponed, not deleted.
    kept: list[str] = field(default_factory=list)
    #: The items the import leaves as they are: in the file and the same, or gone from the file but
    #: already postponed or done. Every item of the file and of the meeting is counted once among
    #: added, changed or cancelled, unchanged, kept and removed (``accounted``).
    unchanged: int = 0

    @property
    def accounted(self) -> int:
        """How many items the plan speaks for: the file's and the meeting's, each once."""
        touched = {i for i, _ in self.changed} | set(self.cancelled)
        return len(self.added) + len(touched) + self.unchanged + len(self.kept) + len(self.removed)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.cancelled or self.removed or self.kept)

    def digest(self) -> str:
        """Identifies what the plan does: a preview and the import that follows compare it."""
        digest = hashlib.sha256()
        for item in self.added:
            digest.update(repr(item).encode())
        rest = [self.changed, self.cancelled, self.removed, self.kept]
        digest.update(json.dumps(rest, sort_keys=True, default=str).encode())
        return digest.hexdigest()[:32]

    def drafts(self) -> list[Draft]:
        """The events that carry the plan out, in the order the report lists them."""
        drafts = [Draft("agenda.item_added", {"item": to_plain(i)}, decoded=i) for i in self.added]
        drafts += [Draft("agenda.updated", {"item_id": i, "changes": c}) for i, c in self.changed]
        postponed = ItemStatus.POSTPONED.value
        drafts += [Draft("agenda.status_set", {"item_id": i, "status": postponed}) for i in self.cancelled]
        drafts += [Draft("agenda.status_set", {"item_id": i, "status": postponed}) for i in self.kept]
        drafts += [Draft("agenda.item_removed", {"item_id": i}) for i in self.removed]
        return drafts


@dataclass(frozen=True)
class AgendaImport:
    """The ``agenda.import`` command, prepared: checked items and the plan made on state ``based_on``."""

    type: ClassVar[str] = "agenda.import"

    items: tuple[AgendaItem, ...]
    fields: tuple[str, ...]
    plan: ImportPlan
    based_on: int

    def drafts(self, state: MeetingState) -> list[Draft]:
        """The plan's events; refused if the meeting moved since the plan (it would differ)."""
        if state.seq != self.based_on:
            moved = f"now at {state.seq}, planned at {self.based_on}"
            raise Conflict("stale", f"The meeting has moved on since the import was planned ({moved}).")
        return self.plan.drafts()

    def wire(self) -> dict[str, Any]:
        """The command as JSON-ready data (what an app sends to ``…/commands``)."""
        return {"type": self.type, "items": [to_plain(i) for i in self.items], "fields": list(self.fields)}

    def fingerprint(self) -> str:
        """Identifies the command's content, for idempotency keys: same items and fields, same print."""
        digest = hashlib.sha256(json.dumps(self.fields).encode())
        for item in self.items:
            digest.update(repr(item).encode())
        return digest.hexdigest()


def prepare_import(
    state: MeetingState, items: list[AgendaItem], fields: tuple[str, ...] = IMPORTED_FIELDS
) -> AgendaImport:
    """Check *items* against the meeting and plan them: the report and the command in one.

    Raises Invalid naming the first bad item.
    """
    check_items(state, items)
    return AgendaImport(tuple(items), tuple(fields), plan_import(state, items, fields), state.seq)


def check_items(state: MeetingState, items: list[AgendaItem]) -> None:
    """The import rules: unique ids, ending after they start, within the limits, the meeting's languages."""
    if not items:
        raise Invalid("empty_schedule", "The schedule has no items; nothing was changed.")
    if len(items) > MAX_IMPORTED_ITEMS:
        raise Invalid("too_many", f"An import may hold at most {MAX_IMPORTED_ITEMS} items.")
    seen: set[str] = set()
    languages = set(state.meeting.languages)
    for n, item in enumerate(items, start=1):
        if item.id in seen:
            raise Invalid("duplicate_item", f"Item {n}: the id {item.id!r} appears twice.")
        if item.end <= item.start:
            raise Invalid("invalid_times", f"Item {n} ({item.id}) must end after it starts.")
        check_item(item, f"Item {n} ({item.id})")  # sizes and the years 1970–2100
        strange = set(item.languages) - languages
        if strange:
            raise Invalid("unknown_language", f"Item {n}: not a meeting language: {sorted(strange)}.")
        seen.add(item.id)


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
        cancelled = item.status == ItemStatus.POSTPONED and old.status != ItemStatus.POSTPONED
        if cancelled:
            plan.cancelled.append(item.id)
        if not changes and not cancelled:  # a live or done item the file lists as planned is left so
            plan.unchanged += 1
    plan.added.sort(key=lambda item: (item.start, item.id))  # the agenda's order: each one appended
    asked = {r.item_id for r in state.requests.values()}
    for item_id, old in state.items.items():
        if item_id in incoming:
            continue
        if item_id in asked:
            if old.status not in (ItemStatus.POSTPONED, ItemStatus.DONE):  # a done item is history
                plan.kept.append(item_id)
            else:  # already postponed, or done: left as it is, and counted so
                plan.unchanged += 1
        else:
            plan.removed.append(item_id)
    return plan


def outside_days(state: MeetingState, items: list[AgendaItem]) -> list[AgendaItem]:
    """The items whose programme day is not one of the meeting's days (a file of another year)."""
    days = set(state.meeting.days)
    return [item for item in items if item.day not in days]


def changed_fields(old: AgendaItem, new: AgendaItem, fields: tuple[str, ...]) -> dict[str, Any]:
    """Of *fields*, those whose values differ, as plain data."""
    if old == new:
        return {}
    before, after = to_plain(old), to_plain(new)
    return {name: after[name] for name in fields if before[name] != after[name]}
