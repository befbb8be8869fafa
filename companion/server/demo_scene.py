"""The demo meeting as a newcomer should find it: the first item of the day live, a few speakers waiting.

Applied once, when the bundled meeting is first loaded for ``serve --demo`` or the app's embedded
server. Brazil, the persona most newcomers try first, is left free to ask for the floor.
"""

from __future__ import annotations

from datetime import UTC, datetime

from companion.domain import MeetingState, execute

from .sse import dumps
from .storage import Storage

#: (persona id, command) in the order they happen; the secretariat moves the agenda.
SCENE = (
    ("secretariat", {"type": "agenda.set_status", "status": "live"}),
    ("secretariat", {"type": "list.open"}),
    ("del-ke", {"type": "floor.request", "language": "en", "minutes": 3}),
    ("obs-eu", {"type": "floor.request", "language": "fr", "minutes": 3}),
    ("del-jp", {"type": "floor.request", "language": "en", "kind": "question", "minutes": 2}),
)


def scene_events(state: MeetingState, now: datetime) -> list:
    """The events that bring the first item of the first day to life (pure, for any demo state)."""
    first = min(state.items.values(), key=lambda item: (item.start, item.id))
    events = []
    for persona, command in SCENE:
        state, made = execute(state, {**command, "item_id": first.id}, state.participants[persona], now)
        events += made
    return events


def liven(storage: Storage, meeting_id: str, state: MeetingState) -> None:
    """Append the scene to a freshly loaded demo meeting."""
    events = scene_events(state, datetime.now(UTC))
    storage.append(meeting_id, events[0].seq, [dumps(e.envelope()) for e in events])
