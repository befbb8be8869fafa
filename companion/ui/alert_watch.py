"""What is worth an alert between two states: a slow-down for the chair; for a delegate, their
request acknowledged with its place, declined with the reason, next, on the floor."""

from __future__ import annotations

from companion.domain import MeetingState
from companion.domain.entities import Participant
from companion.domain.estimates import place_in_queue
from companion.domain.turns import shows_place, turn
from companion.domain.vocabulary import MANAGERS, Attendance, RequestStatus, Role

from .labels import booth_name, item_title, number, tr
from .statement_news import RevisionWatch


class AlertWatch:
    """Remembers what the user was already told; ``news(state)`` gives what to tell them now."""

    def __init__(self, me: Participant) -> None:
        self.me = me
        self._slow_downs_seen: int | None = None
        self._turns: dict[str, int | None] = {}
        self._known: set[str] | None = None  # the user's requests seen so far (None: first state)
        self._revisions = RevisionWatch()  # interpreters: a statement replaced in place

    def news(self, state: MeetingState) -> list[str]:
        """The alerts this state brings, oldest first."""
        if self.me.role in MANAGERS:
            return self._slow_down(state)
        if self.me.role == Role.INTERPRETER:
            return self._revisions.news(state)
        return [*self._acknowledged(state), *self._declined(state), *self._turn(state)]

    def _slow_down(self, state: MeetingState) -> list[str]:
        count, seen = len(state.slow_downs), self._slow_downs_seen
        self._slow_downs_seen = count
        if seen is None or count <= seen:
            return []
        text = tr("Interpreters ({booth}) ask the speaker to SLOW DOWN")
        return [text.format(booth=booth_name(state.slow_downs[-1].booth))]

    def _acknowledged(self, state: MeetingState) -> list[str]:
        mine = {r.id for r in state.requests.values() if r.participant_id == self.me.id}
        previous, self._known = self._known, mine
        if previous is None:
            return []  # requests made in an earlier session were acknowledged then
        said = []
        for request_id in sorted(mine - previous, key=lambda i: state.requests[i].order):
            request = state.requests[request_id]
            item = state.items[request.item_id]
            place = place_in_queue(state, request_id)
            if place is not None and shows_place(item):
                text = tr("Your request on “{item}” is registered: place {n}.")
                said.append(text.format(item=item_title(item), n=number(place)))
            elif request.status == RequestStatus.WAITING:
                said.append(tr("Your request on “{item}” is registered.").format(item=item_title(item)))
        return said

    def _declined(self, state: MeetingState) -> list[str]:
        said = []
        for request_id in list(self._turns):
            request = state.requests.get(request_id)
            if request is None or request.status not in (RequestStatus.WAITING, RequestStatus.SPEAKING):
                del self._turns[request_id]  # settled: withdrawn, finished or declined
            if request is not None and request.status == RequestStatus.DECLINED:
                text = tr("The chair declined your request on “{item}”: {why}")
                why = request.decline_reason or tr("no reason given")
                said.append(text.format(item=item_title(state.items[request.item_id]), why=why))
        return said

    def _turn(self, state: MeetingState) -> list[str]:
        said = []
        for request in state.open_requests_of(self.me.id):
            now, before = turn(state, request), self._turns.get(request.id)
            if now != before and now in (0, 1):
                text = tr("You have the floor.") if now == 0 else tr("You are next.")
                if now == 1 and request.attendance == Attendance.REMOTE:
                    text += " " + tr("Get ready to unmute.")
                said.append(text)
            self._turns[request.id] = now
        return said
