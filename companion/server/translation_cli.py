"""The agenda in six languages at the console: ``import-translations`` (a schedule file in one
language, or a CSV of translations) and ``export-translations`` (that CSV, to fill in and bring back)."""

from __future__ import annotations

import argparse
import sys

from companion.interchange import MAX_SCHEDULE_BYTES, ScheduleError
from companion.interchange.agenda_translation_files import (
    BoothFileError,
    translations_csv,
    translations_from_csv,
    translations_from_schedule,
)

from . import console_words as words
from .booth_cli import run_commands
from .console_words import file_refusal, said
from .registry import RegistryError, load_state
from .stores import open_storage

COMMANDS = ("import-translations", "export-translations")


def add_parsers(commands) -> None:
    """Add the translation subcommands to ``meeting-server``."""
    imp = commands.add_parser(
        "import-translations", help="agenda titles and descriptions in another language, matched by item id"
    )
    imp.add_argument("--db", default=None)
    imp.add_argument("--meeting", required=True)
    imp.add_argument("file", help="a CSV of translations, or a schedule file (with --language)")
    imp.add_argument("--language", help="the language of a schedule file, e.g. ar")
    imp.add_argument("--dry-run", action="store_true", help="check; change nothing")
    out = commands.add_parser("export-translations", help="the agenda's titles in every language, as CSV")
    out.add_argument("--db", default=None)
    out.add_argument("--meeting", required=True)


def run(args: argparse.Namespace, db: str) -> int:
    """Run one of COMMANDS; raises RegistryError / ScheduleError for the caller to print (exit 2)."""
    storage = open_storage(db)
    try:
        if args.meeting not in storage.meeting_ids():
            raise said(RegistryError, words.NO_MEETING, meeting=args.meeting)
        state = load_state(storage, args.meeting)
        if args.command == "export-translations":
            sys.stdout.write(translations_csv(state))
            return 0
        found = _read(args, state)
        if not found.translations:
            raise RegistryError(f"{args.file} holds no title for an item of the agenda")
        command = {"type": "agenda.translate", "translations": found.translations}
        count = run_commands(storage, args.meeting, [command], dry_run=args.dry_run)
    finally:
        storage.close()
    verb = "Would translate" if args.dry_run else "Translated"
    print(f"{verb} {count} item(s) from {args.file}.")
    if found.unmatched:
        print(f"Not on the agenda (left out): {', '.join(found.unmatched[:20])}")
    return 0


def _read(args: argparse.Namespace, state):
    try:
        with open(args.file, "rb") as handle:
            data = handle.read(MAX_SCHEDULE_BYTES + 1)
    except OSError as exc:
        raise file_refusal(RegistryError, args.file, exc) from None
    try:
        if args.language:
            if args.language not in state.meeting.languages:
                raise RegistryError(f"{args.language!r} is not one of the meeting's languages")
            return translations_from_schedule(data, state, args.language, args.file)
        return translations_from_csv(data, state)
    except BoothFileError as bad:
        lines = "\n".join(f"  line {p.line}: {p.code.replace('_', ' ')} {p.value!r}" for p in bad.problems)
        raise RegistryError(f"nothing imported from {args.file}:\n{lines}") from None
    except ScheduleError as bad:
        raise RegistryError(f"{args.file} was refused: {bad}") from None
