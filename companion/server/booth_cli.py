"""The booths at the server's console: ``set-booth``, ``import-booths`` and ``import-shifts``.

Each runs the same commands an app sends (``booths.set``, ``shifts.set``) as the secretariat's
console, checked by the same rules; the events of one file are appended together or not at all.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from companion.domain import CommandRefused, execute
from companion.domain import command_builders as build
from companion.domain.booths import Booth, InterpreterLanguages, booth_named, booths_of
from companion.domain.handover import shifts_of
from companion.interchange.booth_files import BoothFileError, booth_commands, shift_commands

from . import console_words as words
from .console_words import file_refusal, said
from .registry import RegistryError, load_state
from .schedule_import import ATTEMPTS, CONSOLE
from .sse import dumps
from .storage import SeqTaken, Storage
from .stores import open_storage

COMMANDS = ("set-booth", "import-booths", "import-shifts", "list-booths")


def add_parsers(commands) -> None:
    """Add the booth subcommands to ``meeting-server``."""
    one = commands.add_parser("set-booth", help="set one booth's languages (what it works from, its retour)")
    _common(one)
    one.add_argument("--booth", required=True, help="the booth's language, e.g. zh")
    one.add_argument("--passive", default="", help="languages it works from, e.g. en,ru")
    one.add_argument("--retour", default="", help="languages it also works into, e.g. en")
    one.add_argument("--interpreter", help="set these languages for one interpreter of the booth only")
    booths = commands.add_parser("import-booths", help="set the booths' languages from a CSV file")
    _common(booths)
    booths.add_argument("file", help="CSV: booth, passive, retour[, interpreter]")
    shifts = commands.add_parser("import-shifts", help="set the booths' shifts from a CSV file")
    _common(shifts)
    shifts.add_argument("file", help="CSV: booth, interpreter, start, end[, participant_id]")
    listing = commands.add_parser("list-booths", help="the booths' languages and shifts")
    listing.add_argument("--db", default=None)
    listing.add_argument("--meeting", required=True)


def _common(parser) -> None:
    parser.add_argument("--db", default=None)
    parser.add_argument("--meeting", required=True)
    parser.add_argument("--dry-run", action="store_true", help="check; change nothing")


def run(args: argparse.Namespace, db: str) -> int:
    """Run one of COMMANDS; raises RegistryError for the caller to print (exit 2)."""
    storage = open_storage(db)
    try:
        if args.meeting not in storage.meeting_ids():
            raise said(RegistryError, words.NO_MEETING, meeting=args.meeting)
        if args.command == "list-booths":
            print(booths_text(load_state(storage, args.meeting)))
            return 0
        commands = _commands(args, load_state(storage, args.meeting))
        count = run_commands(storage, args.meeting, commands, dry_run=args.dry_run)
    finally:
        storage.close()
    verb = "Would record" if args.dry_run else "Recorded"
    print(f"{verb} {count} change(s).")
    return 0


def _commands(args: argparse.Namespace, state) -> list[dict[str, Any]]:
    languages = state.meeting.languages
    if args.command == "set-booth":
        return [_one_booth(args, state)]
    try:
        with open(args.file, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise file_refusal(RegistryError, args.file, exc) from None
    try:
        if args.command == "import-booths":
            return booth_commands(data, languages)
        return shift_commands(data, state.meeting.time_zone, languages)
    except BoothFileError as bad:
        lines = "\n".join(f"  line {p.line}: {p.code.replace('_', ' ')} {p.value!r}" for p in bad.problems)
        raise RegistryError(f"nothing imported from {args.file}:\n{lines}") from None


def _one_booth(args: argparse.Namespace, state) -> dict[str, Any]:
    passive = tuple(c.strip() for c in args.passive.split(",") if c.strip())
    retour = tuple(c.strip() for c in args.retour.split(",") if c.strip())
    current = booth_named(booths_of(state.meeting), args.booth) or Booth(args.booth)
    if args.interpreter:
        others = tuple(i for i in current.interpreters if i.name != args.interpreter)
        mine = InterpreterLanguages(args.interpreter, passive, retour)
        return build.booths_set(Booth(current.language, current.passive, current.retour, (*others, mine)))
    return build.booths_set(Booth(args.booth, passive, retour, current.interpreters))


def run_commands(storage: Storage, meeting_id: str, commands: list[dict], dry_run: bool = False) -> int:
    """Decide *commands* in turn as the console and append their events together; the count of events.

    Raises RegistryError naming the refused command (nothing is written then)."""
    for _ in range(ATTEMPTS):
        state = load_state(storage, meeting_id)
        first, events = state.seq + 1, []
        for command in commands:
            try:
                state, more = execute(state, command, CONSOLE, datetime.now(UTC))
            except CommandRefused as refused:
                if refused.code == "unchanged":
                    continue  # setting a booth to what it is already changes nothing
                where = command.get("booth")
                booth = where.get("language") if isinstance(where, dict) else where
                what = f"the {booth} booth" if booth else "the change"
                raise RegistryError(f"{what} was refused: {refused.message}") from None
            events += more
        if dry_run or not events:
            return len(events)
        try:
            storage.append(meeting_id, first, [dumps(e.envelope()) for e in events])
            return len(events)
        except SeqTaken:  # the running server appended meanwhile: decide again on the newer state
            continue
    raise RegistryError("the meeting is too busy to change; try again")


def booths_text(state) -> str:
    """The booths and their shifts, for a person at a console."""
    zone = state.meeting.time_zone
    lines = []
    for booth in booths_of(state.meeting):
        lines.append(
            f"{booth.language}: from {','.join(booth.passive) or '-'}; retour {','.join(booth.retour) or '-'}"
        )
        lines += [f"  {i.name}: from {','.join(i.passive) or '='}; retour {','.join(i.retour) or '='}"
                  for i in booth.interpreters]  # fmt: skip
        for s in shifts_of(state.shifts, booth.language):
            lines.append(f"  {_local(s.start, zone)}–{_local(s.end, zone)[-5:]} {s.interpreter}")
    return "\n".join(lines)


def _local(moment: datetime, zone: str) -> str:
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
