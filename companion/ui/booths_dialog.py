"""The secretariat's booths: per booth, the languages it works from and its retour, as checkboxes.

Saving sends one ``booths.set`` per booth changed; the server checks it (the rules are the
domain's). An interpreter's own languages are kept as they are (set them with ``import-booths``
or the participants list's ``works_from`` and ``retour`` columns).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.booths import Booth, booths_of

from .labels import LANGUAGE_NAMES, booth_name, tr


class BoothsDialog(QDialog):
    def __init__(self, state: MeetingState, send: Callable[[dict], None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Booths"))
        self._send = send
        self.booths = booths_of(state.meeting)
        self.languages = state.meeting.languages
        #: (booth, "passive" | "retour", language) -> its checkbox
        self.boxes: dict[tuple[str, str, str], QCheckBox] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What each booth works from directly, and its retour."), wordWrap=True))
        layout.addLayout(self._grid())
        layout.addWidget(buttons)

    def _grid(self) -> QGridLayout:
        """A row per booth: a box per language it may work from, then per language of retour."""
        grid, width = QGridLayout(), len(self.languages)
        grid.addWidget(QLabel(tr("Works from")), 0, 1, 1, width, Qt.AlignCenter)
        grid.addWidget(QLabel(tr("Retour into")), 0, 1 + width, 1, width, Qt.AlignCenter)
        for column, code in enumerate(self.languages * 2, start=1):
            grid.addWidget(QLabel(code.upper()), 1, column, Qt.AlignCenter)
        for row, booth in enumerate(self.booths, start=2):
            grid.addWidget(QLabel(booth_name(booth.language)), row, 0)
            for part, offset, chosen in (("passive", 1, booth.passive), ("retour", 1 + width, booth.retour)):
                for n, code in enumerate(self.languages):
                    box = QCheckBox(checked=code in chosen, enabled=code != booth.language)
                    box.setAccessibleName(self._box_name(booth.language, part, code))
                    self.boxes[(booth.language, part, code)] = box
                    grid.addWidget(box, row, offset + n, Qt.AlignCenter)
        return grid

    @staticmethod
    def _box_name(booth: str, part: str, code: str) -> str:
        if part == "passive":
            words = tr("{booth} works from {language}")
        else:
            words = tr("{booth} gives retour into {language}")
        return words.format(booth=booth_name(booth), language=LANGUAGE_NAMES.get(code, code))

    def edited(self) -> list[Booth]:
        """The booths as the boxes say, those that differ from the meeting's."""
        changed = []
        for booth in self.booths:
            picked = {
                part: tuple(c for c in self.languages if self.boxes[(booth.language, part, c)].isChecked())
                for part in ("passive", "retour")
            }
            edited = Booth(booth.language, picked["passive"], picked["retour"], booth.interpreters)
            if edited != booth:
                changed.append(edited)
        return changed

    def save(self) -> None:
        for booth in self.edited():
            self._send(build.booths_set(booth))
        self.accept()
