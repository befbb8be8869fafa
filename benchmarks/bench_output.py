"""Printing a benchmark's figures: an aligned table for people, or one JSON object with --json."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence


def summary_ms(samples_s: Sequence[float]) -> dict[str, float]:
    """Median, p99 and max of durations given in seconds, in milliseconds."""
    ordered = sorted(samples_s)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(p99 * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def emit(result: dict | list[dict], as_json: bool) -> None:
    """Print *result* (one row or several) as a table, or as JSON."""
    if as_json:
        print(json.dumps(result))
        return
    rows = result if isinstance(result, list) else [result]
    if len(rows) == 1:
        width = max(map(len, rows[0]))
        for key, value in rows[0].items():
            print(f"{key:<{width}}  {value}")
        return
    columns = list(rows[0])
    widths = [max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(w) for c, w in zip(columns, widths, strict=True)))
