"""The report of a schedule import: what was added, changed, removed and skipped, and where.

Made from the prepared import (``domain.schedule_plan.prepare_import``) — the same object the
server then applies — so a dry run and the real import report the same thing.
"""

from __future__ import annotations

from typing import Any

from companion.domain.schedule_plan import AgendaImport, outside_days
from companion.domain.state import MeetingState

from .schedule_notes import Note, Why
from .schedule_parts import ParsedSchedule


def import_report(
    state: MeetingState, parsed: ParsedSchedule, prepared: AgendaImport, *, dry_run: bool
) -> dict[str, Any]:
    """What importing *parsed* into *state* does (or did), as JSON-ready data."""
    plan = prepared.plan
    new_titles = {item.id: item.title for item in parsed.items}

    def named(item_id: str) -> dict[str, str]:
        known = state.items.get(item_id)
        return {"id": item_id, "title": new_titles.get(item_id) or (known.title if known else "")}

    return {
        "format": parsed.format,
        "dry_run": dry_run,
        "seq": prepared.based_on,
        "plan": plan.digest(),
        "added": [named(i.id) for i in plan.added],
        "changed": [{**named(i), "fields": sorted(changes)} for i, changes in plan.changed],
        "cancelled": [named(i) for i in plan.cancelled],
        "removed": [named(i) for i in plan.removed],
        "kept_postponed": [named(i) for i in plan.kept],
        "unchanged": plan.unchanged,
        "skipped": [s.plain() for s in parsed.skipped],
        "notes": [n.plain() for n in (*parsed.notes, *_outside(state, parsed))],
    }


def _outside(state: MeetingState, parsed: ParsedSchedule) -> list[Note]:
    """A note when the file's items fall outside the meeting's days (another year's file, say)."""
    outside = outside_days(state, parsed.items)
    if not outside or not state.meeting.days:
        return []
    days = sorted(state.meeting.days)
    dates = sorted(item.day for item in outside)
    fields = {"count": len(outside), "first": days[0].isoformat(), "last": days[-1].isoformat(),
              "earliest": dates[0].isoformat(), "latest": dates[-1].isoformat()}
    return [Note(Why.OUTSIDE_DAYS, "", fields)]


def empty_refusal(parsed: ParsedSchedule) -> dict[str, Any]:
    """The ``empty_schedule`` refusal of a file none of whose events could be read: with every skip
    (its place, line and reason) and note, so the reasons reach the person who sent the file."""
    skipped = [s.plain() for s in parsed.skipped]
    message = f"The schedule has no items ({len(skipped)} event(s) skipped); nothing was changed."
    if skipped:
        message += "".join(f"\n  - {_placed(s)}" for s in skipped[:20])
        message += f"\n  … and {len(skipped) - 20} more" if len(skipped) > 20 else ""
    return {"code": "empty_schedule", "message": message, "format": parsed.format,
            "skipped": skipped, "notes": [n.plain() for n in parsed.notes]}


def notes_text(parsed: ParsedSchedule) -> str:
    """What reading *parsed* skipped and assumed, for a person at a console."""
    lines = [f"  {len(parsed.skipped)} skipped"]
    lines += [f"    - {_placed(s.plain())}" for s in parsed.skipped]
    lines += [f"  Note: {_placed(n.plain())}" for n in parsed.notes]
    return "\n".join(lines)


def report_text(report: dict[str, Any]) -> str:
    """The report for a person at a console (in English; the app words it in its own language)."""
    verb = "Would import" if report["dry_run"] else "Imported"
    lines = [f"{verb} ({report['format']}):"]
    sections = (
        ("added", "added"),
        ("changed", "changed"),
        ("cancelled", "cancelled (postponed)"),
        ("removed", "removed"),
        ("kept_postponed", "gone from the file but with floor requests, so postponed, not removed"),
    )
    for key, label in sections:
        entries = report[key]
        lines.append(f"  {len(entries)} {label}")
        for entry in entries:
            fields = f" [{', '.join(entry['fields'])}]" if "fields" in entry else ""
            lines.append(f"    - {entry['title']} ({entry['id']}){fields}")
    lines.append(f"  {report['unchanged']} unchanged")
    lines.append(f"  {len(report['skipped'])} skipped")
    lines += [f"    - {_placed(s)}" for s in report["skipped"]]
    lines += [f"  Note: {_placed(note)}" for note in report["notes"]]
    return "\n".join(lines)


def _placed(note: dict[str, Any]) -> str:
    place = f"{note['place']} ({note['key']})" if note.get("key") else note["place"]
    where = f"line {note['line']}: {place}" if note.get("line") else place
    return f"{where}: {note['reason']}" if where else note["reason"]
