"""An interpreter's own languages from the participants file (``works_from``, ``retour``): set in
their booth by the booths' one rule, every bad cell refused with its line, and a file without those
columns changing no booth."""

import itertools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import MeetingState
from companion.domain.booths import (
    Booth,
    InterpreterLanguages,
    as_worked_by,
    booth_named,
    booths_of,
    with_interpreter,
)
from companion.domain.entities import Meeting
from companion.domain.participant_roster import RowIssue, RowProblem, plan_roster, read_row
from companion.domain.relay_plan import route_of
from companion.domain.vocabulary import LANGUAGES
from companion.interchange.roster_csv import read_roster

MEETING = Meeting("m", "M", "", "Europe/Zurich", (), LANGUAGES)


def ids():
    counter = itertools.count(1)
    return lambda: f"p-{next(counter)}"


def plan_of(text: str, meeting: Meeting = MEETING):
    found = read_roster(text.encode("utf-8"))
    assert not found.problems
    return plan_roster(MeetingState(meeting=meeting), found.rows, ids())


def test_the_columns_under_their_header_variants_set_the_interpreters_entry_in_their_booth():
    plan = plan_of(
        "Full name;Role;Language;Passive languages;Langue de retour\n"
        "Zhou Min;interpreter;zh;RU | en;en\n"
        "Li Na;interpreter;zh;;\n"
        "Ana Souza;delegate;es;;\n"
    )
    assert not plan.problems
    assert [b.language for b in plan.booths] == ["zh"]
    zh = plan.booths[0]
    assert zh.interpreters == (InterpreterLanguages("Zhou Min", ("en", "ru"), ("en",)),)
    # The booth's own languages stay the meeting's (UN defaults here); only the entry is new.
    assert (zh.passive, zh.retour) == (booth_named(booths_of(MEETING), "zh").passive, ("en",))
    # The relay plan for that interpreter follows: Russian is direct for the Chinese booth while
    # Zhou Min is on, and relayed while a colleague working from English only is on.
    booths = tuple(zh if b.language == "zh" else b for b in booths_of(MEETING))
    on = tuple(as_worked_by(b, "Zhou Min") for b in booths)
    assert route_of(on, "ru", "zh").pivot is None
    assert route_of(booths, "ru", "zh").pivot is not None


def test_a_file_without_the_columns_changes_no_booth():
    plan = plan_of("name,role,language\nZhou Min,interpreter,zh\n")
    assert not plan.problems and plan.booths == []
    row = read_row(2, {"name": "Zhou Min", "role": "interpreter", "language": "zh"})
    assert row.own_languages is None


def test_every_bad_cell_is_refused_with_its_line_column_and_value():
    plan = plan_of(
        "name,role,language,works_from,retour\n"
        "Zhou Min,interpreter,zh,en|pt,\n"
        "Wang Fang,interpreter,zh,en,zh\n"
        "Ana Souza,delegate,es,en,\n"
        "Ali Hassan,secretariat,,,\n"
    )
    assert plan.problems == [
        RowProblem(2, RowIssue.UNKNOWN_LANGUAGE, "works_from", "pt"),
        RowProblem(3, RowIssue.OWN_LANGUAGE, "retour", "zh"),
        RowProblem(4, RowIssue.NOT_INTERPRETER, "works_from", "en"),
    ]
    assert plan.booths == [] and plan.added == []


def test_empty_cells_put_an_interpreter_back_to_the_booths_languages():
    zhou = InterpreterLanguages("Zhou Min", ("en", "ru"), ())
    meeting = replace(MEETING, booths=(Booth("zh", ("en",), ("en",), (zhou,)),))
    plan = plan_of("name,role,language,works_from\nZhou Min,interpreter,zh,\n", meeting)
    assert [b.interpreters for b in plan.booths if b.language == "zh"] == [()]


def test_more_interpreters_than_a_booth_lists_is_refused_as_the_booth_rule_says():
    lines = "".join(f"Interpreter {n},interpreter,ar,en\n" for n in range(13))
    plan = plan_of("name,role,language,works_from\n" + lines)
    assert plan.problems == [RowProblem(2, RowIssue.BAD_BOOTH, "works_from", "ar")]


codes = st.lists(st.sampled_from(LANGUAGES), max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), codes, codes, st.sampled_from(LANGUAGES))
def test_an_interpreters_languages_are_theirs_once_set_and_setting_them_again_changes_nothing(
    booth, passive, retour, earlier
):
    passive = tuple(c for c in LANGUAGES if c in passive and c != booth)
    retour = tuple(c for c in LANGUAGES if c in retour and c != booth)
    before = with_interpreter(booths_of(MEETING), LANGUAGES, InterpreterLanguages("Zhou", ("en",)), earlier)
    own = InterpreterLanguages("Zhou", passive, retour)
    after = with_interpreter(before, LANGUAGES, own, booth)
    assert with_interpreter(after, LANGUAGES, own, booth) == after
    worked = as_worked_by(booth_named(after, booth), "Zhou")
    plain = booth_named(booths_of(MEETING), booth)
    assert worked.passive == (passive or plain.passive) and worked.retour == (retour or plain.retour)
    # In one booth only, and every booth's own languages untouched.
    assert sum(any(i.name == "Zhou" for i in b.interpreters) for b in after) == (1 if passive or retour else 0)
    assert [(b.language, b.passive, b.retour) for b in after] == [
        (b.language, b.passive, b.retour) for b in booths_of(MEETING)
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30), st.sampled_from(["interpreter", "delegate", "chair"]))
def test_any_cells_give_a_row_or_problems_never_an_exception(works_from, retour, role):
    read_row(2, {"name": "A", "role": role, "language": "ar", "works_from": works_from, "retour": retour})
