"""The chair sets the item's budgets of speaking time: minutes per group, per delegation (0: none)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.limits import MAX_BUDGET_SECONDS

from .accessibility import describe
from .labels import item_title, tr


class BudgetDialog(QDialog):
    """Two numbers of minutes, the item's current budgets filled in; ``commands()`` gives what to send."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setWindowTitle(tr("Budgets of speaking time"))
        budgets = state.items[item_id].budgets
        self.group = self._minutes(budgets.group)
        self.delegation = self._minutes(budgets.delegation)
        per_group = tr("All the statements made for one group; 0: no budget.")
        per_delegation = tr("All the statements of one delegation; 0: no budget.")
        describe(self.group, tr("Minutes per group"), per_group)
        describe(self.delegation, tr("Minutes per delegation"), per_delegation)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{item_title(state.items[item_id])}</b>"))
        form.addRow(QLabel(tr("The chair and the speaker are warned as a budget runs out; no clock stops.")))
        form.addRow(tr("Minutes per group"), self.group)
        form.addRow(tr("Minutes per delegation"), self.delegation)
        form.addRow(buttons)

    @staticmethod
    def _minutes(seconds: int) -> QSpinBox:
        box = QSpinBox(minimum=0, maximum=MAX_BUDGET_SECONDS // 60)
        box.setSpecialValueText(tr("none"))
        box.setValue(seconds // 60)
        return box

    def commands(self) -> list[dict]:
        return [build.agenda_budgets(self.item_id, self.group.value() * 60, self.delegation.value() * 60)]
