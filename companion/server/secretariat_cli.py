"""The secretariat's ``meeting-server`` commands: create a meeting, import participants, reissue a
code, list who is registered. Registered in cli.py; each problem is one line and exit code 2."""

from __future__ import annotations

import argparse
import json
import os
from datetime import date
from pathlib import Path
from typing import TextIO

from companion.domain import CommandRefused
from companion.domain.meeting_setup import check_zone, consecutive_days, meeting_payload
from companion.domain.vocabulary import LANGUAGES
from companion.interchange import MAX_SCHEDULE_BYTES, read_schedule, roster_words
from companion.interchange.roster_csv import MAX_ROSTER_BYTES, codes_csv
from companion.paths import SAMPLE_FILES, SAMPLES

from . import console_words as words
from .console_words import empty_schedule, file_refusal, said
from .participants import import_participants, list_participants, reissue_code
from .registry import RegistryError, pepper, store_meeting
from .roster_console import ProgressBar, roster_text, words_in
from .stores import open_storage

COMMANDS = ("create-meeting", "import-participants", "reissue-code", "list-participants", "samples")


def add_parsers(commands) -> None:
    """Add the secretariat's subcommands to ``meeting-server``."""
    create = commands.add_parser("create-meeting", help="create a meeting (empty, or from a schedule file)")
    create.add_argument("--db", default=None)
    create.add_argument("--id", required=True, help="the meeting's id, e.g. wipo-conv-13")
    create.add_argument("--title", help="the meeting's title (default: the schedule file's)")
    create.add_argument("--time-zone", help="IANA zone, e.g. Europe/Zurich (default: the schedule file's)")
    create.add_argument("--start", type=_day, help="first day, YYYY-MM-DD")
    create.add_argument("--days", type=int, default=1, help="how many days (default 1)")
    create.add_argument(
        "--languages", default=",".join(LANGUAGES), help="e.g. ar,zh,en,fr,ru,es (the default)"
    )
    create.add_argument("--venue", default="")
    create.add_argument(
        "--schedule", help="a frab XML, c3voc JSON or iCalendar file: title, zone, days, items"
    )
    _secret_option(create)

    imp = commands.add_parser("import-participants", help="register or update participants from a CSV file")
    imp.add_argument("--db", default=None)
    imp.add_argument("--meeting", required=True)
    imp.add_argument(
        "file",
        help="a list as a spreadsheet saves it (CSV or Unicode Text): name, role, delegation, "
        "delegation_kind, attendance, language, gender, groups, email[, works_from, retour]",
    )
    imp.add_argument("--codes-out", help="write the new personal codes to this CSV file (created 0600)")
    imp.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    imp.add_argument("--json", action="store_true", help="print the report (and codes) as JSON")
    _secret_option(imp)

    again = commands.add_parser(
        "reissue-code", help="give a participant a new code (the old one stops working)"
    )
    again.add_argument("--db", default=None)
    again.add_argument("--meeting", required=True)
    again.add_argument("--participant", required=True, help='id, e-mail, or "Name, Delegation"')
    again.add_argument("--json", action="store_true")
    _secret_option(again)

    samples = commands.add_parser(
        "samples", help="write a sample participants list and agenda (participants.csv, schedule.xml)"
    )
    samples.add_argument("--to", default=".", help="the folder to write them in (default: this one)")

    listing = commands.add_parser("list-participants", help="who is registered for a meeting")
    listing.add_argument("--db", default=None)
    listing.add_argument("--meeting", required=True)
    listing.add_argument("--json", action="store_true")


def _secret_option(parser) -> None:
    # Codes are hashed with the server's secret: one made with another secret would never sign in.
    parser.add_argument(
        "--secret-file",
        default=None,
        help="the server's secret file, as given to serve (default: $MEETING_SERVER_SECRET_FILE, "
        "else the one in the user config dir)",
    )


def run(args: argparse.Namespace, db: str) -> int:
    """Run one of COMMANDS; raises RegistryError / StorageError for the caller to print."""
    handler = {
        "create-meeting": create_meeting,
        "import-participants": import_file,
        "reissue-code": reissue,
        "list-participants": listing,
        "samples": write_samples,
    }[args.command]
    return handler(args, db)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def create_meeting(args: argparse.Namespace, db: str) -> int:
    try:
        payload, parsed, zone_source = _payload(args)
    except CommandRefused as refused:
        raise RegistryError(refused.message) from None
    storage = open_storage(db)
    try:
        pepper(storage, args.secret_file)  # a secret that cannot be read or made stops the set-up here
        meeting_id = store_meeting(storage, payload)
    finally:
        storage.close()
    meeting = payload["meeting"]
    print(
        f"Created {meeting_id}: {meeting['title']} ({', '.join(meeting['days'])}, {meeting['time_zone']}), "
        f"{len(payload['items'])} agenda items."
    )
    if parsed is not None:  # what the file's reading skipped and assumed, as import-schedule says it
        from companion.interchange.import_report import notes_text

        if zone_source:
            print(f"  Time zone {meeting['time_zone']}: from the file's {zone_source}.")
        print(notes_text(parsed))
    return 0


