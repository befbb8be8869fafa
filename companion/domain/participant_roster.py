"""A list of participants from the secretariat, checked row by row and planned against the meeting.

Pure: the rows come in as text already split into columns (the CSV is read at the edge, in
companion/interchange/roster_csv.py); what comes out is a plan — who is new, who changes, who is
as before, which groups the meeting then declares — or every problem with its line and reason.
A row matches a registered participant by e-mail, else by name and delegation; a matched
participant keeps their id and their code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .codec import from_plain, to_plain
from .commands import Draft
from .entities import Participant
from .errors import Invalid
from .events import Event
from .groups import read_groups
from .limits import MAX_NAME_CHARS, check_name
from .reducer import _on
from .state import MeetingState
from .vocabulary import LANGUAGES, Attendance, DelegationKind, Role

#: The columns of a participants file, in the order the sample writes them.
ROSTER_COLUMNS = (
    "name",
    "role",
    "delegation",
    "delegation_kind",
    "attendance",
    "language",
    "gender",
    "groups",
    "email",
)
REQUIRED_COLUMNS = ("name", "role")
#: More than any meeting registers; a larger file is a mistake.
MAX_ROSTER_ROWS = 10_000
#: Unknown columns named in a refusal (the file is refused either way).
MAX_UNKNOWN_COLUMNS = 20
#: Several groups in one cell are separated by "|" (a comma or semicolon separates the columns).
GROUP_SEPARATOR = "|"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class RowIssue(StrEnum):
    """Why a row (or the file) is refused; the app words each one in the user's language."""

    NOT_UTF8 = "not_utf8"
    NO_HEADER = "no_header"
    MISSING_COLUMN = "missing_column"
    UNKNOWN_COLUMN = "unknown_column"
    DUPLICATE_COLUMN = "duplicate_column"
    UNNAMED_COLUMN = "unnamed_column"
    BAD_CSV = "bad_csv"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"
    WRONG_CELL_COUNT = "wrong_cell_count"
    MISSING_NAME = "missing_name"
    UNKNOWN_ROLE = "unknown_role"
    UNKNOWN_KIND = "unknown_delegation_kind"
    UNKNOWN_ATTENDANCE = "unknown_attendance"
    UNKNOWN_LANGUAGE = "unknown_language"
    BOOTH_NEEDED = "booth_needed"
    BAD_EMAIL = "bad_email"
    TOO_LONG = "too_long"
    DUPLICATE_ROW = "duplicate_row"
    INVALID_TEXT = "invalid_text"
    BAD_GROUPS = "bad_groups"


@dataclass(frozen=True)
class RowProblem:
    """One refused row: its line in the file, the reason, the column and the value at fault."""

    line: int
    issue: RowIssue
    column: str = ""
    value: str = ""


@dataclass(frozen=True)
class RosterRow:
    """A checked row: a participant as the file describes them (no id yet)."""

    line: int
    name: str
    role: Role
    delegation: str = ""
    delegation_kind: DelegationKind = DelegationKind.OTHER
    attendance: Attendance = Attendance.REMOTE
    language: str = ""
    gender: str | None = None
    groups: tuple[str, ...] = ()
    email: str = ""


@dataclass
class RosterPlan:
    """What importing a participants file does; ``problems`` non-empty means it does nothing."""

    added: list[Participant] = field(default_factory=list)
    updated: list[Participant] = field(default_factory=list)
    unchanged: list[Participant] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    #: The meeting's groups after the import (plain, for ``meeting.declare_groups``); None: as before.
    groups: list[dict] | None = None
    #: Line in the file of each added participant (to hand their code to the right person).
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    def drafts(self) -> list[Draft]:
        """The participant events of the plan (the groups go as their own command)."""
        added = [Draft("participant.added", {"participant": _plain(p)}) for p in self.added]
        return added + [Draft("participant.updated", {"participant": _plain(p)}) for p in self.updated]


def check_header(columns: Sequence[str]) -> list[RowProblem]:
    """Problems with the header line: a required column missing, or a column this app does not know."""
    known = [c for c in columns if c]
    problems = [RowProblem(1, RowIssue.MISSING_COLUMN, c) for c in REQUIRED_COLUMNS if c not in known]
    unknown = [RowProblem(1, RowIssue.UNKNOWN_COLUMN, c) for c in known if c not in ROSTER_COLUMNS]
    problems += unknown[:MAX_UNKNOWN_COLUMNS]  # a file that is no list of people needs no 500,000 lines
    # Which of two "name" columns is right cannot be guessed: the second would silently win.
    problems += [RowProblem(1, RowIssue.DUPLICATE_COLUMN, c) for c, n in Counter(known).items() if n > 1]
    return problems


