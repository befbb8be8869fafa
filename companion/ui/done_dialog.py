"""Ending an item with people still waiting: carry them to another item, decline them, or keep them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.floor_housekeeping import carry_targets
from companion.domain.vocabulary import ItemStatus

from .accessibility import describe
from .labels import item_title, number, tr

CARRY, DECLINE, KEEP = range(3)




class DoneDialog(QDialog):
    """Asks what becomes of the waiting requests; ``commands()`` gives what to send, in order."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str, waiting: int) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setWindowTitle(tr("Set the item done"))
        question = tr("{n} request(s) still wait on “{item}”. What happens to them?")
        self.choice = QButtonGroup(self)
        self.carry = QRadioButton(tr("Carry them to:"))
        self.decline = QRadioButton(tr("Decline them all, with this reason:"))
        self.keep = QRadioButton(tr("Keep them waiting on this item"))
        for n, button in enumerate((self.carry, self.decline, self.keep)):
            self.choice.addButton(button, n)
        self.target = QComboBox()
        for item in carry_targets(state, item_id):
            self.target.addItem(item_title(item), item.id)
        self.reason = QLineEdit(placeholderText=tr("Shown to each delegate"))
        describe(
            self.target, tr("Item to carry them to"), tr("The requests keep their order of request there.")
        )
        describe(self.reason, tr("Reason"), tr("Shown to each delegate whose request is declined."))
        (self.carry if self.target.count() else self.keep).setChecked(True)
        self.carry.setEnabled(self.target.count() > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(
            QLabel(question.format(n=number(waiting), item=item_title(state.items[item_id]))), 0, 0, 1, 2
        )
        grid.addWidget(self.carry, 1, 0)
        grid.addWidget(self.target, 1, 1)
        grid.addWidget(self.decline, 2, 0)
        grid.addWidget(self.reason, 2, 1)
        grid.addWidget(self.keep, 3, 0, 1, 2)
        grid.addWidget(buttons, 4, 0, 1, 2)

    def commands(self) -> list[dict]:
        """What to send: the requests' fate first, then the item set done."""
        done = build.agenda_status(self.item_id, ItemStatus.DONE)
        chosen = self.choice.checkedId()
        if chosen == CARRY:
            return [build.floor_carry(self.item_id, self.target.currentData()), done]
        if chosen == DECLINE:
            return [build.floor_decline_all(self.item_id, self.reason.text()), done]
        return [done]
