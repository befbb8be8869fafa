"""Booth set-up files, as a secretariat keeps them in a spreadsheet, turned into commands.

- Booths: ``booth, passive, retour[, interpreter]``; languages separated by ``|`` or spaces. A row
  without an interpreter sets the booth's languages; a row with one gives that interpreter's own
  (``booths.set``, one command per booth).
- Shifts: ``booth, interpreter, start, end[, participant_id]``; times in the meeting's wall-clock
  time (``2025-10-28 10:00``) or with an offset (``2025-10-28T09:00Z``). Each booth in the file
  gets its shifts replaced (``shifts.set``, one command per booth); booths not in the file keep theirs.

CSV as in ``roster_csv`` (UTF-8 with or without BOM, ``,`` or ``;``). A bad line makes the whole
file refused with every bad line listed (``FileProblem``); what the commands then check (overlaps,
the 12-hour limit) the domain checks, as for any other client.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from companion.domain import command_builders as build
from companion.domain.booths import Booth, InterpreterLanguages
from companion.domain.instants import local_to_utc, parse_instant

#: A booth set-up file is small: a week of 30-minute turns for six booths is under 100 KB.
MAX_BOOTH_FILE_BYTES = 1024 * 1024
BOOTH_COLUMNS = ("booth", "passive", "retour")
SHIFT_COLUMNS = ("booth", "interpreter", "start", "end")


@dataclass(frozen=True)
class FileProblem:
    """One bad line: its number, a code (``missing_column``, ``unknown_language``, ``bad_time``,
    ``bad_csv``, ``not_utf8``, ``too_large``, ``empty``) and the value at fault."""

    line: int
    code: str
    value: str = ""


class BoothFileError(ValueError):
    def __init__(self, problems: list[FileProblem]) -> None:
        super().__init__("; ".join(f"line {p.line}: {p.code} {p.value!r}" for p in problems))
        self.problems = problems


def csv_rows(data: bytes, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The non-blank lines of a small CSV as (line number, {column: cell}); raises BoothFileError
    for a file too large, not UTF-8, empty, without the *required* columns, or badly quoted."""
    if len(data) > MAX_BOOTH_FILE_BYTES:
        raise BoothFileError([FileProblem(0, "too_large", str(len(data)))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BoothFileError([FileProblem(data[: exc.start].count(b"\n") + 1, "not_utf8")]) from None
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise BoothFileError([FileProblem(1, "empty")])
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter, strict=True)
    try:
        header = ["_".join(c.strip().casefold().split()) for c in next(reader)]
        missing = [c for c in required if c not in header]
        if missing:
            raise BoothFileError([FileProblem(1, "missing_column", ", ".join(missing))])
        rows = []
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, {h: c.strip() for h, c in zip(header, cells, strict=False)}))
    except csv.Error as exc:
        raise BoothFileError([FileProblem(reader.line_num, "bad_csv", str(exc)[:80])]) from None
    return rows


def _codes(cell: str, line: int, languages: tuple[str, ...], problems: list[FileProblem]) -> list[str]:
    codes = [c.casefold() for c in cell.replace("|", " ").replace(",", " ").split()]
    problems += [FileProblem(line, "unknown_language", c) for c in codes if c not in languages]
    return [c for c in codes if c in languages]


def booth_commands(data: bytes, languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """One ``booths.set`` per booth in the file; raises BoothFileError listing every bad line."""
    problems: list[FileProblem] = []
    booths: dict[str, dict[str, Any]] = {}
    for line, row in csv_rows(data, BOOTH_COLUMNS):
        booth = row["booth"].casefold()
        if booth not in languages:
            problems.append(FileProblem(line, "unknown_language", row["booth"]))
            continue
        passive = _codes(row["passive"], line, languages, problems)
        retour = _codes(row["retour"], line, languages, problems)
        entry = booths.setdefault(booth, {"passive": [], "retour": [], "interpreters": []})
        if row.get("interpreter"):
            own = InterpreterLanguages(row["interpreter"], tuple(passive), tuple(retour))
            entry["interpreters"].append(own)
        else:
            entry["passive"], entry["retour"] = passive, retour
    if problems:
        raise BoothFileError(problems)
    return [
        build.booths_set(Booth(code, tuple(b["passive"]), tuple(b["retour"]), tuple(b["interpreters"])))
        for code, b in booths.items()
    ]


def shift_commands(data: bytes, zone: str, languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """One ``shifts.set`` per booth in the file; raises BoothFileError listing every bad line."""
    problems: list[FileProblem] = []
    per_booth: dict[str, list[dict[str, Any]]] = {}
    for line, row in csv_rows(data, SHIFT_COLUMNS):
        booth = row["booth"].casefold()
        if booth not in languages:
            problems.append(FileProblem(line, "unknown_language", row["booth"]))
            continue
        start, end = _when(row["start"], zone), _when(row["end"], zone)
        for cell, moment in ((row["start"], start), (row["end"], end)):
            if moment is None:
                problems.append(FileProblem(line, "bad_time", cell))
        if start is None or end is None:
            continue
        shift = {"interpreter": row["interpreter"], "start": start.isoformat(), "end": end.isoformat()}
        if row.get("participant_id"):
            shift["participant_id"] = row["participant_id"]
        per_booth.setdefault(booth, []).append(shift)
    if problems:
        raise BoothFileError(problems)
    return [{"type": "shifts.set", "booth": booth, "shifts": shifts} for booth, shifts in per_booth.items()]


def _when(cell: str, zone: str) -> datetime | None:
    """A time with an offset, or the meeting's wall-clock ``YYYY-MM-DD HH:MM``; None if neither."""
    try:
        return parse_instant(cell.replace(" ", "T", 1))
    except (ValueError, TypeError):
        pass
    try:
        day, clock = cell.split()
        return local_to_utc(date.fromisoformat(day), time.fromisoformat(clock), zone)
    except ValueError:
        return None
