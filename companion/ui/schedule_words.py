"""A schedule import's report and refusals in the interface language.

The server sends each reason as a code with fields (``companion.interchange.schedule_notes``);
the sentences per code are in ``companion.interchange.schedule_words`` (the CLI says them too).
A test checks that every code has one.
"""

from __future__ import annotations

from typing import Any

from companion.interchange.schedule_notes import Why
from companion.interchange.schedule_words import FIELDS, REASONS, SHAPES

from .labels import isolate, listing, number, tr


def reason_text(reason: dict[str, Any]) -> str:
    """A reason (``{code, fields}`` as the server sends it) in the interface language."""
    try:
        template = REASONS[Why(reason.get("code"))]
    except ValueError:
        return tr("a reason this app does not know ({code})").format(code=reason.get("code"))
    # Counts, limits, lines and columns in the locale's digits (Arabic-Indic in Arabic), like every
    # other number on screen; text (a time, a zone, an id) as the file spells it, bidi-isolated.
    given = reason.get("fields") or {}
    fields = {k: _shown(v) for k, v in given.items()}
    if "expected" in given:
        fields["expected"] = tr(SHAPES.get(given["expected"], str(given["expected"])))
    if reason.get("code") == Why.SHORTENED and given.get("field") in FIELDS:  # an agenda field: its word
        fields["field"] = tr(FIELDS[given["field"]])
    try:
        return tr(template).format(**fields)
    except (KeyError, IndexError, ValueError):  # fields missing: the kind of problem still shows
        return tr(template)


def _shown(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return isolate(value) if isinstance(value, str) else value


def report_text(report: dict[str, Any]) -> str:
    """The whole report, one line per item and per reason, for the dialog's details."""
    head = tr("Would import ({format}):") if report["dry_run"] else tr("Imported ({format}):")
    lines = [head.format(format=report["format"])]
    sections = (
        ("added", tr("{n} added")),
        ("changed", tr("{n} changed")),
        ("cancelled", tr("{n} cancelled (postponed)")),
        ("removed", tr("{n} removed")),
        ("kept_postponed", tr("{n} gone from the file but asked for the floor on: postponed")),
    )
    for key, label in sections:
        lines.append("  " + label.format(n=number(len(report[key]))))
        for entry in report[key]:
            changed = listing(tr(FIELDS.get(f, f)) for f in entry.get("fields", ()))
            named = f"    - {isolate(entry['title'])} ({isolate(entry['id'])})"
            lines.append(named + (f" [{changed}]" if changed else ""))
    lines.append("  " + tr("{n} unchanged").format(n=number(report["unchanged"])))
    lines.append("  " + tr("{n} skipped").format(n=number(len(report["skipped"]))))
    lines += [f"    - {placed_reason(s)}" for s in report["skipped"]]
    lines += ["  " + tr("Note: {text}").format(text=placed_reason(note)) for note in report["notes"]]
    return "\n".join(lines)


def placed_reason(reason: dict[str, Any]) -> str:
    """The reason after its place in the file, when it has one (a skip, a refusal, a note)."""
    if not reason.get("place"):
        return reason_text(reason)
    return tr("{place}: {reason}").format(place=place_text(reason), reason=reason_text(reason))


def place_text(reason: dict[str, Any]) -> str:
    """Where in the file: the place in the file's own terms (an XML path, a JSON pointer, a VEVENT),
    isolated so a right-to-left sentence does not reorder it, after its line where the format has lines."""
    key = reason.get("key")  # the event's guid or id beside a JSON pointer, as the file spells it
    place = isolate(f"{reason.get('place') or ''} ({key})" if isinstance(key, str) and key else
                    reason.get("place") or "")
    line = reason.get("line")
    return tr("line {line}, {place}").format(line=number(line), place=place) if line else place
