"""Who the chair may put on the list from the floor, found by what the chair types.

A flag raised in the room names a delegation, not a person: the search finds delegations first
(by any word of their name) and offers their people under them; a person's own name finds them
too, under their delegation. Case and accents are ignored.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .entities import Participant
from .state import MeetingState
from .vocabulary import Role

#: Delegations offered at most (the chair types more to narrow a list of 190).
MAX_DELEGATIONS = 50


@dataclass(frozen=True)
class FloorMatch:
    """A delegation found, with the people offered under it (the first is its default speaker:
    the first registered, usually the head of delegation on a mission's list)."""

    delegation: str
    people: tuple[Participant, ...]
    #: True when found by the names of these people, not by the delegation's.
    by_name: bool = False


def folded(text: str) -> str:
    """Text for matching: lower case, accents dropped ("Côte" finds "cote")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _starts_a_word(needle: str, text: str) -> bool:
    return text.startswith(needle) or f" {needle}" in text or f"-{needle}" in text


class FloorDirectory:
    """The meeting's delegates by delegation, built once per participant list, searched per keystroke."""

    def __init__(self, participants: Iterable[Participant]) -> None:
        people: dict[str, list[Participant]] = defaultdict(list)
        for p in participants:
            if p.role == Role.DELEGATE:
                people[p.delegation or p.name].append(p)
        self._delegations = sorted(
            ((name, tuple(ps)) for name, ps in people.items()),  # people in order of registration
            key=lambda entry: folded(entry[0]),
        )
        self._folded = [(folded(name), [folded(p.name) for p in ps]) for name, ps in self._delegations]
        self._people = dict(self._delegations)

    def people_of(self, delegation: str) -> tuple[Participant, ...]:
        """Everyone a delegation may put forward (empty for an unknown one)."""
        return self._people.get(delegation, ())

    @classmethod
    def of(cls, state: MeetingState) -> FloorDirectory:
        return cls(state.participants.values())

    def search(self, text: str) -> list[FloorMatch]:
        """Delegations whose name has a word starting with *text*, with all their people; then
        delegations where only people's names match, with those people. Empty text: every delegation."""
        needle = folded(text.strip())
        by_delegation, by_person = [], []
        for (name, people), (name_key, people_keys) in zip(self._delegations, self._folded, strict=True):
            if not needle or _starts_a_word(needle, name_key):
                by_delegation.append(FloorMatch(name, people))
            else:
                pairs = zip(people, people_keys, strict=True)
                found = tuple(p for p, key in pairs if _starts_a_word(needle, key))
                if found:
                    by_person.append(FloorMatch(name, found, by_name=True))
        return (by_delegation + by_person)[:MAX_DELEGATIONS]
