"""The chair's console at real size, on the GUI thread: 4,942 participants, 311 requests on the live
item (3 points of order, 2 rights of reply, 60 % with texts), and the chair's own changes —
moves of one request, moves of a selection, a filter typed — as the console takes them in.

    QT_QPA_PLATFORM=offscreen python benchmarks/chair_real_size.py [--events 200] [--json]

Each row is the time of one step on the GUI thread, the repaint included (the panel is shown at a
1366×768 laptop's size): the floor is the reducer alone on the same events, measured in the same
run; "console" is the reducer, the console told of the new state, and the repaint. At 100 changes
a minute the console has 600 ms per change; the figure to watch is its p99 against the floor's.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_output import emit, summary_ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from companion.domain import MeetingState, apply, execute, record  # noqa: E402
from companion.domain.programme import programme_payload  # noqa: E402
from companion.paths import BUNDLED_MEETING  # noqa: E402

ITEM, PEOPLE, WAITING = "d1-floor-morning", 4942, 311
T0 = datetime(2025, 10, 28, 11, 40, tzinfo=UTC)
#: Moves of one request only (``--one-at-a-time``): what a console without selections can be told.
ONE_AT_A_TIME = "--one-at-a-time" in sys.argv


def real_size_state() -> MeetingState:
    """The bundled meeting with 4,942 delegates and 311 requests on its live open floor."""
    programme = programme_payload(json.loads(BUNDLED_MEETING.read_text()))
    state, _ = record(MeetingState(), "meeting.created", programme, T0)
    chair = {"id": "chair", "name": "Chair", "role": "chair", "delegation": "WIPO Secretariat"}
    state, _ = record(state, "participant.added", {"participant": chair}, T0)
    for n in range(PEOPLE):
        person = {"id": f"p-{n:05d}", "name": f"Delegate {n}", "role": "delegate",
                  "delegation": f"Delegation {n % 190}",
                  "delegation_kind": "member_state" if n % 5 else "observer",
                  "attendance": "onsite" if n % 3 else "remote"}
        state, _ = record(state, "participant.added", {"participant": person}, T0)
    who = state.participants["chair"]
    state, _ = execute(state, {"type": "agenda.set_status", "item_id": ITEM, "status": "live"}, who, T0)
    for n in range(WAITING):
        kind = "point_of_order" if n in (40, 120, 250) else "right_of_reply" if n in (7, 77) else "statement"
        command = {"type": "floor.request", "item_id": ITEM, "participant_id": f"p-{n * 7:05d}", "kind": kind,
                   "language": ("en", "fr", "es", "ar", "ru", "zh")[n % 6]}
        if n % 5 < 3:
            command["text"] = "Mr. Chair, distinguished delegates…"
        state, _ = execute(state, command, who, T0)
    return state


def changes(state: MeetingState, count: int, rng: random.Random) -> list:
    """*count* of the chair's changes as events: moves of one, moves of a selection of five."""
    who, events, at = state.participants["chair"], [], T0
    for n in range(count):
        queue, at = state.queues[ITEM], at + timedelta(seconds=0.6)
        if n % 4 == 3 and not ONE_AT_A_TIME:
            chosen = rng.sample(list(queue), 5)
            command = {"type": "floor.move_many", "item_id": ITEM, "request_ids": chosen,
                       "position": rng.randrange(50)}
        else:
            command = {"type": "floor.move", "request_id": rng.choice(queue),
                       "position": rng.randrange(len(queue))}
        state, new = execute(state, command, who, at)
        events += new
    return events


def timed(state: MeetingState, events: list, tell) -> list[float]:
    samples = []
    app = QApplication.instance()
    for event in events:
        started = time.perf_counter()
        state = apply(state, event)
        tell(state)
        app.processEvents()
        samples.append(time.perf_counter() - started)
    return samples


def run(count: int) -> list[dict]:
    from companion.ui.chair_panel import ChairPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state = real_size_state()
    events = changes(state, count, random.Random(31))
    panel = ChairPanel()
    panel.resize(750, 600)  # the console's share of a 1366×696 window
    panel.set_state(state)
    panel.show_item(ITEM)
    panel.show()
    app.processEvents()
    rows = [{"case": "floor: the reducer alone", **summary_ms(timed(state, events, lambda s: None))}]
    told = timed(state, events, panel.set_state)
    rows.append({"case": "console: a change told, repainted", **summary_ms(told)})
    if hasattr(panel, "finder"):
        panel.finder.line.setText("delegation 1")
        rows.append({"case": "console, list filtered", **summary_ms(timed(state, events, panel.set_state))})
        panel.finder.line.clear()
    if not hasattr(panel, "time"):
        return rows
    ticks = []
    for _ in range(50):
        started = time.perf_counter()
        panel.time.refresh()  # the forecast of 310, every 10 s
        ticks.append(time.perf_counter() - started)
    rows.append({"case": "time panel: forecast and words", **summary_ms(ticks)})
    clicks = []
    for n in range(50):
        started = time.perf_counter()
        panel.table.selectRow(n)
        app.processEvents()
        clicks.append(time.perf_counter() - started)
    rows.append({"case": "click: select a row, details shown", **summary_ms(clicks)})
    for row in rows:
        row["events"] = count
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one-at-a-time", action="store_true", help="moves of one request only")
    args = parser.parse_args()
    emit(run(args.events), args.json)


if __name__ == "__main__":
    main()
