"""Refusals travel typed (a code and its fields) and read as a sentence in each of the six languages."""

import re
from pathlib import Path

import pytest

from companion.client.errors import Problem, Refused, ServerTrouble, SignedOut, Unreachable
from companion.domain.participant_roster import RowIssue
from companion.domain.refusals import Refusal
from companion.domain.vocabulary import LANGUAGES
from companion.ui import messages, roster_words, translations
from companion.ui import translation_tools as tools

CODE = Path(tools.CODE)


def raised_codes() -> set[str]:
    """Every refusal code the domain and the server can send."""
    source = "".join(p.read_text(encoding="utf-8") for layer in ("domain", "server") for p in (CODE / layer).rglob("*.py"))
    codes = set(re.findall(r'(?:Invalid|Forbidden|Conflict)\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'(?:ApiError|error_response)\(\s*\d+,\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'\d{3}: "([a-z_]+)"', source))  # the HTTP layer's status table
    codes |= set(re.findall(r'"code": "([a-z_]+)"', source))
    return codes


def test_every_code_the_server_sends_is_in_the_one_enum_of_refusals():
    codes = raised_codes()
    assert {"stale", "wrong_code", "not_found", "bad_participants", "internal"} <= codes  # the scan sees them
    assert codes - set(Refusal) == set()


def test_every_refusal_problem_and_row_issue_has_a_sentence():
    assert set(Refusal) - set(messages.REFUSALS) == set()
    assert set(Problem) - set(messages.PROBLEMS) == set()
    assert set(RowIssue) - set(roster_words.ISSUES) == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_is_translated_in_each_language_with_its_placeholders(language):
    entries = tools.read_ts(language)
    sentences = [*messages.REFUSALS.values(), *messages.PROBLEMS.values(), *roster_words.ISSUES.values()]
    for sentence in sentences:
        text, finished = entries[sentence]
        assert finished and text, (language, sentence)
        assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", sentence)), (language, text)


def test_the_client_raises_only_typed_errors_no_sentence_is_read_back():
    client = "".join(p.read_text(encoding="utf-8") for p in (CODE / "client").rglob("*.py"))
    ui = "".join(p.read_text(encoding="utf-8") for p in (CODE / "ui").rglob("*.py"))
    assert "re.compile" not in (CODE / "ui" / "messages.py").read_text(encoding="utf-8")
    assert "words(connection.reason)" not in ui and "words(c.reason)" not in ui
    assert "Problem." in client


@pytest.fixture
def in_language(qapp):
    def switch(language):
        translations.apply_language(language)

    yield switch
    translations.apply_language("en")


def test_a_refusal_reads_with_its_fields_in_the_interface_language(in_language):
    waiting = Refused(429, "too_many_attempts", "Too many wrong codes. Try again in 31 s.", seconds=31)
    assert messages.error_text(waiting) == "Too many wrong codes. Try again in 31 s."
    in_language("ru")
    assert messages.error_text(waiting) == "Слишком много неверных кодов. Повторите через 31 с."
    in_language("fr")
    assert "503" in messages.error_text(ServerTrouble("The server had a problem (error 503).", status=503))
    in_language("ar")
    assert messages.error_text(SignedOut("Your session has ended; sign in again.")) != "Your session has ended; sign in again."
    assert messages.error_text(Unreachable("x", Problem.TLS)) == tools.read_ts("ar")[messages.PROBLEMS[Problem.TLS]][0]


def test_a_code_newer_than_the_app_shows_the_servers_own_words():
    assert messages.error_text(Refused(422, "brand_new_rule", "A rule from the future.")) == "A rule from the future."


def test_a_refused_participants_line_reads_in_words(in_language):
    problem = {"line": 4, "issue": "unknown_role", "column": "role", "value": "president"}
    assert roster_words.problem_text(problem) == "Line 4: “president” is not a role (delegate, chair, interpreter, secretariat)"
    in_language("es")
    assert "president" in roster_words.problem_text(problem) and "4" in roster_words.problem_text(problem)
    assert roster_words.problem_text(problem) != "Line 4: “president” is not a role (delegate, chair, interpreter, secretariat)"
