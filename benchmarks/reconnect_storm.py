"""Reconnect storm: N streams drop at once and come back with Last-Event-ID while commands go on.

    python benchmarks/reconnect_storm.py [--streams 5000] [--json]

A chair command every 200 ms throughout. At the storm every stream's connection is aborted at
the same moment; each reconnects at once with the id of the last event it saw. A stream is back in
step when it has received the first event committed after the storm, with no gap and no
duplicate on the way. Target: every stream back in step within 10 s.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit  # noqa: E402
from loadgen import ChairCommands, ServerProcess, StreamFleet, paced  # noqa: E402

TARGET_S = 10


def run(streams: int, processes: int, before_s: float = 2, after_s: float = 12) -> dict:
    server = ServerProcess()
    try:
        fleet = StreamFleet(server.port, server.token("demo-kenya"), streams, processes)
        chair = ChairCommands(server.url, server.token("demo-chair"))
        sent: dict[int, float] = {}
        every = 0.2
        commander = threading.Thread(
            target=lambda: sent.update(paced(chair, int((before_s + after_s) / every), every))
        )
        commander.start()
        time.sleep(before_s)
        storm_at = fleet.storm()
        commander.join()
        time.sleep(1)
        results = fleet.report()
        rss, peak = server.memory_mb()
    finally:
        server.stop()
    first_after = min(seq for seq, at in sent.items() if at > storm_at)
    back = []
    for stream in results:
        got = [at for seq, at in stream["received"] if seq == first_after]
        back.append(got[0] - storm_at if got else float("inf"))
    back.sort()
    return {
        "streams": streams,
        "commands": len(sent),
        "back_in_step_median_s": round(back[len(back) // 2], 2),
        "back_in_step_p99_s": round(back[min(len(back) - 1, int(len(back) * 0.99))], 2),
        "back_in_step_max_s": round(back[-1], 2),
        "not_back": sum(1 for b in back if b == float("inf")),
        "gaps": sum(s["gaps"] for s in results),
        "duplicates": sum(s["duplicates"] for s in results),
        "server_peak_mb": round(peak),
        "target_s": TARGET_S,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, nargs="+", default=[5000])
    parser.add_argument("--processes", type=int, default=2, help="load-generator processes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit([run(n, args.processes) for n in args.streams], args.json)


if __name__ == "__main__":
    main()
