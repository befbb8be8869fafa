"""What the ``meeting-server`` CLI says when a command fails, from the app's own catalogue.

An error that a person at the console will read is raised with :func:`said`: its sentence is a
catalogue literal (marked ``tr_noop`` so ``python -m companion.ui.translations update`` puts it in
the app's .ts files) and its fields; ``str(error)`` stays the English sentence (logs, the HTTP
API), and ``cli.main`` prints :func:`worded` in the language of ``--language``.
"""

from __future__ import annotations

import argparse
from typing import TypeVar

from companion.domain.vocabulary import LANGUAGES
from companion.interchange.roster_words import Translate, fill
from companion.interchange.schedule_words import schedule_reason

E = TypeVar("E", bound=Exception)


def tr_noop(text: str) -> str:
    """Marks a literal for the translation tools; translated where it is shown."""
    return text


NO_MEETING = tr_noop("there is no meeting '{meeting}'")
MEETING_EXISTS = tr_noop("meeting '{meeting}' already exists")
NO_PARTICIPANT_IN = tr_noop("there is no participant '{participant}' in {meeting}")
NOT_FOUND_PERSON = tr_noop("no participant '{who}' (give their id, their e-mail or “Name, Delegation”)")
TOO_BUSY = tr_noop("the meeting is too busy to import into; try again")
NO_FILE = tr_noop("cannot read {path}: there is no such file")
NO_PERMISSION = tr_noop("cannot read {path}: permission denied")
IS_FOLDER = tr_noop("cannot read {path}: it is a folder, not a file")
CANNOT_READ = tr_noop("cannot read {path}: {reason}")
TOO_LARGE = tr_noop("{path} is larger than {mb} MB")
CODES_FILE_EXISTS = tr_noop("{path} exists already; codes are never written over a file")
CANNOT_CREATE = tr_noop("cannot create {path}: {reason}")
SAMPLES_EXIST = tr_noop("{paths} exists already; samples are never written over a file")
CANNOT_WRITE_IN = tr_noop("cannot write in {folder}: {reason}")
CREATE_NEEDS = tr_noop("create-meeting needs --title, --time-zone and --start (or --schedule FILE)")
NO_ZONE = tr_noop(
    "{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone"
)
EMPTY_SCHEDULE = tr_noop("{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.")
SCHEDULE_REFUSED = tr_noop("{path} was refused: {reason}")
DB_URL_NO_PATH = tr_noop("sqlite URL needs a file path, e.g. sqlite:///meeting.db")
DB_URL_UNKNOWN = tr_noop(
    "unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)"
)
DB_NOT_DATABASE = tr_noop(
    "cannot open the database {path}: file is not a database of this server (or it is damaged)"
)
DB_CANNOT_OPEN = tr_noop("cannot open the database {path}: {reason}")
DB_FAILED = tr_noop("the database {path} failed: {reason}")
INTERRUPTED = tr_noop("interrupted")
UNKNOWN_ZONE = tr_noop("'{zone}' is not an IANA time zone (e.g. Europe/Zurich).")
BOOTH_NEEDED = tr_noop("an interpreter needs a booth, one of: {languages} (--booth)")
ONLY_INTERPRETERS = tr_noop("only an interpreter has a booth (--booth)")


def said(kind: type[E], sentence: str, **fields: object) -> E:
    """An error of *kind* saying *sentence* (a catalogue literal) with *fields*, in English by str()."""
    error = kind(fill(sentence, fields))
    error.sentence, error.fields = sentence, fields  # type: ignore[attr-defined]
    return error


def worded(error: BaseException, translate: Translate) -> str:
    """*error* as a person reads it in the language of *translate* (its English text if it has no
    sentence of the catalogue)."""
    sentence = getattr(error, "sentence", None)
    if sentence is None:
        return str(error)
    said_here = fill(translate(sentence), getattr(error, "fields", {}))
    return said_here + "".join(f"\n  - {schedule_reason(n, translate)}" for n in getattr(error, "notes", ()))


def empty_schedule(kind: type[E], path: object, skipped: list[dict]) -> E:
    """A schedule none of whose events could be read: the refusal, with (up to 20 of) its skips."""
    error = said(kind, EMPTY_SCHEDULE, path=path, n=len(skipped))
    error.notes = skipped[:20]  # type: ignore[attr-defined]
    error.args = (worded(error, str),)  # the English text, with its skips, for str()
    return error


def file_refusal(kind: type[E], path: object, exc: OSError) -> E:
    """A file that cannot be read, said as the catalogue says it (the OS's own words otherwise)."""
    if isinstance(exc, FileNotFoundError):
        return said(kind, NO_FILE, path=path)
    if isinstance(exc, PermissionError):
        return said(kind, NO_PERMISSION, path=path)
    if isinstance(exc, IsADirectoryError):
        return said(kind, IS_FOLDER, path=path)
    return said(kind, CANNOT_READ, path=path, reason=exc.strerror or exc)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language``: the language of everything the command says (one option for every command;
    a command whose ``--language`` already names content keeps that meaning and speaks English)."""
    if any("--language" in action.option_strings for action in parser._actions):
        return
    parser.add_argument(
        "--language",
        dest="console_language",
        default="en",
        choices=LANGUAGES,
        help="the language of what the command says, as the app says it (default: en)",
    )
