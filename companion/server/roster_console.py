"""The secretariat's console: an import report in the app's sentences, and a progress bar.

The sentences come from companion/interchange/roster_words.py in the language of ``--language``
(through the app's own translations), so the CLI and *Meeting ▸ Participants…* say the same thing.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from companion.interchange import roster_words as words

from .catalogue import translator

Translate = words.Translate


def words_in(language: str | None) -> Translate:
    """The translate function of *language* (English when None)."""
    return translator(language or "en")


def roster_text(report: dict[str, Any], filename: str, translate: Translate) -> str:
    """The import report for a person at a console, in the app's words: every line named."""
    notes = [f"  {words.note_sentence(n, translate)}" for n in report.get("notes") or ()]
    if report["problems"]:
        lines = [f"{filename}: {translate(words.REFUSED)}"]
        lines += [f"  {words.problem_sentence(p, translate)}" for p in report["problems"]]
        return "\n".join(lines + notes)
    head = translate(words.WOULD_IMPORT if report["dry_run"] else words.IMPORTED)
    counts = {"a": len(report["added"]), "u": len(report["updated"]), "k": report["unchanged"]}
    lines = [f"{filename}: {head.format(**counts)}", *notes]
    lines += [f"  + {p['name']} ({p['delegation'] or p['role']})" for p in report["added"]]
    lines += [f"  ~ {p['name']} ({p['delegation'] or p['role']})" for p in report["updated"]]
    if report["groups"] is not None:
        lines.append("  " + translate(words.GROUPS).format(names=", ".join(report["groups"])))
    if report.get("booths"):
        lines.append("  " + translate(words.BOOTHS).format(names=", ".join(report["booths"])))
    return "\n".join(lines)


class ProgressBar:
    """``label [#########-----------]  1,200/5,000`` redrawn in place on a terminal; silent when the
    output is a file or a pipe (a log needs no 50 redrawn lines)."""

    WIDTH = 30

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.live or total <= 0:
            return
        filled = self.WIDTH * done // total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done:,}/{total:,}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
        self.shown = True
