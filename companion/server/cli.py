"""``meeting-server``: serve a meeting, register participants, import schedules."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable

from companion.domain.registration import booth_refusal
from companion.domain.vocabulary import LANGUAGES, Attendance, DelegationKind, Role
from companion.interchange import MAX_SCHEDULE_BYTES, ScheduleError
from companion.interchange.import_report import report_text
from companion.interchange.roster_words import fill
from companion.interchange.schedule_words import schedule_reason

from . import booth_cli, document_cli, secretariat_cli, translation_cli
from . import console_words as words
from .catalogue import translator
from .console_words import add_language_option, file_refusal, said, worded
from .registry import RegistryError, add_participant
from .schedule_import import import_schedule
from .serve_options import add_serve_options, raise_open_file_limit, settings_from_args, uvicorn_options
from .session_cli import add_revoke_command, revoke_sessions
from .settings import default_db_url
from .storage import StorageError
from .stores import open_storage


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="meeting-server", description="The Meeting Companion server.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the server")
    serve.add_argument("--db", default=None, help="database URL (default: a file in the user data dir)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--demo", action="store_true", help="load the bundled meeting and demo participants")
    serve.add_argument("--keepalive", type=float, default=15.0, help=argparse.SUPPRESS)
    serve.add_argument("--quiet", action="store_true", help="log warnings only, no access log")
    add_serve_options(serve)

    add = commands.add_parser("add-participant", help="register a participant and print their code once")
    add.add_argument("--db", default=None)
    add.add_argument("--meeting", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--delegation", default="")
    add.add_argument("--delegation-kind", default="other", choices=[k.value for k in DelegationKind])
    add.add_argument("--attendance", default="remote", choices=[a.value for a in Attendance])
    add.add_argument("--gender", default=None)
    add.add_argument("--booth", default=None, choices=LANGUAGES)
    add.add_argument("--json", action="store_true", help="print {participant_id, code} as JSON")
    add.add_argument("--secret-file", default=None, help="the server's secret file (as given to serve)")

    schedule = commands.add_parser(
        "import-schedule", help="import a frab XML, c3voc JSON or iCalendar schedule into a meeting"
    )
    schedule.add_argument("--db", default=None)
    schedule.add_argument("--meeting", required=True)
    schedule.add_argument("file", help="the schedule file")
    schedule.add_argument("--dry-run", action="store_true", help="report what would change; change nothing")
    schedule.add_argument("--json", action="store_true", help="print the report as JSON")
    add_revoke_command(commands)
    secretariat_cli.add_parsers(commands)
    booth_cli.add_parsers(commands)
    translation_cli.add_parsers(commands)
    document_cli.add_parsers(commands)
    for name, command in commands.choices.items():
        if name != "serve":  # the server logs for its operator; every other command speaks to a person
            add_language_option(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; every ordinary failure is one line on stderr and an exit status, never a
    traceback: a bad input (2), a reader that closed the pipe (``list-participants | head``: 141,
    as a shell reports SIGPIPE), Ctrl+C (130)."""
    args = build_parser().parse_args(argv)
    translate = translator(getattr(args, "console_language", "en"))
    try:
        return _run(args, translate)
    except BrokenPipeError:
        _quiet_stdout()
        return 141
    except KeyboardInterrupt:
        print(f"meeting-server: {translate(words.INTERRUPTED)}", file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    """Point stdout at /dev/null: the reader has gone, and Python's own flush at exit would fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _run(args: argparse.Namespace, translate: Callable[[str], str]) -> int:
    db = getattr(args, "db", None) or default_db_url()  # `samples` opens no database
    try:
        if args.command == "serve":
            return serve(args, db)
        if args.command == "import-schedule":
            return import_file(args, db)
        if args.command == "revoke-sessions":
            return revoke_sessions(args, db)
        if args.command in document_cli.COMMANDS:
            return document_cli.run(args, db)
        if args.command in translation_cli.COMMANDS:
            return translation_cli.run(args, db)
        if args.command in booth_cli.COMMANDS:
            return booth_cli.run(args, db)
        if args.command in secretariat_cli.COMMANDS:
            return secretariat_cli.run(args, db)
        return register(args, db)
    except ScheduleError as exc:
        path = getattr(args, "file", None) or getattr(args, "schedule", "")
        reason = schedule_reason(exc.note.plain(), translate)
        said_here = fill(translate(words.SCHEDULE_REFUSED), {"path": path, "reason": reason})
        print(f"meeting-server: {said_here}", file=sys.stderr)
        return 2
    except (StorageError, RegistryError) as exc:
        print(f"meeting-server: {worded(exc, translate)}", file=sys.stderr)
        return 2


def serve(args: argparse.Namespace, db: str) -> int:
    import uvicorn

    from .api import create_app
    from .hub import load_hub
    from .serving import MeetingServer

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = settings_from_args(args, db)
    except ValueError as exc:
        raise RegistryError(str(exc)) from None
    raise_open_file_limit()  # before the connection cap is computed from it
    app = create_app(settings, load_hub(settings))  # a fault in the data: one line, exit 2
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        timeout_graceful_shutdown=2,
        log_level="warning" if args.quiet else "info",
        access_log=not args.quiet,
        backlog=4096,  # a venue's worth of apps reconnecting in the same second
        **uvicorn_options(settings),
    )
    server = MeetingServer(config)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn passes Ctrl+C on once it has stopped
        server.run()
    return 0 if server.started else 3  # as uvicorn.run: the address could not be taken


def register(args: argparse.Namespace, db: str) -> int:
    if booth_refusal(args.role, args.booth):  # checked before the database is opened
        sentence = words.BOOTH_NEEDED if args.role == Role.INTERPRETER else words.ONLY_INTERPRETERS
        raise said(RegistryError, sentence, languages=", ".join(LANGUAGES))
    fields = {
        "name": args.name,
        "role": args.role,
        "delegation": args.delegation,
        "delegation_kind": args.delegation_kind,
        "attendance": args.attendance,
        "gender": args.gender,
        "booth": args.booth,
    }
    storage = open_storage(db)
    try:
        participant_id, code = add_participant(storage, args.meeting, fields, secret_file=args.secret_file)
    finally:
        storage.close()
    if args.json:
        print(json.dumps({"participant_id": participant_id, "code": code}))
    else:
        print(f"Registered {args.name} as {participant_id}.\nPersonal code (shown once): {code}")
    return 0


def import_file(args: argparse.Namespace, db: str) -> int:
    try:
        with open(args.file, "rb") as handle:
            data = handle.read(MAX_SCHEDULE_BYTES + 1)
    except OSError as exc:
        raise file_refusal(RegistryError, args.file, exc) from None
    storage = open_storage(db)
    try:
        report = import_schedule(storage, args.meeting, data, args.file, dry_run=args.dry_run)
    finally:
        storage.close()
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else report_text(report))
    return 0
