"""The desktop client: time to the agenda on screen, idle memory, repaints — source run and bundle,
with a bare PySide6 window measured in the same run as the floor.

    python benchmarks/client_startup.py [--runs 5] [--bundle dist/meeting-companion] [--json]
    python benchmarks/client_startup.py --real-size-only --reorder-runs 3   # the floor and real size

Every start is a fresh process (offscreen Qt), timed from launch to the agenda on screen (the
app's probe, ``MEETING_COMPANION_PROBE``, which then watches the GUI thread with a 10 ms heartbeat
and reports its longest stall and the resident memory). The sign-in token is kept in a file
keyring, as a desktop keychain keeps it, so later starts resume from the cached state.
Cases: the bundled meeting (cold, cached), and a meeting of real size — 5,000 participants,
a 1,000-item agenda, 311 requests waiting on the live item, the delegate Kenya 250th — for the
chair, that delegate and the French booth, one after the other in the same run: snapshot size,
cold and cached start, and each workspace while the chair reorders the queue (one event every
100 ms), with the GUI thread's CPU per event applied.
The bundle is measured when it has been built (``python -m companion.packaging build``), and its
unpacked size printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_output import emit  # noqa: E402
from import_schedule import frab_xml  # noqa: E402
from real_size_meeting import MEETING, ROOT, MeetingServer, fill, reorder  # noqa: E402

from companion.packaging.build import folder_size  # noqa: E402

TARGET = "cached ≤ 0.30 s, idle ≤ 89 MB (real size: ≤ 0.5 s, ≤ 150 MB), no stall > 50 ms"
BARE_WINDOW = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv[:1])
seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
window = QMainWindow()
table = QTableWidget(20, 3)
for r in range(20):
    table.setItem(r, 0, QTableWidgetItem(f"Item {r}"))
window.setCentralWidget(table)
window.show()
gaps, last = [], [time.perf_counter()]
def beat():  # the app's probe's heartbeat: what the machine alone does to a 10 ms timer
    now = time.perf_counter()
    gaps.append((now - last[0]) * 1000)
    last[0] = now
heartbeat = QTimer(interval=10, timeout=beat)
def shown():
    print("shown", flush=True)
    last[0] = time.perf_counter()
    heartbeat.start()
    QTimer.singleShot(int(seconds * 1000), done)
def done():
    rss = int([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]) / 1024
    print(json.dumps({"rss_mb": round(rss, 1), "max_gui_gap_ms": round(max(gaps, default=0), 1),
                      "stalls_over_50ms": sum(1 for g in gaps if g > 50)}), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


class Launcher:
    """How to start the app: the source run or the bundle, each with its own home folder."""

    def __init__(self, name: str, command: list[str], home: Path) -> None:
        self.name, self.command, self.home = name, command, home
        keyring_config = home / "config" / "python_keyring"
        keyring_config.mkdir(parents=True, exist_ok=True)
        # The bundle cannot see PYTHONPATH: keyring's own config points it at the test backend.
        (keyring_config / "keyringrc.cfg").write_text(
            f"[backend]\ndefault-keyring=file_keyring.FileKeyring\nkeyring-path={ROOT / 'tests'}\n"
        )

    def elsewhere(self, suffix: str) -> Launcher:
        """The same app with a fresh home (no sign-in, no cache)."""
        return Launcher(self.name, self.command, self.home.with_name(self.home.name + suffix))

    def env(self, watch_s: float) -> dict:
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_"))},
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "PYTHONPATH": str(ROOT),
            "TEST_KEYRING_FILE": str(self.home / "keyring.json"),
            "MEETING_COMPANION_PROBE": str(watch_s),
        }

    def start(self, server_url: str, code: str | None, watch_s: float, after_shown=None) -> dict:
        args = [*self.command, "--server", server_url, "--meeting", MEETING]
        args += ["--code", code] if code else []
        return timed_start(args, self.env(watch_s), after_shown)


def timed_start(args: list[str], env: dict, after_shown=None) -> dict:
    """Launch, wait for "shown" and the probe's report; never hangs (60 s at most)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    killer = threading.Timer(60, proc.kill)
    killer.start()
    shown, report = None, None
    try:
        for line in proc.stdout:
            if line.startswith("shown") and shown is None:
                shown = time.perf_counter() - started
                if after_shown:
                    threading.Thread(target=after_shown, daemon=True).start()
            elif line.startswith("{"):
                report = json.loads(line)
        proc.wait(10)
    finally:
        killer.cancel()
    if shown is None or report is None:
        raise RuntimeError(f"{args[0]} did not show the agenda (exit {proc.returncode})")
    return {"shown_s": shown, **report}


def repeated(case: str, runs: int, start) -> dict:
    """*runs* starts: the fastest and the median time to the agenda, the largest memory."""
    results = [start() for _ in range(runs)]
    times = [r["shown_s"] for r in results]
    return {
        "case": case,
        "runs": runs,
        "shown_min_s": round(min(times), 3),
        "shown_median_s": round(statistics.median(times), 3),
        "rss_mb": max(r["rss_mb"] for r in results),
        "max_gui_gap_ms": max(r["max_gui_gap_ms"] for r in results),
        "stalls_over_50ms": sum(r["stalls_over_50ms"] for r in results),
    }


