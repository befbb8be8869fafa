"""A small run of the import benchmark: it still runs and its file imports whole (correctness only)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import import_schedule  # noqa: E402

from companion.interchange import read_schedule  # noqa: E402


def test_the_benchmark_file_reads_whole_and_the_benchmark_runs():
    parsed = read_schedule(import_schedule.frab_xml(60), "Europe/Zurich")
    assert len(parsed.items) == 60 and parsed.skipped == []
    [note] = parsed.notes  # the one over-long abstract, as in the real CCC files: shortened, not refused
    assert note.code == "shortened" and note.fields["field"] == "description"
    result = import_schedule.run(count=60, runs=1)
    assert result["events"] == 60 and result["import_best_ms"] > 0 and result["room_import_best_ms"] > 0
