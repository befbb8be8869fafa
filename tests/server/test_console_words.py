"""The CLI's failures in the app's words: a missing meeting, a missing file, a database that is not
one and a refused schedule each print one line from the app's catalogue, in English or
``--language``, naming what failed, with exit status 2 and no traceback."""

import subprocess
import sys

import pytest

from companion.interchange.roster_words import fill
from companion.server import console_words as words
from companion.server.catalogue import translator
from companion.server.cli import build_parser

LANGUAGES = ["en", "ru", "ar"]


def cli(*args):
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def said(language: str, sentence: str, **fields) -> str:
    """The line the CLI must print, and a check that the language really has its own words."""
    translated = translator(language)(sentence)
    assert (translated != sentence) == (language != "en"), f"{language} lacks {sentence!r}"
    return f"meeting-server: {fill(translated, fields)}\n"


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'meeting.db'}"
    done = cli("create-meeting", "--db", url, "--id", "conv-13", "--title", "Session",
               "--time-zone", "Europe/Zurich", "--start", "2026-04-14")
    assert done.returncode == 0, done.stderr
    return url


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_meeting_is_named_in_the_language_asked(db, language):
    for command in (["list-participants"], ["revoke-sessions", "--participant", "p-1"],
                    ["reissue-code", "--participant", "p-1"]):
        done = cli(*command, "--db", db, "--meeting", "conv-99", "--language", language)
        assert done.returncode == 2
        assert done.stderr == said(language, words.NO_MEETING, meeting="conv-99")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_file_is_named_in_the_language_asked(db, tmp_path, language):
    missing = tmp_path / "gone.csv"
    for command in ("import-participants", "import-schedule"):
        done = cli(command, "--db", db, "--meeting", "conv-13", str(missing), "--language", language)
        assert done.returncode == 2
        assert done.stderr == said(language, words.NO_FILE, path=missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_file_that_is_no_database_is_named_in_the_language_asked(tmp_path, language):
    junk = tmp_path / "notes.db"
    junk.write_text("minutes of the last session\n" * 100, encoding="utf-8")
    done = cli("list-participants", "--db", f"sqlite:///{junk}", "--meeting", "conv-13", "--language", language)
    assert done.returncode == 2
    assert done.stderr == said(language, words.DB_NOT_DATABASE, path=junk)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bad_database_url_and_a_refused_schedule_are_said_in_the_language_asked(tmp_path, language):
    done = cli("list-participants", "--db", "mysql://x", "--meeting", "m", "--language", language)
    assert done.returncode == 2 and done.stderr == said(language, words.DB_URL_UNKNOWN, url="mysql://x")
    agenda = tmp_path / "agenda.xml"
    agenda.write_text("<minutes/>", encoding="utf-8")
    done = cli("create-meeting", "--db", f"sqlite:///{tmp_path / 'm.db'}", "--id", "m", "--schedule",
               str(agenda), "--time-zone", "UTC", "--language", language)
    from companion.interchange.schedule_words import REASONS, Why

    reason = fill(translator(language)(REASONS[Why.NOT_FRAB]), {"root": "minutes"})
    assert done.returncode == 2
    assert done.stderr == said(language, words.SCHEDULE_REFUSED, path=agenda, reason=reason)


def test_every_command_but_serve_takes_one_language_option():
    commands = build_parser()._subparsers._group_actions[0].choices
    for name, parser in commands.items():
        options = [a for a in parser._actions if "--language" in a.option_strings]
        assert len(options) == (0 if name == "serve" else 1), name


@pytest.mark.parametrize("language", ["ru", "ar"])
def test_a_wrong_zone_and_a_missing_booth_are_said_in_the_language_asked(db, language):
    done = cli("create-meeting", "--db", db, "--id", "m2", "--title", "T", "--time-zone", "Mars/Olympus",
               "--start", "2026-04-14", "--language", language)
    assert done.returncode == 2 and done.stderr == said(language, words.UNKNOWN_ZONE, zone="Mars/Olympus")
    done = cli("add-participant", "--db", db, "--meeting", "conv-13", "--name", "Li Wei", "--role",
               "interpreter", "--language", language)
    assert done.returncode == 2
    assert done.stderr == said(language, words.BOOTH_NEEDED, languages="ar, zh, en, fr, ru, es")
