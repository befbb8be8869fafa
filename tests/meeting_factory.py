"""Build domain states for tests from the bundled meeting, through real events."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from companion.domain import MeetingState, execute, record
from companion.domain.codec import from_plain, to_plain
from companion.domain.entities import Participant
from companion.domain.programme import programme_payload
from companion.paths import BUNDLED_MEETING, DEMO_PARTICIPANTS

T0 = datetime(2025, 10, 28, 11, 0, tzinfo=UTC)  # 12:00 in Geneva, day one


def demo_participants() -> list[Participant]:
    rows = json.loads(DEMO_PARTICIPANTS.read_text())["participants"]
    return [from_plain(Participant, {k: v for k, v in r.items() if k != "code"}) for r in rows]


class Meeting:
    """A state plus a clock: ``run`` issues a command as a participant, like the server would."""

    def __init__(self) -> None:
        self.now = T0
        self.events = []
        state, event = record(
            MeetingState(),
            "meeting.created",
            programme_payload(json.loads(BUNDLED_MEETING.read_text())),
            self.now,
        )
        self.events.append(event)
        for p in demo_participants():
            state, event = record(state, "participant.added", {"participant": to_plain(p)}, self.now)
            self.events.append(event)
        self.state = state

    def run(self, actor_id: str, **command):
        state, events = execute(self.state, command, self.state.participants[actor_id], self.now)
        self.state = state
        self.events.extend(events)
        return events

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def request(self, actor_id: str, item_id: str = "d1-floor-morning", **extra) -> str:
        extra.setdefault("language", "en")
        events = self.run(actor_id, type="floor.request", item_id=item_id, **extra)
        return events[-1].data["request"]["id"]

    def queue(self, item_id: str = "d1-floor-morning") -> list[str]:
        return [self.state.participants[r.participant_id].delegation for r in self.state.queue(item_id)]
