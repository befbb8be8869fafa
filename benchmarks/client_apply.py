"""How long the client takes to apply 10,000 events, and the memory it holds.

    python benchmarks/client_apply.py [--events 10000] [--json]

Events are made by the real domain (as the server would) over the bundled meeting with 1,000
participants: requests, withdrawals, calls, clock, channel choices. The client side is timed as
the stream applies them: JSON envelope in, ``Replica.receive`` (reducer + listeners) out.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.client.replica import Replica  # noqa: E402
from companion.client.state_cache import StateCache  # noqa: E402
from companion.domain import CommandRefused, MeetingState, execute, record  # noqa: E402
from companion.domain.codec import to_plain  # noqa: E402
from companion.domain.entities import Participant  # noqa: E402
from companion.domain.programme import programme_payload  # noqa: E402
from companion.paths import BUNDLED_MEETING  # noqa: E402

OPEN_ITEMS = ["d1-floor-morning", "d1-floor-afternoon", "d2-sharing-1"]


def make_events(count: int, participants: int = 1000) -> list[str]:
    rng = random.Random(12)
    now = datetime(2025, 10, 28, 9, tzinfo=UTC)
    state, first = record(
        MeetingState(), "meeting.created", programme_payload(json.loads(BUNDLED_MEETING.read_text())), now
    )
    envelopes = [first.envelope()]
    people = []
    for n in range(participants):
        kind = "member_state" if n % 3 else "observer"
        p = Participant(
            f"p{n}", f"Delegate {n}", "delegate", f"Country {n}", kind, rng.choice(["onsite", "remote"])
        )
        state, e = record(state, "participant.added", {"participant": to_plain(p)}, now)
        envelopes.append(e.envelope())
        people.append(p)
    chair = Participant("chair", "Chair", "chair")
    state, e = record(state, "participant.added", {"participant": to_plain(chair)}, now)
    envelopes.append(e.envelope())
    while len(envelopes) < count:
        now += timedelta(seconds=rng.randint(1, 20))
        state, events = _random_command(state, rng, people, chair, now)
        envelopes += [e.envelope() for e in events]
    return [json.dumps(e) for e in envelopes[:count]]


def _random_command(state, rng, people, chair, now):
    roll = rng.random()
    item = rng.choice(OPEN_ITEMS)
    who, command = rng.choice(people), None
    if roll < 0.45:
        command = {
            "type": "floor.request",
            "item_id": item,
            "language": rng.choice(["en", "fr", "es", "ar"]),
            "kind": rng.choice(["statement", "statement", "question", "right_of_reply"]),
        }
    elif roll < 0.6:
        command = {"type": "channel.choose", "channel": rng.choice(["floor", "en", "fr", "zh"])}
    elif roll < 0.7 and state.queues.get(item):
        rid = rng.choice(state.queues[item])
        who, command = (
            state.participants[state.requests[rid].participant_id],
            {"type": "floor.withdraw", "request_id": rid},
        )
    elif roll < 0.8 and state.queues.get(item):
        who, command = chair, {"type": "floor.move", "request_id": state.queues[item][-1], "position": 0}
    elif roll < 0.9 and state.queues.get(item):
        who, command = chair, {"type": "floor.call_next", "item_id": item}
    else:
        who, command = (
            chair,
            {"type": "floor.start" if state.floor and not state.floor.running_since else "floor.finish"},
        )
    try:
        return execute(state, command, who, now)
    except CommandRefused:
        return state, []


def apply_all(texts: list[str], folder: str) -> tuple[Replica, list[float], float]:
    replica = Replica(StateCache(Path(folder)), lambda state: None)
    replica.state = MeetingState()
    latencies = []
    start = time.perf_counter()
    for text in texts:
        t = time.perf_counter()
        replica.receive([json.loads(text)], strict=True)
        latencies.append((time.perf_counter() - t) * 1000)
    return replica, latencies, time.perf_counter() - start


def run(count: int) -> dict:
    texts = make_events(count)
    with tempfile.TemporaryDirectory() as folder:
        replica, latencies, total = apply_all(texts, folder)  # timed without tracing
    with tempfile.TemporaryDirectory() as folder:
        tracemalloc.start()
        apply_all(texts, folder)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    latencies.sort()
    return {
        "events": count,
        "total_s": round(total, 3),
        "events_per_s": round(count / total),
        "median_ms": round(statistics.median(latencies), 3),
        "p99_ms": round(latencies[int(len(latencies) * 0.99)], 3),
        "max_ms (includes cache writes)": round(latencies[-1], 3),
        "state_memory_mb": round(current / 2**20, 1),
        "peak_memory_mb": round(peak / 2**20, 1),
        "requests_in_state": len(replica.state.requests),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.events)
    if args.json:
        print(json.dumps(result))
        return
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
