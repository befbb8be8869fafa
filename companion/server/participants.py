"""Participants in bulk, straight into storage: import a list, reissue a code, list who is registered.

Used by the ``meeting-server`` commands and by the HTTP route (which then lets the room catch up).
Codes are made here, handed back once, and stored only as hashes, in the same transaction as the
events that register their owners.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from companion.domain import CommandRefused, MeetingState, execute, record
from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.participant_roster import (
    FileNote,
    RosterPlan,
    RosterRow,
    RowProblem,
    find_match,
    plan_roster,
)
from companion.domain.vocabulary import Role
from companion.interchange.roster_csv import read_roster

from . import console_words as words
from .console_words import said
from .credentials import hash_code, hash_codes, new_code
from .registry import RegistryError, load_state, pepper
from .schedule_import import CONSOLE
from .sse import dumps
from .storage import SeqTaken, Storage

ATTEMPTS = 5


@dataclass
class RosterResult:
    """The report of an import (JSON-ready) and the new codes, shown once and never stored in clear."""

    report: dict[str, Any]
    codes: list[dict[str, str]] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.report["problems"])


def import_participants(
    storage: Storage,
    meeting_id: str,
    data: bytes,
    *,
    dry_run: bool = False,
    actor: Participant = CONSOLE,
    code_pepper: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RosterResult:
    """Check a participants file and, unless *dry_run* or any row is refused, apply it as a whole.

    *code_pepper*: the running server's (the hub's); by default the one the storage's server uses.
    *progress(done, total)*: called as the new codes are hashed (the only slow part).
    """
    _known(storage, meeting_id)
    found = read_roster(data)
    if found.problems:
        plan = RosterPlan(problems=found.problems)
        return RosterResult(report(plan, dry_run=dry_run, applied=False, notes=found.notes))
    salt = code_pepper or pepper(storage)
    hashed: dict[str, str] = {}  # code -> hash: a plan made again after a race hashes nothing twice
    for _ in range(ATTEMPTS):  # the running server may append meanwhile: plan again on the newer state
        state = load_state(storage, meeting_id)
        plan = plan_roster(state, found.rows, _new_id)
        if plan.refused or dry_run:
            return RosterResult(report(plan, dry_run=dry_run, applied=False, notes=found.notes))
        codes = _codes_for(plan, hashed)
        fresh = [code for code in codes.values() if code not in hashed]
        hashed.update(zip(fresh, hash_codes(salt, meeting_id, fresh, progress), strict=True))
        try:
            _store(storage, meeting_id, state, plan, codes, hashed, actor)
        except SeqTaken:
            continue
        result = report(plan, dry_run=False, applied=True, notes=found.notes)
        return RosterResult(result, _code_rows(plan, codes))
    raise said(RegistryError, words.TOO_BUSY)


def _codes_for(plan: RosterPlan, hashed: dict[str, str]) -> dict[str, str]:
    """A new code for each newcomer, reusing those already hashed in an earlier attempt."""
    spare = iter(list(hashed))
    return {p.id: next(spare, None) or new_code() for p in plan.added}


def _store(
    storage, meeting_id, state, plan: RosterPlan, codes: dict[str, str], hashed: dict[str, str], actor
):
    now = datetime.now(UTC)
    events = []
    for draft in plan.drafts():
        state, event = record(state, draft.type, draft.data, now)
        events.append(event)
    if plan.groups is not None:
        try:
            state, declared = execute(
                state, {"type": "meeting.declare_groups", "groups": plan.groups}, actor, now
            )
        except CommandRefused as exc:
            raise RegistryError(f"the groups in the file were refused: {exc}") from exc
        events += declared
    for booth in plan.booths:  # the interpreters' own languages, by the rule of any booths.set
        try:
            state, changed = execute(state, build.booths_set(booth), actor, now)
        except CommandRefused as exc:
            if exc.code == "unchanged":
                continue  # the plan only lists changed booths; nothing to record if one is not
            raise RegistryError(f"the {booth.language} booth in the file was refused: {exc}") from exc
        events += changed
    if not events:
        return
    credentials = [(hashed[code], pid) for pid, code in codes.items()]
    envelopes = [dumps(e.envelope()) for e in events]
    storage.append(meeting_id, events[0].seq, envelopes, credentials=credentials)


def report(
    plan: RosterPlan, *, dry_run: bool, applied: bool, notes: list[FileNote] | None = None
) -> dict[str, Any]:
    """What the import does (or did, or would do), as JSON-ready data."""
    return {
        "notes": [{"line": n.line, "note": n.note.value, "value": n.value} for n in notes or ()],
        "dry_run": dry_run,
        "applied": applied,
        "added": [_person(p, plan.lines.get(p.id)) for p in plan.added],
        "updated": [_person(p) for p in plan.updated],
        "unchanged": len(plan.unchanged),
        "groups": [g["name"] for g in plan.groups] if plan.groups is not None else None,
        "booths": [b.language for b in plan.booths],
        "problems": [problem_plain(p) for p in plan.problems],
    }


def problem_plain(problem: RowProblem) -> dict[str, Any]:
    return {
        "line": problem.line,
        "issue": problem.issue.value,
        "column": problem.column,
        "value": problem.value,
    }


def _person(p: Participant, line: int | None = None) -> dict[str, Any]:
    person = {"id": p.id, "name": p.name, "role": p.role.value, "delegation": p.delegation, "email": p.email}
    return {**person, "line": line} if line is not None else person


def _code_rows(plan: RosterPlan, codes: dict[str, str]) -> list[dict[str, str]]:
    return [
        {
            "participant_id": p.id,
            "name": p.name,
            "delegation": p.delegation,
            "email": p.email,
            "code": codes[p.id],
        }
        for p in plan.added
    ]


def reissue_code(
    storage: Storage, meeting_id: str, who: str, code_pepper: bytes | None = None
) -> tuple[Participant, str]:
    """A new code for a participant (by id or e-mail); the old one stops working and so do their
    tokens (a code is reissued because it leaked: whoever used it must not stay signed in).
    Returns (who, code)."""
    _known(storage, meeting_id)
    state = load_state(storage, meeting_id)
    participant = find_participant(state, who)
    code = new_code()
    credential = (hash_code(code_pepper or pepper(storage), meeting_id, code), participant.id)
    storage.append(meeting_id, state.seq + 1, [], credentials=[credential])
    storage.delete_tokens_of(meeting_id, participant.id)
    return participant, code


def find_participant(state: MeetingState, who: str) -> Participant:
    """A participant by id, by e-mail, or by "Name, Delegation"; RegistryError if none or several."""
    if who in state.participants:
        return state.participants[who]
    wanted = who.strip().casefold()
    hits = [p for p in state.participants.values() if p.email and p.email.casefold() == wanted]
    if not hits:
        name, _, delegation = who.partition(",")
        hit = find_match(state.participants.values(), RosterRow(0, name, Role.DELEGATE, delegation.strip()))
        hits = [hit] if hit else []
    if len(hits) != 1:
        raise said(RegistryError, words.NOT_FOUND_PERSON, who=who)
    return hits[0]


def list_participants(storage: Storage, meeting_id: str) -> list[Participant]:
    """Everyone registered, by delegation then name."""
    _known(storage, meeting_id)
    state = load_state(storage, meeting_id)
    return sorted(state.participants.values(), key=lambda p: (p.delegation.casefold(), p.name.casefold()))


def _known(storage: Storage, meeting_id: str) -> None:
    if meeting_id not in storage.meeting_ids():
        raise said(RegistryError, words.NO_MEETING, meeting=meeting_id)


def _new_id() -> str:
    return f"p-{secrets.token_hex(4)}"
