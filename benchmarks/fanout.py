"""Fan-out: N event streams on one server process, a chair command every 200 ms.

    python benchmarks/fanout.py [--streams 100 1000 5000] [--commands 50] [--json]

The server runs in its own process (``meeting-server serve``), the streams in generator
processes. Latency is from the moment the chair's command is sent to the moment each stream
receives its event. Every stream must receive every event (no gap, no duplicate). Each size is run
first against the floor, a bare asyncio broadcaster (``floor_server.py``), with the same generators.
The generators are raw asyncio sockets on uvloop (no HTTP library per stream), but they share the
machine's cores with the server: every figure includes their load.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit, summary_ms  # noqa: E402
from loadgen import ChairCommands, FloorProcess, ServerProcess, StreamFleet, paced  # noqa: E402

TARGET_P99_MS = {1000: 80, 5000: 300}


def run(streams: int, commands: int, processes: int, server_type=ServerProcess) -> dict:
    """One fan-out run against the meeting server (or, with ``FloorProcess``, the floor)."""
    server = server_type()
    try:
        fleet = StreamFleet(server.port, server.token("demo-kenya"), streams, processes)
        chair = ChairCommands(server.url, server.token("demo-chair"))
        cpu_before = server.cpu_s()
        sent = paced(chair, commands, 0.2)
        time.sleep(2)  # let the last event arrive everywhere
        cpu = server.cpu_s() - cpu_before
        results = fleet.report()
        rss, peak = server.memory_mb()
    finally:
        server.stop()
    latencies, missing = [], 0
    for stream in results:
        got = {seq: at for seq, at in stream["received"]}
        for seq, at in sent.items():
            if seq in got:
                latencies.append(got[seq] - at)
            else:
                missing += 1
    if os.environ.get("FANOUT_PER_EVENT"):  # where the tail comes from: one line per command
        for seq, at in sorted(sent.items()):
            times = sorted(got_at - at for stream in results for s, got_at in stream["received"] if s == seq)
            print(seq, f"{times[len(times) // 2] * 1000:.0f}", f"{times[-1] * 1000:.0f}", file=sys.stderr)
    return {
        "server": "floor: bare asyncio" if server_type is FloorProcess else "meeting server",
        "streams": streams,
        "commands": commands,
        "deliveries": len(latencies),
        **summary_ms(latencies),
        "missing": missing,
        "gaps": sum(s["gaps"] for s in results),
        "duplicates": sum(s["duplicates"] for s in results),
        "server_rss_mb": round(rss),
        "server_peak_mb": round(peak),
        "cpu_s server / generators": f"{cpu:.1f} / {fleet.cpu_s:.1f}",
        "command answered p99_ms": summary_ms(chair.answered_in)["p99_ms"],
        "load_1min": round(os.getloadavg()[0], 1),
        "target_p99_ms": TARGET_P99_MS.get(streams, "") if server_type is ServerProcess else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--commands", type=int, default=50)
    parser.add_argument("--processes", type=int, default=2, help="load-generator processes")
    parser.add_argument("--no-floor", action="store_true", help="skip the bare asyncio broadcaster")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    kinds = [ServerProcess] if args.no_floor else [FloorProcess, ServerProcess]
    emit([run(n, args.commands, args.processes, kind) for n in args.streams for kind in kinds], args.json)


if __name__ == "__main__":
    main()
