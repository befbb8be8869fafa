"""The agenda's titles and descriptions in other languages, from files and back to one.

Two ways in, both matched to the agenda by item id (a frab guid, a c3voc guid, an iCalendar UID):

- one schedule file per language (the same programme, translated: ``translations_from_schedule``),
  read by the usual readers (``schedule_file.read_schedule``) — only ids, titles and descriptions
  are taken; items the agenda does not have are reported, not added;
- one CSV of translations (``translations_from_csv``): ``id, language, title[, description]`` per
  line, or one line per item with ``title_ar, description_ar, title_zh, …`` columns — the form
  ``translations_csv`` writes, so an exported file comes back in unchanged.

Out come the ``translations`` of an ``agenda.translate`` command; the domain checks them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from companion.domain.content_language import ORIGINAL_LANGUAGE
from companion.domain.state import MeetingState

from .booth_files import BoothFileError, FileProblem, csv_rows
from .record_files import safe_cell
from .schedule_file import read_schedule


@dataclass
class Translations:
    """What a file gives: the translations to send, and the ids it names that the agenda lacks."""

    translations: list[dict[str, Any]] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)


def translations_from_schedule(
    data: bytes, state: MeetingState, language: str, filename: str = ""
) -> Translations:
    """The titles and descriptions of a schedule file in *language*, by item id.

    Raises ScheduleError for a file the readers refuse (as an import would)."""
    parsed = read_schedule(data, state.meeting.time_zone, filename)
    found = Translations()
    for item in parsed.items:
        if item.id not in state.items:
            found.unmatched.append(item.id)
        elif item.title.strip():
            text = {"title": item.title, "description": item.description}
            found.translations.append({"item_id": item.id, "language": language, **text})
    return found


def translations_from_csv(data: bytes, state: MeetingState) -> Translations:
    """The translations of a CSV (long or wide form); raises BoothFileError listing every bad line."""
    rows = csv_rows(data, ("id",))
    columns = set(rows[0][1]) if rows else set()
    if not ({"language", "title"} <= columns or any(c.startswith("title_") for c in columns)):
        raise BoothFileError([FileProblem(1, "missing_column", "language, title (or title_ar, …)")])
    languages = [code for code in state.meeting.languages if code != ORIGINAL_LANGUAGE]
    found, problems = Translations(), []
    for line, row in rows:
        if "language" in row:  # long form: one text per line
            pairs = [(row.get("language", "").casefold(), row.get("title", ""), row.get("description", ""))]
        else:
            pairs = [(c, row.get(f"title_{c}", ""), row.get(f"description_{c}", "")) for c in languages]
        if row["id"] not in state.items:
            found.unmatched.append(row["id"])
            continue
        for code, title, description in pairs:
            if code not in languages:
                problems.append(FileProblem(line, "unknown_language", code))
            elif title:
                text = {"title": title, "description": description}
                found.translations.append({"item_id": row["id"], "language": code, **text})
    if problems:
        raise BoothFileError(problems)
    return found


def translations_csv(state: MeetingState, languages: Iterable[str] | None = None) -> str:
    """The agenda's titles and descriptions, one line per item: ``id, title, description`` in the
    original, then ``title_xx, description_xx`` per other language (blank where none yet)."""
    others = [c for c in (languages or state.meeting.languages) if c != ORIGINAL_LANGUAGE]
    header = ["id", "title", "description"]
    header += [f"{part}_{code}" for code in others for part in ("title", "description")]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for item in state.items.values():
        texts = {t.language: t for t in item.translations}
        cells = [item.id, item.title, item.description]
        for code in others:
            text = texts.get(code)
            cells += [text.title, text.description] if text else ["", ""]
        writer.writerow([safe_cell(c) for c in cells])
    return out.getvalue()


__all__ = ["BoothFileError", "Translations", "translations_csv", "translations_from_csv",
           "translations_from_schedule"]  # fmt: skip
