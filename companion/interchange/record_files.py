"""The record of the meeting as CSV (one row per request) and JSON (rows plus figures per item)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any

from companion.domain.codec import to_plain
from companion.domain.meeting_record import RecordRow, figures_of, record_rows
from companion.domain.state import MeetingState

CSV_COLUMNS = [f.name for f in dataclasses.fields(RecordRow)]


def record_csv(state: MeetingState) -> str:
    """One row per request for the floor, UTF-8 text with a header (spreadsheets open it as is)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in record_rows(state):
        writer.writerow({k: safe_cell(v) for k, v in to_plain(row).items()})
    return out.getvalue()


#: A text cell starting so is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell as text a spreadsheet shows, never runs: formula-like text gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def record_document(state: MeetingState) -> dict[str, Any]:
    """Per item: its requests and figures; and the figures for the whole meeting."""
    rows = record_rows(state)
    items = []
    for item in state.items.values():
        mine = [r for r in rows if r.item_id == item.id]
        if mine:
            items.append(
                {
                    "item_id": item.id,
                    "title": item.title,
                    "start": to_plain(item.start),
                    "figures": to_plain(figures_of(state, mine)),
                    "requests": [to_plain(r) for r in mine],
                }
            )
    return {
        "meeting": {"id": state.meeting.id, "title": state.meeting.title, "seq": state.seq},
        "figures": to_plain(figures_of(state, rows)),
        "items": items,
    }


def record_json(state: MeetingState) -> str:
    return json.dumps(record_document(state), ensure_ascii=False, indent=2)
