"""The report of a schedule import: what was added, changed, removed and skipped, and where."""

from __future__ import annotations

from typing import Any

from companion.domain.codec import to_plain
from companion.domain.schedule_plan import ImportPlan, plan_import
from companion.domain.state import MeetingState

from .schedule_file import ParsedSchedule


def import_command(parsed: ParsedSchedule) -> dict[str, Any]:
    """The ``agenda.import`` command that applies a parsed schedule."""
    items = [to_plain(item) for item in parsed.items]
    return {"type": "agenda.import", "items": items, "fields": list(parsed.fields)}


def import_report(state: MeetingState, parsed: ParsedSchedule, *, dry_run: bool) -> dict[str, Any]:
    """What importing *parsed* into *state* does (or did), as JSON-ready data."""
    plan: ImportPlan = plan_import(state, parsed.items, parsed.fields)
    new_titles = {item.id: item.title for item in parsed.items}

    def named(item_id: str) -> dict[str, str]:
        known = state.items.get(item_id)
        return {"id": item_id, "title": new_titles.get(item_id) or (known.title if known else "")}

    return {
        "format": parsed.format,
        "dry_run": dry_run,
        "added": [named(i.id) for i in plan.added],
        "changed": [{**named(i), "fields": sorted(changes)} for i, changes in plan.changed],
        "cancelled": [named(i) for i in plan.cancelled],
        "removed": [named(i) for i in plan.removed],
        "kept_postponed": [named(i) for i in plan.kept],
        "unchanged": plan.unchanged,
        "skipped": [{"place": s.place, "reason": s.reason} for s in parsed.skipped],
        "notes": list(parsed.notes),
    }


def report_text(report: dict[str, Any]) -> str:
    """The report for a person at a console or in a dialog."""
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
    lines += [f"    - {s['place']}: {s['reason']}" for s in report["skipped"]]
    lines += [f"  Note: {note}" for note in report["notes"]]
    return "\n".join(lines)
