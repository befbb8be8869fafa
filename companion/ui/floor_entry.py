"""The chair adds a speaker from the floor (a flag raised in the room): delegation, kind, language.

Opens empty: the chair types a few letters of the delegation (or of a person's name), the first
match is chosen, Enter puts it on the list. The search is the domain's (``floor_search``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.floor_search import FloorDirectory, FloorMatch
from companion.domain.speaker_queue import DEFAULT_MINUTES
from companion.domain.vocabulary import Attendance, RequestKind

from .accessibility import describe
from .labels import LANGUAGE_NAMES, isolate, item_title, kind_name, number, tr
from .translations import current_language

#: The directory of the last participant list seen (4,942 people are sorted once, not per dialog);
#: the reducer makes a new mapping when the list changes, so the same one means the same people.
_last: dict[str, object] = {"participants": None, "directory": None}


def directory_of(state: MeetingState) -> FloorDirectory:
    """The delegates of *state* by delegation, made again only when the participant list changed."""
    if _last["participants"] is not state.participants:
        _last["participants"], _last["directory"] = state.participants, FloorDirectory.of(state)
    return _last["directory"]


class FloorEntry(QDialog):
    """OK puts the chosen delegation's speaker on the list, in the room; Enter takes the first match."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str, typed: str = "") -> None:
        super().__init__(parent)
        self.item_id = item_id
        self._directory = directory_of(state)
        self._matches: list[FloorMatch] = []
        self.search = QLineEdit(placeholderText=tr("Type a delegation or a name"))
        self.found = QListWidget()
        self.speaker = QComboBox()
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        describe(self.search, tr("Find a delegation"), tr("Who raised their flag; type to find them."))
        describe(self.found, tr("Delegations found"), tr("Up and Down choose; Enter adds the one chosen."))
        describe(self.speaker, tr("Speaker"), tr("Who speaks for the delegation."))
        describe(self.kind, tr("Kind of request"), tr("A statement, a question, a point of order…"))
        describe(self.language, tr("Language"), tr("The language they will speak, for the interpreters."))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Delegation"), self.search)
        form.addRow(self.found)
        form.addRow(tr("Speaker"), self.speaker)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Language"), self.language)
        form.addRow(buttons)
        self.setWindowTitle(tr("Add a speaker from the floor") + f" — {item_title(state.items[item_id])}")
        self.search.textChanged.connect(self._find)
        self.found.currentRowChanged.connect(self._show_people)
        self.speaker.currentIndexChanged.connect(self._speaker_language)
        self.search.installEventFilter(self)
        self.search.setText(typed)
        self._find(typed)
        self.search.setFocus()

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the search line move in the list of delegations found."""
        arrow = event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down)
        if watched is self.search and arrow:
            step = -1 if event.key() == Qt.Key_Up else 1
            self.found.setCurrentRow(max(0, min(self.found.count() - 1, self.found.currentRow() + step)))
            return True
        return super().eventFilter(watched, event)

    def _find(self, text: str) -> None:
        self._matches = self._directory.search(text)
        self.found.clear()
        for match in self._matches:
            total = len(self._directory.people_of(match.delegation))
            shown = isolate(match.delegation)
            if match.by_name:
                shown += " — " + ", ".join(isolate(p.name) for p in match.people[:3])
            entry = QListWidgetItem(shown)
            entry.setToolTip(tr("{n} registered").format(n=number(total)))
            self.found.addItem(entry)
        self.found.setCurrentRow(0 if self._matches else -1)
        if not self._matches:
            self._show_people(-1)

    def _show_people(self, row: int) -> None:
        self.speaker.clear()
        if 0 <= row < len(self._matches):
            for person in self._matches[row].people:
                self.speaker.addItem(person.name, person.id)

    def _speaker_language(self) -> None:
        """The speaker's registered language, else the interface's."""
        match, chosen = self._current(), self.speaker.currentData()
        person = next((p for p in match.people if p.id == chosen), None) if match else None
        language = (person.language if person else "") or current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _current(self) -> FloorMatch | None:
        row = self.found.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def command(self) -> dict | None:
        """The request to send, or None when no delegation is chosen."""
        participant_id = self.speaker.currentData()
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


class InterposedEntry(FloorEntry):
    """Who asks an interposed question (found as a speaker from the floor is), in which language."""

    def __init__(self, parent: QWidget | None, state: MeetingState, item_id: str) -> None:
        super().__init__(parent, state, item_id)
        self.setWindowTitle(tr("Interposed question") + f" — {item_title(state.items[item_id])}")
        self.layout().setRowVisible(self.kind, False)  # always a question

    def command(self) -> dict | None:
        """The interposed question to send, or None when nobody is chosen."""
        participant_id = self.speaker.currentData()
        return build.floor_interpose(participant_id, self.language.currentData()) if participant_id else None
