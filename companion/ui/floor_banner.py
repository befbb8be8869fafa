"""Who has the floor, and the speaking clock: visible to every role."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from companion.domain import MeetingState, speaking_clock
from companion.domain.entities import Participant
from companion.domain.speaking_cue import Cue, cue
from companion.domain.time_budgets import budget_of_request

from .accessibility import announce, scaled_font
from .forecast_words import budget_note
from .labels import LANGUAGE_NAMES, duration, item_title, person_name, sep, tr

PHASE_COLOURS = {"ok": "#1b5e20", "warning": "#b26a00", "overrun": "#b71c1c"}


class FloorBanner(QWidget):
    def __init__(self, me: Participant | None, parent=None) -> None:
        super().__init__(parent)
        self.me = me
        self.speaker = QLabel(tr("Nobody has the floor."))
        self.speaker.setAccessibleName(tr("Current speaker"))
        self.clock = QLabel("")
        scaled_font(self.clock, 2.2)
        self._phase = None
        self.clock.setAccessibleName(tr("Speaking clock"))
        self.clock.setAlignment(Qt.AlignCenter)
        self.clock.setMinimumWidth(140)
        self.cue = QLabel("")
        self.cue.setAccessibleName(tr("Speaking time cue"))
        scaled_font(self.cue, 1.2)
        self._cue = Cue.NONE
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speaker, 1)
        layout.addWidget(self.cue)
        layout.addWidget(self.clock)
        self._state: MeetingState | None = None

    def set_state(self, state: MeetingState) -> None:
        self._state = state
        self.refresh()

    def refresh(self) -> None:
        """Called on every state change and every second, for the clock."""
        state = self._state
        current = state.current_speaker() if state else None
        if current is None:
            self.speaker.setText(tr("Nobody has the floor."))
            self.clock.setText("")
            self._show_cue(Cue.NONE)
            return
        name = person_name(state.participants.get(current.participant_id), current.participant_id)
        language = LANGUAGE_NAMES.get(current.language, current.language)
        mine = self.me is not None and current.participant_id == self.me.id
        text = tr("You have the floor") if mine else tr("Speaking: {name}").format(name=name)
        now = datetime.now(UTC)
        self.speaker.setText(
            f"<b>{text}</b>{sep()}{language}{sep()}{item_title(state.items[current.item_id])}"
            + budget_note(budget_of_request(state, current, now))
        )
        floor = state.floor
        phase = speaking_clock.phase(floor, now)
        left = speaking_clock.remaining(floor, now)
        paused = "" if floor.running_since else " ⏸"
        self.clock.setText(f"{duration(left)}{paused}")
        self.clock.setStyleSheet(
            f"color: white; padding: 4px 12px;background: {PHASE_COLOURS[phase]}; border-radius: 6px;"
        )
        self.clock.setAccessibleDescription(tr("{time} left").format(time=duration(left)))
        if phase != self._phase:  # near the limit, over it: said once, not every second
            self._phase = phase
            announce(self.clock)
        self._show_cue(cue(floor, now))

    def _show_cue(self, now: Cue) -> None:
        """30 s left, time up: words beside the clock, for the speaker and the chair alike."""
        words = {
            Cue.NONE: "",
            Cue.LAST_SECONDS: tr("30 s left: please conclude"),
            Cue.TIME_UP: tr("Time is up"),
        }
        self.cue.setText(words[now])
        colour = PHASE_COLOURS["overrun" if now == Cue.TIME_UP else "warning"]
        self.cue.setStyleSheet(f"color: {colour};" if now != Cue.NONE else "")
        if now != self._cue:
            self._cue = now
            if now != Cue.NONE:
                announce(self.cue)