def read_row(
    line: int, raw: Mapping[str, str], languages: Sequence[str] = LANGUAGES
) -> RosterRow | list[RowProblem]:
    """A row checked: the participant it describes, or every problem it has."""
    problems = _bad_text(line, raw)
    cells = {k: " ".join((v or "").split()) for k, v in raw.items()}
    problems += [
        RowProblem(line, RowIssue.TOO_LONG, k, v[:40]) for k, v in cells.items() if len(v) > MAX_NAME_CHARS
    ]
    name = cells.get("name", "")
    if not name:
        problems.append(RowProblem(line, RowIssue.MISSING_NAME, "name"))
    role = _choice(cells, "role", Role, None, RowIssue.UNKNOWN_ROLE, line, problems)
    kind = _choice(
        cells, "delegation_kind", DelegationKind, DelegationKind.OTHER, RowIssue.UNKNOWN_KIND, line, problems
    )
    attendance = _choice(
        cells, "attendance", Attendance, Attendance.REMOTE, RowIssue.UNKNOWN_ATTENDANCE, line, problems
    )
    language = cells.get("language", "").lower()
    if language and language not in languages:
        problems.append(RowProblem(line, RowIssue.UNKNOWN_LANGUAGE, "language", cells["language"]))
    if role == Role.INTERPRETER and not language:
        problems.append(RowProblem(line, RowIssue.BOOTH_NEEDED, "language"))
    email = cells.get("email", "")
    if email and not _EMAIL.fullmatch(email):
        problems.append(RowProblem(line, RowIssue.BAD_EMAIL, "email", email))
    if problems:
        return problems
    groups = tuple(
        dict.fromkeys(g.strip() for g in cells.get("groups", "").split(GROUP_SEPARATOR) if g.strip())
    )
    return RosterRow(
        line,
        name,
        role,
        cells.get("delegation", ""),
        kind,
        attendance,
        language,
        cells.get("gender") or None,
        groups,
        email,
    )


def _bad_text(line: int, raw: Mapping[str, str]) -> list[RowProblem]:
    """Cells holding a control character, a broken one or a text-direction control: the rule of names."""
    problems = []
    for column, value in raw.items():
        try:
            check_name(value or "", column)
        except Invalid:
            problems.append(RowProblem(line, RowIssue.INVALID_TEXT, column))
    return problems


def _choice(cells, column, enum, default, issue, line, problems):
    value = cells.get(column, "")
    if not value:
        if default is None:
            problems.append(RowProblem(line, issue, column))
        return default
    try:
        return enum(value.casefold().replace(" ", "_").replace("-", "_"))
    except ValueError:
        problems.append(RowProblem(line, issue, column, value))
        return default


def person_key(name: str, delegation: str) -> str:
    """Name and delegation as people type them: case and spacing do not matter."""
    return f"{' '.join(name.split()).casefold()}|{' '.join(delegation.split()).casefold()}"


def find_match(participants: Iterable[Participant], row: RosterRow) -> Participant | None:
    """The registered participant this row is: same e-mail, else same name and delegation."""
    participants = list(participants)
    if row.email:
        by_email = next(
            (p for p in participants if p.email and p.email.casefold() == row.email.casefold()), None
        )
        if by_email is not None:
            return by_email
    key = person_key(row.name, row.delegation)
    return next((p for p in participants if person_key(p.name, p.delegation) == key), None)