def _payload(args: argparse.Namespace) -> tuple[dict, object, str]:
    """The meeting's payload; with --schedule also the file as read and where its zone came from."""
    languages = args.languages.split(",")
    if not args.schedule:
        if not (args.title and args.time_zone and args.start):
            raise said(RegistryError, words.CREATE_NEEDS)
        _check_zone(args.time_zone)
        days = consecutive_days(args.start, args.days)
        return meeting_payload(args.id, args.title, args.time_zone, days, languages, args.venue), None, ""
    from companion.domain.limits import MAX_TITLE_CHARS
    from companion.interchange.item_fit import shorten
    from companion.interchange.schedule_header import iana_zone, read_header  # defusedxml: only here

    data = _read(args.schedule, MAX_SCHEDULE_BYTES)
    header = read_header(data)
    given = args.time_zone and (iana_zone(args.time_zone) or args.time_zone)  # "GMT Standard Time" too
    zone = given or header.time_zone
    if not zone:
        raise said(RegistryError, words.NO_ZONE, path=args.schedule)
    _check_zone(zone)
    parsed = read_schedule(data, zone, args.schedule)
    if not parsed.items:
        raise empty_schedule(RegistryError, args.schedule, [s.plain() for s in parsed.skipped])
    days = sorted({item.day for item in parsed.items})
    # A calendar's description may run long: as an item's title, it is shortened to the limit.
    title = args.title or shorten(header.title, MAX_TITLE_CHARS) or args.id
    payload = meeting_payload(args.id, title, zone, days, languages, args.venue, parsed.items)
    return payload, parsed, "" if given else header.zone_source


def _check_zone(zone: str) -> None:
    try:
        check_zone(zone)
    except CommandRefused:
        raise said(RegistryError, words.UNKNOWN_ZONE, zone=zone) from None


def import_file(args: argparse.Namespace, db: str) -> int:
    data = _read(args.file, MAX_ROSTER_BYTES)
    # The codes file is created before anything is imported: codes are shown once, so a path
    # that cannot be written must stop the import, not lose its codes afterwards.
    codes_out = open_private(Path(args.codes_out)) if args.codes_out and not args.dry_run else None
    try:
        storage = open_storage(db)
        try:
            salt = pepper(storage, args.secret_file)
            bar = ProgressBar(words_in(args.console_language)(roster_words.HASHING))
            result = import_participants(
                storage, args.meeting, data, dry_run=args.dry_run, code_pepper=salt, progress=bar
            )
        finally:
            storage.close()
    except BaseException:
        _discard(codes_out)
        raise
    if codes_out is not None:
        _keep_or_discard(codes_out, result.codes)
    _print_import(args, result)
    return 2 if result.refused else 0


def _print_import(args: argparse.Namespace, result) -> None:
    shown = [] if args.codes_out else result.codes
    if args.json:
        print(json.dumps({**result.report, "codes": shown}, ensure_ascii=False))
        return
    translate = words_in(args.console_language)
    print(roster_text(result.report, args.file, translate))
    if shown:
        print(translate(roster_words.CODES_SHOWN))
        print("\n".join(f"  {c['name']} ({c['delegation']}): {c['code']}" for c in shown))
    elif result.codes:
        print(translate(roster_words.CODES_WRITTEN).format(n=len(result.codes), path=args.codes_out))


def open_private(path: Path) -> tuple[Path, TextIO]:
    """*path* created for writing, readable by its owner only (0600); never an existing file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise said(RegistryError, words.CODES_FILE_EXISTS, path=path) from None
    except OSError as exc:
        raise said(RegistryError, words.CANNOT_CREATE, path=path, reason=exc.strerror) from None
    return path, os.fdopen(fd, "w", encoding="utf-8", newline="")


def _keep_or_discard(codes_out: tuple[Path, TextIO], codes: list[dict]) -> None:
    if not codes:
        return _discard(codes_out)  # nothing new to hand out: no file
    with codes_out[1] as out:
        out.write(codes_csv(codes))
    return None


def _discard(codes_out: tuple[Path, TextIO] | None) -> None:
    if codes_out is not None:
        codes_out[1].close()
        codes_out[0].unlink(missing_ok=True)


def reissue(args: argparse.Namespace, db: str) -> int:
    storage = open_storage(db)
    try:
        salt = pepper(storage, args.secret_file)
        participant, code = reissue_code(storage, args.meeting, args.participant, salt)
    finally:
        storage.close()
    if args.json:
        print(json.dumps({"participant_id": participant.id, "code": code}))
    else:
        translate = words_in(args.console_language)
        who = f"{participant.display_name} ({participant.id})"
        print(translate(roster_words.REISSUED).format(who=who, code=code))
        print(translate(roster_words.SIGN_INS_ENDED))
    return 0


def listing(args: argparse.Namespace, db: str) -> int:
    storage = open_storage(db)
    try:
        people = list_participants(storage, args.meeting)
    finally:
        storage.close()
    if args.json:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "delegation": p.delegation,
                "attendance": p.attendance.value,
                "email": p.email,
            }
            for p in people
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for p in people:
        print(f"{p.id}\t{p.role.value}\t{p.delegation or '-'}\t{p.name}\t{p.email or '-'}")
    print(words_in(args.console_language)(roster_words.REGISTERED).format(n=len(people)))
    return 0


def write_samples(args: argparse.Namespace, db: str) -> int:
    """Copy the sample files (package data) into ``--to``; a file already there is never replaced."""
    folder = Path(args.to)
    targets = [folder / name for name in SAMPLE_FILES]
    there = [str(t) for t in targets if t.exists()]
    if there:
        raise said(RegistryError, words.SAMPLES_EXIST, paths=", ".join(there))
    try:
        for name, target in zip(SAMPLE_FILES, targets, strict=True):
            target.write_bytes((SAMPLES / name).read_bytes())
    except OSError as exc:
        raise said(RegistryError, words.CANNOT_WRITE_IN, folder=folder, reason=exc.strerror) from None
    for target in targets:
        print(target)
    return 0


def _read(filename: str, limit: int) -> bytes:
    try:
        with open(filename, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise file_refusal(RegistryError, filename, exc) from None
    if len(data) > limit:
        raise said(RegistryError, words.TOO_LARGE, path=filename, mb=limit // (1024 * 1024))
    return data
