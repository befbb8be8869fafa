"""Budgets per group and per delegation: set with agenda.update, drawn on by time spoken, warning
in their last fifth and once spent; never a refusal."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from meeting_factory import Meeting

from companion.domain import Invalid
from companion.domain.time_budgets import BudgetUse, budget_of_request, budget_uses

ITEM = "d1-floor-morning"


def speak(m, seconds):
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(seconds)


def test_budgets_are_set_per_item_and_drawn_on_by_the_group_or_the_delegation():
    m = Meeting()
    m.run("chair", type="agenda.update", item_id=ITEM, changes={"budgets": {"group": 300, "delegation": 180}})
    assert m.state.items[ITEM].budgets.group == 300
    egypt_for_africa = m.request("del-eg", on_behalf_of="African Group")
    kenya = m.request("del-ke")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    speak(m, 250)  # Egypt, for the African Group: 250 of 300 s (its last fifth)
    use = budget_of_request(m.state, m.state.requests[egypt_for_africa], m.now)
    assert (use.name, use.is_group, use.spent, use.left, use.phase) == ("African Group", True, 250, 50, "warning")
    m.run("chair", type="floor.finish")
    speak(m, 200)  # Kenya: 200 of 180 s
    use = budget_of_request(m.state, m.state.requests[kenya], m.now)
    assert (use.name, use.left, use.phase) == ("Kenya", -20, "over")
    assert [u.name for u in budget_uses(m.state, ITEM, m.now)] == ["Kenya", "African Group"]  # most over first
    m.run("chair", type="agenda.update", item_id=ITEM, changes={"budgets": {"delegation": 0}})
    assert budget_of_request(m.state, m.state.requests[kenya], m.now) is None  # lifted
    assert m.state.items[ITEM].budgets.group == 300  # the other one kept


@pytest.mark.parametrize("budgets", [{"group": 5}, {"delegation": 10 ** 6}, {"group": -60}])
def test_a_budget_out_of_range_is_refused(budgets):
    with pytest.raises(Invalid) as refused:
        Meeting().run("chair", type="agenda.update", item_id=ITEM, changes={"budgets": budgets})
    assert refused.value.code in ("out_of_range", "invalid_field")


@given(st.integers(0, 20_000), st.integers(60, 20_000))
def test_the_phase_follows_what_is_left(spent, budget):
    use = BudgetUse("X", False, spent, budget)
    assert use.left == budget - spent
    assert (use.phase == "over") == (spent > budget)
    assert (use.phase == "ok") == (spent < budget * 0.8)


def test_no_budget_no_warning():
    m = Meeting()
    kenya = m.request("del-ke")
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    speak(m, 500)
    assert budget_uses(m.state, ITEM, m.now + timedelta(seconds=1)) == []
    assert budget_of_request(m.state, m.state.requests[kenya], m.now) is None
