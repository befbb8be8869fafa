"""Participants files in and codes files out: CSV and text as spreadsheets write them.

Excel alone writes a list four ways: "CSV UTF-8" (a byte-order mark, ``,`` or ``;``), "CSV" (no
mark, Windows-1252 in Western Europe, ``;`` in a French or German locale), "Unicode Text" (UTF-16LE
with a mark, TABs) and "CSV (Macintosh)" (CR alone between lines). All are read: the encoding from
the byte-order mark, else UTF-8 if the bytes are UTF-8, else Windows-1252 with a note saying so; the
separator from the header line. What the rows mean is checked in
companion/domain/participant_roster.py (the header's variants in roster_columns.py); here only the
file's shape.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from companion.domain.participant_roster import FileNote, RosterNote, RowIssue, RowProblem
from companion.domain.roster_columns import MAX_NAMED_COLUMNS, read_header

from .record_files import safe_cell

#: Larger than any real list (10,000 rows of 200 characters); refused before reading.
MAX_ROSTER_BYTES = 4 * 1024 * 1024
#: The columns of the codes file handed to whoever sends the codes out.
CODES_COLUMNS = ("name", "delegation", "email", "code")
#: How files that are not text begin: a zip (.xlsx, .ods) or an OLE compound file (.xls).
_NOT_TEXT = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_SEPARATORS = ("\t", ";", ",")
_AS_CONTROL = "companion-as-control"
codecs.register_error(_AS_CONTROL, lambda exc: (chr(exc.object[exc.start]), exc.start + 1))


@dataclass
class RosterFile:
    """The rows of a participants file, each with its line number, or the problems of its shape;
    and the notes on what the reader did (an encoding guessed, columns ignored)."""

    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[FileNote] = field(default_factory=list)


def read_roster(data: bytes) -> RosterFile:
    """Split a participants file into rows keyed by column; never raises on bad input."""
    found = RosterFile()
    text = decode(data, found)
    if text is None:
        return found
    lines = text.splitlines(keepends=True)
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None:
        found.problems.append(RowProblem(1, RowIssue.NO_HEADER))
        return found
    delimiter = separator(lines[first])
    # newline=None: a file saved with CR alone ("CSV (Macintosh)") reads like any other.
    # strict: an unclosed quote is an error, not the rest of the file swallowed into one cell.
    reader = csv.reader(io.StringIO("".join(lines[first:]), newline=None), delimiter=delimiter, strict=True)
    try:
        header = read_header(next(reader))
    except csv.Error as exc:
        found.problems.append(_bad_csv(first + reader.line_num, exc))
        return found
    found.problems += [RowProblem(first + 1, RowIssue(i), c) for i, c in header.problems]
    if found.problems:
        return found
    if header.ignored:
        found.notes.append(FileNote(first + 1, RosterNote.IGNORED_COLUMNS, _names(header.ignored)))
    _rows(found, reader, header.columns, first)
    return found


def decode(data: bytes, found: RosterFile) -> str | None:
    """The file's text; None (with the problem in *found*) if it is no text or breaks its own encoding."""
    if data.startswith(_NOT_TEXT):
        found.problems.append(RowProblem(1, RowIssue.SPREADSHEET_FILE))
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", found)  # Excel's "Unicode Text"
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", found)  # the error's offset: in the file
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # No mark and not UTF-8: Excel's plain "CSV" in the Windows code page of Western Europe and
        # the Americas. The five bytes it leaves undefined become the control characters of the
        # same number, which the row check refuses on their line: nothing is dropped without a word.
        line = data[: exc.start].count(b"\n") + 1
        found.notes.append(FileNote(line, RosterNote.WINDOWS_1252, _context(data, exc.start)))
        return data.decode("cp1252", errors=_AS_CONTROL)


def _strict(data: bytes, encoding: str, found: RosterFile) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:  # the mark promises Unicode: a broken byte is a broken file
        line = data[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        found.problems.append(RowProblem(line, RowIssue.NOT_UTF8, "", str(exc.start)))
        return None


def _context(data: bytes, at: int) -> str:
    """The word around the first byte that is not UTF-8, as Windows-1252 reads it ("José")."""
    start = max(data.rfind(sep, 0, at) for sep in (b" ", b",", b";", b"\n", b"\t"))
    ends = [i for i in (data.find(sep, at) for sep in (b" ", b",", b";", b"\r", b"\n", b"\t")) if i >= 0]
    return data[start + 1 : min(ends, default=len(data))][:40].decode("cp1252", errors="replace")


def separator(header_line: str) -> str:
    """The separator the header line uses most: TAB (Unicode Text), ``;`` or ``,``."""
    return max(_SEPARATORS, key=lambda sep: (header_line.count(sep), sep == ","))


def _names(cells: list[str]) -> str:
    shown = ", ".join(cells[:MAX_NAMED_COLUMNS])
    more = len(cells) - MAX_NAMED_COLUMNS
    return f"{shown} (+{more})" if more > 0 else shown


def _rows(found: RosterFile, reader, header: list[str | None], offset: int) -> None:
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
            unnamed = next((c for n, c in enumerate(cells) if header[n] == "" and c.strip()), None)
            if unnamed is not None:  # under a blank header cell: it would be dropped without a word
                found.problems.append(RowProblem(line, RowIssue.UNNAMED_COLUMN, "", unnamed[:40]))
                continue
            padded = _padded(cells, len(header))
            found.rows.append((line, {c: v for c, v in zip(header, padded, strict=True) if c}))
    except csv.Error as exc:  # an unclosed quote, a cell over the csv module's 128 KiB, a NUL
        found.problems.append(_bad_csv(offset + start, exc))


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))


def _bad_csv(line: int, exc: csv.Error) -> RowProblem:
    return RowProblem(line, RowIssue.BAD_CSV, "", str(exc)[:80])


def codes_csv(entries: Iterable[Mapping[str, str]]) -> str:
    """The codes file: one line per new code (name, delegation, email, code), UTF-8 with a header.

    A name typed as ``=HYPERLINK(…)`` is shown, not run, by the spreadsheet that opens the file."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CODES_COLUMNS)
    for entry in entries:
        writer.writerow([safe_cell(entry.get(column, "")) for column in CODES_COLUMNS])
    return out.getvalue()
