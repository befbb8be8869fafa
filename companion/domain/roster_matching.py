"""Which registered participant a row of a participants file is: by e-mail, else by name and
delegation, where namesakes with different e-mails are different people. Pure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .entities import Participant


class RosterRow(Protocol):
    """What matching needs of a row (participant_roster.RosterRow has it)."""

    name: str
    delegation: str
    email: str


def person_key(name: str, delegation: str) -> str:
    """Name and delegation as people type them: case and spacing do not matter."""
    return f"{' '.join(name.split()).casefold()}|{' '.join(delegation.split()).casefold()}"


#: find_match's answer when several registered namesakes could be the row (and it gives no e-mail).
AMBIGUOUS = object()


class PeopleIndex:
    """The registered participants by e-mail and by name and delegation, to match thousands of rows
    without comparing each with everyone (a list of 5,000 would take 25 million comparisons)."""

    def __init__(self, participants: Iterable[Participant]):
        self.by_email: dict[str, Participant] = {}
        self.by_name: dict[str, list[Participant]] = {}
        for p in participants:
            if p.email:
                self.by_email.setdefault(p.email.casefold(), p)
            self.by_name.setdefault(person_key(p.name, p.delegation), []).append(p)

    def match(self, email: str, name: str, delegation: str) -> Participant | object | None:
        """Same e-mail, else same name and delegation; namesakes with different e-mails are
        different people. None: nobody; AMBIGUOUS: several namesakes and no e-mail to tell them apart."""
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        namesakes = self.by_name.get(person_key(name, delegation), [])
        if email:  # a namesake with another e-mail is someone else; one with none may be this row
            namesakes = [p for p in namesakes if not p.email]
        if len(namesakes) > 1:
            return AMBIGUOUS
        return namesakes[0] if namesakes else None


def find_match(participants: Iterable[Participant], row: RosterRow) -> Participant | None:
    """The registered participant this row is: same e-mail, else same name and delegation (None if
    nobody, or several namesakes the row cannot tell apart)."""
    hit = PeopleIndex(participants).match(row.email, row.name, row.delegation)
    return None if hit is AMBIGUOUS else hit
