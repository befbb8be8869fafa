"""Who holds which event streams: caps per token and per address, and closing a session's streams."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from .http_errors import ApiError
from .room import Subscriber


@dataclass(frozen=True)
class StreamOwner:
    """The sign-in and the client address a stream was opened with."""

    token_hash: str
    meeting_id: str
    participant_id: str
    address: str


class StreamRegistry:
    """Every open stream of this process, by token and by address.

    A token may hold ``per_token`` streams: a new one closes the oldest (an app that reconnects
    before the server noticed the old connection died is not refused). An address may hold
    ``per_address`` (a delegation behind one NAT must still fit); beyond it a new stream is refused
    with 429. 0 means no cap.
    """

    def __init__(self, per_token: int = 5, per_address: int = 1000, clock=time.time) -> None:
        self.per_token, self.per_address = per_token, per_address
        self._owners: dict[Subscriber, StreamOwner] = {}
        self._by_token: dict[str, list[Subscriber]] = {}
        self._by_address: Counter[str] = Counter()
        # Presence (what the chair sees before calling a remote speaker): open streams per person,
        # and when each person's last stream ended.
        self._clock = clock
        self._by_person: Counter[tuple[str, str]] = Counter()
        self._left: dict[tuple[str, str], float] = {}

    def __len__(self) -> int:
        return len(self._owners)

    def open(self, sub: Subscriber, owner: StreamOwner) -> None:
        """Count a new stream; raises 429 ``too_many_streams`` when its address is at the cap."""
        if self.per_address and self._by_address[owner.address] >= self.per_address:
            raise ApiError(
                429,
                "too_many_streams",
                f"This address already holds {self.per_address} event streams.",
                {"Retry-After": "30"},
            )
        held = self._by_token.setdefault(owner.token_hash, [])
        while self.per_token and len(held) >= self.per_token:
            self._end(held[0])
        held.append(sub)
        self._owners[sub] = owner
        self._by_address[owner.address] += 1
        self._by_person[(owner.meeting_id, owner.participant_id)] += 1

    def release(self, sub: Subscriber) -> None:
        """Forget a stream that ended (idempotent)."""
        owner = self._owners.pop(sub, None)
        if owner is None:
            return
        held = self._by_token.get(owner.token_hash, [])
        if sub in held:
            held.remove(sub)
        if not held:
            self._by_token.pop(owner.token_hash, None)
        self._by_address[owner.address] -= 1
        if self._by_address[owner.address] <= 0:
            del self._by_address[owner.address]
        person = (owner.meeting_id, owner.participant_id)
        self._by_person[person] -= 1
        if self._by_person[person] <= 0:
            del self._by_person[person]
            self._left[person] = self._clock()

    def presence(self, meeting_id: str) -> tuple[set[str], dict[str, float]]:
        """(who holds a stream of the meeting now, when each other person's last stream ended)."""
        connected = {pid for (mid, pid) in self._by_person if mid == meeting_id}
        left = {pid: at for (mid, pid), at in self._left.items() if mid == meeting_id}
        left = {pid: at for pid, at in left.items() if pid not in connected}
        return connected, left

    def close_token(self, token_hash: str) -> int:
        """Close every stream of a token (signed out, expired, revoked); returns how many."""
        held = list(self._by_token.get(token_hash, ()))
        for sub in held:
            self._end(sub)
        return len(held)

    def close_participant(self, meeting_id: str, participant_id: str) -> int:
        """Close every stream of a participant, whatever token opened it."""
        whose = (meeting_id, participant_id)
        subs = [s for s, o in self._owners.items() if (o.meeting_id, o.participant_id) == whose]
        for sub in subs:
            self._end(sub)
        return len(subs)

    def close_all(self) -> int:
        """End every stream once it has written what is queued (the server is shutting down);
        returns how many."""
        subs = list(self._owners)
        for sub in subs:
            self.release(sub)
            sub.close()
        return len(subs)

    def tokens(self) -> list[str]:
        """The tokens holding open streams."""
        return list(self._by_token)

    def _end(self, sub: Subscriber) -> None:
        self.release(sub)
        sub.frames.clear()  # nothing more for it: its session is over or superseded
        sub.close()