def plan_roster(
    state: MeetingState, raw_rows: Sequence[tuple[int, Mapping[str, str]]], new_id: Callable[[], str]
) -> RosterPlan:
    """Check every row, then match each to the meeting's participants; refused as a whole on any problem."""
    plan = RosterPlan()
    if not raw_rows:
        plan.problems.append(RowProblem(1, RowIssue.NO_ROWS))
    if len(raw_rows) > MAX_ROSTER_ROWS:
        plan.problems.append(
            RowProblem(raw_rows[MAX_ROSTER_ROWS][0], RowIssue.TOO_MANY_ROWS, "", str(MAX_ROSTER_ROWS))
        )
        return plan
    languages = state.meeting.languages if state.meeting else LANGUAGES
    rows = []
    for line, raw in raw_rows:
        checked = read_row(line, raw, languages)
        if isinstance(checked, list):
            plan.problems += checked
        else:
            rows.append(checked)
    plan.problems += _duplicates(rows)
    if plan.problems:
        return plan
    _match_all(plan, state, rows, new_id)
    if plan.problems:
        return RosterPlan(problems=plan.problems)  # refused as a whole: nothing planned
    plan.groups = planned_groups(_declared(state), rows)
    problem = _groups_problem(plan.groups, rows)
    return RosterPlan(problems=[problem]) if problem else plan


def _groups_problem(groups: list[dict] | None, rows: list[RosterRow]) -> RowProblem | None:
    """The groups the file would declare, checked by the rule of ``meeting.declare_groups`` (so a dry
    run says so too); refused on the first row that names a group, with the rule's code."""
    if groups is None:
        return None
    try:
        read_groups(groups)
    except Invalid as exc:
        line = next((row.line for row in rows if row.groups), 1)
        return RowProblem(line, RowIssue.BAD_GROUPS, "groups", exc.code)
    return None


def _duplicates(rows: list[RosterRow]) -> list[RowProblem]:
    """The same person twice in one file: which of the two rows is right cannot be guessed."""
    seen: dict[str, int] = {}
    problems = []
    for row in rows:
        keys = [f"@{row.email.casefold()}"] if row.email else []
        keys.append(person_key(row.name, row.delegation))
        first = next((seen[k] for k in keys if k in seen), None)
        if first is not None:
            problems.append(RowProblem(row.line, RowIssue.DUPLICATE_ROW, "", str(first)))
        for key in keys:
            seen.setdefault(key, row.line)
    return problems


def _match_all(
    plan: RosterPlan, state: MeetingState, rows: list[RosterRow], new_id: Callable[[], str]
) -> None:
    matched: dict[str, int] = {}
    for row in rows:
        old = find_match(state.participants.values(), row)
        if old is None:
            participant = _participant(new_id(), row)
            plan.added.append(participant)
            plan.lines[participant.id] = row.line
            continue
        if old.id in matched:  # two rows are one registered person (by e-mail, by name): which is right?
            plan.problems.append(RowProblem(row.line, RowIssue.DUPLICATE_ROW, "", str(matched[old.id])))
            continue
        matched[old.id] = row.line
        new = _participant(old.id, row, keep=old)
        (plan.unchanged if new == old else plan.updated).append(new)


def _participant(participant_id: str, row: RosterRow, keep: Participant | None = None) -> Participant:
    interpreter = row.role == Role.INTERPRETER
    return Participant(
        id=participant_id,
        name=row.name,
        role=row.role,
        delegation=row.delegation,
        delegation_kind=row.delegation_kind,
        attendance=row.attendance,
        gender=row.gender,
        booth=row.language if interpreter else None,
        email=row.email or (keep.email if keep else ""),
        language="" if interpreter else row.language,
    )


def _declared(state: MeetingState) -> list[dict]:
    groups = state.meeting.groups if state.meeting else ()
    return [{"name": g.name, "members": list(g.members), "coordinator": g.coordinator} for g in groups]


def planned_groups(declared: list[dict], rows: Iterable[RosterRow]) -> list[dict] | None:
    """The declared groups with each row's delegation added to the groups it names; None if unchanged.

    Groups the file names that the meeting does not know yet are declared; no member is removed
    (a file may list only the newcomers).
    """
    groups = {g["name"].casefold(): {**g, "members": list(g["members"])} for g in declared}
    for row in rows:
        for name in row.groups:
            group = groups.setdefault(name.casefold(), {"name": name, "members": [], "coordinator": ""})
            member = row.delegation or row.name
            if member not in group["members"]:
                group["members"].append(member)
    after = list(groups.values())
    return None if after == declared else after


def _plain(participant: Participant) -> dict:
    return to_plain(participant)


@_on("participant.updated")
def _participant_updated(state: MeetingState, e: Event) -> MeetingState:
    p = from_plain(Participant, e.data["participant"])
    return replace(state, participants={**state.participants, p.id: p})
