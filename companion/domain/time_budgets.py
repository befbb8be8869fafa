"""Budgets of speaking time per group and per delegation on an item (UN e-Speakers' group vs
individual limits; e.g. 5 minutes per group, 3 per State for a whole item, however many turns).

A budget is drawn on by what the group or delegation has spoken on the item (``time_spoken``: a
statement for a group counts for the group). It warns — the chair in the time panel, the speaker
on the banner — in its last fifth and once spent; it never stops a clock or refuses a request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .entities import FloorRequest
from .speaker_queue import speaker_key
from .speaking_clock import WARNING_FRACTION
from .state import MeetingState
from .time_spoken import time_spoken


@dataclass(frozen=True)
class BudgetUse:
    """What a group or a delegation has spoken of its budget on an item."""

    name: str
    is_group: bool
    spent: int
    budget: int

    @property
    def left(self) -> int:
        """Seconds left (negative: over)."""
        return self.budget - self.spent

    @property
    def phase(self) -> str:
        """``"ok"``, ``"warning"`` (its last fifth) or ``"over"``: as the speaking clock says it."""
        if self.spent > self.budget:
            return "over"
        return "warning" if self.spent >= self.budget * WARNING_FRACTION else "ok"


def budget_uses(state: MeetingState, item_id: str, now: datetime) -> list[BudgetUse]:
    """Every group and delegation that has spoken on the item under a budget, the most over first."""
    budgets = state.items[item_id].budgets
    spoken = time_spoken(state, item_id, now)
    uses = [BudgetUse(n, True, s, budgets.group) for n, s in spoken.by_group if budgets.group]
    if budgets.delegation:
        uses += [BudgetUse(n, False, s, budgets.delegation) for n, s in spoken.by_delegation]
    return sorted(uses, key=lambda u: (u.left, u.name))


def budget_of_request(state: MeetingState, request: FloorRequest, now: datetime) -> BudgetUse | None:
    """The budget a request draws on (its group's, else its delegation's), or None without one."""
    item = state.items.get(request.item_id)
    if item is None:
        return None
    if request.on_behalf_of:
        name, budget, is_group = request.on_behalf_of, item.budgets.group, True
    else:
        participant = state.participants.get(request.participant_id)
        name = speaker_key(participant, request.participant_id)
        budget, is_group = item.budgets.delegation, False
    if not budget:
        return None
    spoken = time_spoken(state, item.id, now)
    spent = dict(spoken.by_group if is_group else spoken.by_delegation).get(name, 0)
    return BudgetUse(name, is_group, spent, budget)
