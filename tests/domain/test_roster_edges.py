"""The participants list at its edges, as the secretariat's import dialog receives the answer: every
problem whole (line, reason, column, value: the server sends all four), the limits themselves
accepted, and every duplicate reported, not only the first."""

import itertools

from companion.domain import MeetingState
from companion.domain.entities import Meeting, Participant
from companion.domain.participant_roster import MAX_ROSTER_ROWS, RowIssue, RowProblem, plan_roster
from companion.domain.vocabulary import LANGUAGES, Role

MEETING = Meeting("m", "M", "", "Europe/Zurich", (), LANGUAGES)


def _ids():
    counter = itertools.count(1)
    return lambda: f"p-{next(counter)}"


def _state(*people):
    return MeetingState(meeting=MEETING, participants={p.id: p for p in people})


def _rows(*dicts):
    return [(n + 2, d) for n, d in enumerate(dicts)]


def test_a_cell_of_exactly_200_characters_is_accepted_after_its_spaces_are_tidied():
    name = "N" * 200
    plan = plan_roster(_state(), _rows({"name": f"  {name} ", "role": "delegate"}), _ids())
    assert plan.problems == [] and [p.name for p in plan.added] == [name]


def test_a_row_without_a_delegation_or_name_column_is_read_as_empty():
    plan = plan_roster(_state(), _rows({"name": "Ana Souza", "role": "delegate"}), _ids())
    assert [(p.name, p.delegation, p.email) for p in plan.added] == [("Ana Souza", "", "")]
    nameless = plan_roster(_state(), _rows({"role": "delegate", "delegation": "Brazil"}), _ids())
    assert nameless.problems == [RowProblem(2, RowIssue.MISSING_NAME, "name", "")]


def test_a_file_of_exactly_the_row_limit_is_read_row_by_row():
    # rows without a name: each is refused on its own, cheaply, and none for the number of rows
    plan = plan_roster(
        _state(), [(n + 2, {"name": "", "role": "delegate"}) for n in range(MAX_ROSTER_ROWS)], _ids()
    )
    assert len(plan.problems) == MAX_ROSTER_ROWS
    assert {p.issue for p in plan.problems} == {RowIssue.MISSING_NAME}


def test_too_many_rows_is_one_problem_on_the_first_line_over_with_no_column():
    person = {"name": "A", "role": "delegate"}
    over = plan_roster(_state(), [(n + 2, person) for n in range(MAX_ROSTER_ROWS + 1)], _ids())
    assert over.problems == [RowProblem(MAX_ROSTER_ROWS + 2, RowIssue.TOO_MANY_ROWS, "", "10000")]


def test_every_person_twice_in_a_file_is_reported_with_no_column_and_the_first_line():
    plan = plan_roster(
        _state(),
        _rows(
            {"name": "Ana", "role": "delegate", "delegation": "Brazil"},
            {"name": "Ana", "role": "delegate", "delegation": "Brazil"},
            {"name": "Omar", "role": "delegate", "delegation": "Egypt", "email": "o@example.org"},
            {"name": "Omar Farouk", "role": "delegate", "delegation": "Egypt", "email": "O@example.org"},
        ),
        _ids(),
    )
    assert plan.problems == [
        RowProblem(3, RowIssue.DUPLICATE_ROW, "", "2"),
        RowProblem(5, RowIssue.DUPLICATE_ROW, "", "4"),
    ]


def test_every_registered_person_matched_twice_is_reported_not_only_the_first():
    ana = Participant("p-ana", "Ana Souza", Role.DELEGATE, "Brazil", email="ana@example.org")
    omar = Participant("p-eg", "Omar Farouk", Role.DELEGATE, "Egypt", email="omar@example.org")
    plan = plan_roster(
        _state(ana, omar),
        _rows(
            {"name": "Someone Else", "role": "delegate", "delegation": "Peru", "email": "ana@example.org"},
            {"name": "Ana Souza", "role": "delegate", "delegation": "Brazil"},
            {"name": "Amina Diallo", "role": "delegate", "delegation": "Senegal"},
            {"name": "O. Farouk", "role": "delegate", "delegation": "Egypt", "email": "omar@example.org"},
            {"name": "Omar Farouk", "role": "delegate", "delegation": "Egypt"},
        ),
        _ids(),
    )
    assert plan.problems == [
        RowProblem(3, RowIssue.DUPLICATE_ROW, "", "2"),
        RowProblem(6, RowIssue.DUPLICATE_ROW, "", "5"),
    ]
    assert (plan.added, plan.updated, plan.unchanged) == ([], [], [])
