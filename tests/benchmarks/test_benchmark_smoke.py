"""Small versions of the fan-out and reconnect-storm benchmarks: they still run, and no stream loses,
repeats or skips an event. Correctness only; the timings are the benchmarks' business."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import fanout  # noqa: E402
import reconnect_storm  # noqa: E402


@pytest.mark.timeout(120)
def test_fanout_with_50_streams_delivers_every_event_to_every_stream():
    result = fanout.run(streams=50, commands=10, processes=1)
    assert result["deliveries"] == 50 * 10
    assert result["missing"] == result["gaps"] == result["duplicates"] == 0


@pytest.mark.timeout(120)
def test_reconnect_storm_with_50_streams_brings_every_stream_back_without_gaps():
    result = reconnect_storm.run(streams=50, processes=1, before_s=1, after_s=3)
    assert result["not_back"] == 0
    assert result["gaps"] == result["duplicates"] == 0
    assert result["back_in_step_max_s"] < 10