def floor(runs: int, watch_s: float = 1.0, case: str = "floor: bare PySide6 window") -> dict:
    """A bare window started *runs* times, its GUI thread watched for *watch_s* as the app's is."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    bare = [sys.executable, "-c", BARE_WINDOW, str(watch_s)]
    return repeated(case, runs, lambda: timed_start(bare, env))


def bundled_meeting(launchers: list[Launcher], runs: int, watch_s: float) -> list[dict]:
    server = MeetingServer()
    rows = []
    try:
        for app in launchers:
            rows.append(repeated(f"{app.name}: cold (sign in, snapshot)", 1,
                                 lambda a=app: a.start(server.url, "demo-kenya", watch_s)))
            rows.append(repeated(f"{app.name}: cached state", runs,
                                 lambda a=app: a.start(server.url, None, watch_s)))
    finally:
        server.stop()
    return rows


#: Who is measured at real size: the chair, a delegate placed 250th of 311, an interpreter.
ROLES = (("chair", "demo-chair"), ("delegate", "demo-kenya"), ("interpreter", "demo-booth-fr"))
WAITING, OWN_PLACE = 311, 250


def real_size(
    launchers: list[Launcher], runs: int, watch_s: float, reorder_runs: int = 1, roles=ROLES
) -> tuple[list[dict], dict]:
    server = MeetingServer(participants=5000)
    rows = []
    try:
        _, waiting = fill(server, frab_xml(1000), WAITING, own_place=OWN_PLACE)
        sizes = {f"snapshot_bytes_{role}": server.snapshot_bytes(code) for role, code in roles}
        sizes |= {f"wire_bytes_{role}": server.wire_bytes(code) for role, code in roles}
        for launcher in launchers:
            rows.append(floor(1, 25, "floor: bare window watched 25 s"))  # the machine's own stalls
            for role, code in roles:  # the roles one after the other, in the same run
                rows += _real_size_role(launcher.elsewhere(f"-big-{role}"), server, waiting, role, code,
                                        runs, watch_s, reorder_runs)
    finally:
        server.stop()
    return rows, sizes


def _real_size_role(app: Launcher, server: MeetingServer, waiting: list[str], role: str, code: str,
                    runs: int, watch_s: float, reorder_runs: int) -> list[dict]:
    """Cold and cached starts of one role, then the 200 live reorders at 10/s *reorder_runs* times."""
    case = f"{app.name}: real size, {role}"
    rows = [repeated(f"{case} cold", 1, lambda: app.start(server.url, code, watch_s)),
            repeated(f"{case} cached", runs, lambda: app.start(server.url, None, watch_s))]
    for n in range(reorder_runs):  # one row per run: stalls are counted per run
        live = app.start(server.url, None, 25, after_shown=lambda: reorder(server, waiting, 200, 10))
        events, cpu = live.get("events_applied_after_shown"), live.get("gui_thread_cpu_s")
        rows.append({**repeated(f"{case}, 200 reorders live #{n + 1}", 1,
                                lambda r=live: r),
                     "events_applied": events,
                     "gaps_over_30ms": live.get("gaps_over_30ms"),
                     "click_median_ms": live.get("click_median_ms"),
                     "click_max_ms": live.get("click_max_ms"),
                     "gui_thread_cpu_s": cpu,
                     "gui_cpu_ms_per_event": round(1000 * cpu / events, 2) if events and cpu else None,
                     "app_cpu_s": live.get("app_cpu_s"),
                     "long_gaps_at": live.get("long_gaps_at")})
    return rows


def run(runs: int, watch_s: float, bundle: Path | None, real_size_only: bool = False,
        reorder_runs: int = 1) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        launchers = [Launcher("source", [sys.executable, "main.py"], Path(folder) / "source")]
        if bundle and (bundle / "meeting-companion").exists():
            launchers.append(Launcher("bundle", [str(bundle / "meeting-companion")], Path(folder) / "bundle"))
        rows = [floor(runs)]
        if not real_size_only:
            rows += bundled_meeting(launchers, runs, watch_s)
        big, sizes = real_size(launchers, max(1, runs // 2), watch_s, reorder_runs)
        rows += big
    for row in rows:
        row["target"] = TARGET
    measured = len(launchers) > 1
    unpacked = round(folder_size(bundle) / 1e6, 1) if measured else 0
    return {"rows": rows, **sizes, "bundle_measured": measured, "bundle_unpacked_mb": unpacked}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="starts per cached case")
    parser.add_argument("--watch", type=float, default=2, help="seconds to watch the GUI thread after")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "meeting-companion")
    parser.add_argument("--real-size-only", action="store_true",
                        help="the floor and the real-size meeting only (not the bundled meeting)")
    parser.add_argument("--reorder-runs", type=int, default=1,
                        help="times the 200 live reorders are run (one row each)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.runs, args.watch, args.bundle, args.real_size_only, args.reorder_runs)
    if args.json:
        print(json.dumps(result))
        return
    emit(result["rows"], False)
    for row in result["rows"]:
        if "events_applied" in row:
            print(f"{row['case']}: {row['events_applied']} events applied, CPU {row['gui_thread_cpu_s']} s "
                  f"GUI thread ({row['gui_cpu_ms_per_event']} ms per event) / {row['app_cpu_s']} s app; "
                f"clicks median {row['click_median_ms']} ms, max {row['click_max_ms']} ms; "
                  f"{row['gaps_over_30ms']} gaps over 30 ms at "
                  f"(s after shown, ms, CPU ms in it of the GUI thread, of the app): {row['long_gaps_at']}")
    sizes = ", ".join(f"{role} {result[f'snapshot_bytes_{role}']:,}" for role, _ in ROLES)
    print(f"snapshot bytes at real size (uncompressed): {sizes}")
    wire = ", ".join(f"{role} {result[f'wire_bytes_{role}']:,}" for role, _ in ROLES)
    print(f"the app's snapshot on the wire (/view + /own, gzip): {wire} (target for a delegate ≤ 300 KB)")
    if result["bundle_measured"]:
        print(f"bundle: {result['bundle_unpacked_mb']} MB unpacked (target ≤ 120 MB)")
    else:
        print("bundle: not built, not measured (python -m companion.packaging build)")


if __name__ == "__main__":
    main()
