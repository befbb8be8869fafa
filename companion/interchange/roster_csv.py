"""Participants files in and codes files out: CSV as spreadsheets write it.

UTF-8 with or without a byte-order mark, ``,`` or ``;`` between cells (a spreadsheet in a
French or German locale writes ``;``), a header line naming the columns. What the rows mean is
checked in companion/domain/participant_roster.py; here only the file's shape.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from companion.domain.participant_roster import RowIssue, RowProblem, check_header

from .record_files import safe_cell

#: Larger than any real list (10,000 rows of 200 characters); refused before reading.
MAX_ROSTER_BYTES = 4 * 1024 * 1024
#: The columns of the codes file handed to whoever sends the codes out.
CODES_COLUMNS = ("name", "delegation", "email", "code")


@dataclass
class RosterFile:
    """The rows of a participants file, each with its line number, or the problems of its shape."""

    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def read_roster(data: bytes) -> RosterFile:
    """Split a participants file into rows keyed by column; never raises on bad input."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return RosterFile(problems=[RowProblem(line, RowIssue.NOT_UTF8, "", str(exc.start))])
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return RosterFile(problems=[RowProblem(1, RowIssue.NO_HEADER)])
    header_line = lines[first]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    # newline=None: a file saved with CR alone ("CSV (Macintosh)") reads like any other.
    # strict: an unclosed quote is an error, not the rest of the file swallowed into one cell.
    reader = csv.reader(io.StringIO("".join(lines[first:]), newline=None), delimiter=delimiter, strict=True)
    try:
        header = [column_name(c) for c in next(reader)]
    except csv.Error as exc:
        return RosterFile(problems=[_bad_csv(first + reader.line_num, exc)])
    problems = [RowProblem(first + 1, p.issue, p.column, p.value) for p in check_header(header)]
    if problems:
        return RosterFile(problems=problems)
    return _rows(reader, header, first)


def _rows(reader, header: list[str], offset: int) -> RosterFile:
    found = RosterFile()
    start = reader.line_num + 1
    try:
        for cells in reader:
            line = offset + start
            start = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue  # a blank line between rows
            if len(cells) > len(header):
                found.problems.append(RowProblem(line, RowIssue.WRONG_CELL_COUNT, "", str(len(cells))))
                continue
            unnamed = next((c for n, c in enumerate(cells) if not header[n] and c.strip()), None)
            if unnamed is not None:  # under a blank header cell: it would be dropped without a word
                found.problems.append(RowProblem(line, RowIssue.UNNAMED_COLUMN, "", unnamed[:40]))
                continue
            found.rows.append((line, dict(zip(header, _padded(cells, len(header)), strict=True))))
    except csv.Error as exc:  # an unclosed quote, a cell over the csv module's 128 KiB, a NUL
        return RosterFile(problems=[*found.problems, _bad_csv(offset + start, exc)])
    return found


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _bad_csv(line: int, exc: csv.Error) -> RowProblem:
    return RowProblem(line, RowIssue.BAD_CSV, "", str(exc)[:80])


def column_name(cell: str) -> str:
    """A header cell as a column name: ``Delegation kind`` is ``delegation_kind``."""
    return "_".join(cell.strip().lstrip("\ufeff").casefold().replace("-", " ").split())


def codes_csv(entries: Iterable[Mapping[str, str]]) -> str:
    """The codes file: one line per new code (name, delegation, email, code), UTF-8 with a header.

    A name typed as ``=HYPERLINK(…)`` is shown, not run, by the spreadsheet that opens the file."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CODES_COLUMNS)
    for entry in entries:
        writer.writerow([safe_cell(entry.get(column, "")) for column in CODES_COLUMNS])
    return out.getvalue()
