"""The chair's time panel: the item's time spoken, its waiting list against the slot, who spoke most.

Fed with the state by the console and ticking on its own (the forecast moves with the clock even
when no event comes); the figures are the domain's (``list_forecast``, ``time_spoken``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from companion.domain import MeetingState
from companion.domain.list_forecast import ListForecast, forecast
from companion.domain.time_budgets import budget_uses
from companion.domain.time_spoken import time_spoken

from .accessibility import readable_colour
from .forecast_words import budget_line, forecast_lines, spoken_line
from .labels import tr

#: How often the panel looks at the clock again (the words change by the minute).
TICK_MS = 10_000
#: A burst of events (100 changes a minute, 200 reorders in 20 s) is one forecast, not one each.
SETTLE_MS = 500


class TimePanel(QLabel):
    """Two or three lines: the forecast against the slot (red when it does not fit), then who spoke most."""

    def __init__(self, parent=None, clock=lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Time"))
        self._clock = clock
        self._state: MeetingState | None = None
        self._item_id: str | None = None
        self.forecast: ListForecast | None = None
        self._tick = QTimer(self, interval=TICK_MS, timeout=self.refresh)
        self._tick.start()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.refresh)

    def show_item(self, state: MeetingState, item_id: str) -> None:
        """Show *item_id* of *state*: at once for another item, else once the burst of events settles."""
        another = item_id != self._item_id or self._state is None
        self._state, self._item_id = state, item_id
        if another:
            self.refresh()
        elif not self._settle.isActive():
            self._settle.start()

    def refresh(self) -> None:
        state, item_id = self._state, self._item_id
        if state is None or item_id not in state.items:
            return
        now = self._clock()
        f = self.forecast = forecast(state, item_id, now)
        lines = forecast_lines(f, state.meeting.time_zone)
        if not f.fits:
            colour = readable_colour(self, "#b71c1c", "#ef9a9a")
            lines[1] = f'<span style="color:{colour}">{lines[1]}</span>'
        spoken = spoken_line(time_spoken(state, item_id, now))
        uses = budget_uses(state, item_id, now)
        budgets = budget_line(state.items[item_id].budgets, uses)
        if any(u.phase == "over" for u in uses):
            budgets = f'<span style="color:{readable_colour(self, "#b71c1c", "#ef9a9a")}">{budgets}</span>'
        extra = [line for line in (spoken, budgets) if line]
        self.setText("<br>".join([f"<b>{lines[0]}</b>", *lines[1:], *extra]))
