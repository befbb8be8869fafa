"""The agenda's "what changed since you last looked", remembered per person in the settings.

The baseline is the agenda as the person last saw it (``domain.agenda_news.marks``); an item
is marked while it differs from it, and seen once selected (or all at once). It is kept across
restarts, so what changed while the app was closed is marked when it opens.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from companion.domain import MeetingState
from companion.domain.agenda_news import Change, changes_since, mark, marks

from .labels import sep, tr, tr_noop

WORDS = {
    Change.ADDED: tr_noop("new"),
    Change.MOVED: tr_noop("time changed"),
    Change.POSTPONED: tr_noop("postponed"),
    Change.LIST_OPENED: tr_noop("list opened"),
}


def seen_key(participant_id: str) -> str:
    """The agenda as a person last saw it."""
    return f"agenda-seen/{participant_id}"


class AgendaNews:
    """Which items changed since seen, and the words for them."""

    def __init__(self, settings: QSettings, participant_id: str) -> None:
        self.settings, self.key = settings, seen_key(participant_id)
        self.seen: dict | None = _read(settings.value(self.key))
        self._state: MeetingState | None = None

    def news(self, state: MeetingState, looking_at: str | None = None) -> dict[str, str]:
        """{item id: what changed, in words} for *state*; the item *looking_at* counts as seen."""
        self._state = state
        if self.seen is None:  # the first time: everything as it is now counts as seen
            self.seen = marks(state)
            self._save()
        elif looking_at in state.items and self.seen.get(looking_at) != mark(state.items[looking_at]):
            self.seen[looking_at] = mark(state.items[looking_at])
            self._save()
        return {
            item_id: sep().join(tr(WORDS[c]) for c in changes)
            for item_id, changes in changes_since(self.seen, state).items()
        }

    def all_seen(self) -> dict[str, str]:
        """Everything counts as seen now (no news)."""
        if self._state is not None:
            self.seen = marks(self._state)
            self._save()
        return {}

    def _save(self) -> None:
        self.settings.setValue(self.key, json.dumps(self.seen, separators=(",", ":")))


def _read(value) -> dict | None:
    """The stored baseline, or None when there is none (or it is not one: started afresh)."""
    try:
        seen = json.loads(value) if isinstance(value, str) and value else None
    except ValueError:
        return None
    return seen if isinstance(seen, dict) else None
