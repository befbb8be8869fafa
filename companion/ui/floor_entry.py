"""The chair adds a speaker from the floor (a flag raised in the room): delegation, kind, language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.speaker_queue import DEFAULT_MINUTES
from companion.domain.vocabulary import Attendance, RequestKind, Role

from .accessibility import describe
from .labels import LANGUAGE_NAMES, item_title, kind_name, tr
from .translations import current_language


def speakers_of(state: MeetingState) -> list:
    """Everyone who may take the floor, by delegation then name (interpreters and chairs excluded)."""
    people = [p for p in state.participants.values() if p.role == Role.DELEGATE]
    return sorted(people, key=lambda p: (p.delegation.casefold(), p.name.casefold()))


class FloorEntry(QDialog):
    """OK puts the chosen delegation on the list, in the room; Enter takes the defaults."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.who = QComboBox()
        self.who.setEditable(True)  # type the first letters of the delegation
        self.who.setInsertPolicy(QComboBox.NoInsert)
        for person in speakers_of(state):
            self.who.addItem(person.display_name, person.id)
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        describe(self.who, tr("Delegation"), tr("Who raised their flag; type to find them."))
        describe(self.kind, tr("Kind of request"), tr("A statement, a question, a point of order…"))
        describe(self.language, tr("Language"), tr("The language they will speak, for the interpreters."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Delegation"), self.who)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Language"), self.language)
        form.addRow(buttons)
        self.setWindowTitle(tr("Add a speaker from the floor") + f" — {item_title(state.items[item_id])}")

    def command(self) -> dict | None:
        """The request to send, or None when no delegation is chosen."""
        participant_id = self.who.currentData()
        if not participant_id:
            return None
        kind = RequestKind(self.kind.currentData())
        return build.floor_request(
            self.item_id,
            self.language.currentData(),
            kind,
            attendance=Attendance.ONSITE,  # a flag raised in the room
            minutes=DEFAULT_MINUTES[kind],
            participant_id=participant_id,
        )
