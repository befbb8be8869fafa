"""A probe for the client benchmark (benchmarks/client_startup.py), off unless asked for.

With ``MEETING_COMPANION_PROBE=SECONDS`` the app prints ``shown`` the moment the first window shows
the agenda, watches the GUI thread with a 10 ms heartbeat for SECONDS more, then prints what it saw
(longest stall, stalls over 50 ms, events applied, resident memory, the top-level modules loaded
at the first paint and at the end) as one JSON line and quits.
A windowed Windows build has no stdout: ``MEETING_COMPANION_PROBE_FILE`` names a file instead.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

STALL_MS = 50
LONG_GAP_MS = 30  # reported with when they came, to find what the GUI thread waited for
CLICK_SECONDS = 0.25  # between two clicks of the probe's user


class _Clicked(QEvent):
    """Posted behind a click by the probe's user, with when the click was made."""

    KIND = QEvent.Type(QEvent.registerEventType())

    def __init__(self, at: float) -> None:
        super().__init__(self.KIND)
        self.at = at


class StartupProbe(QObject):
    def __init__(self, window, seconds: float) -> None:
        super().__init__(window)
        self.window, self.seconds = window, seconds
        self.shown_at: float | None = None
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        # (seconds after shown, ms, CPU ms of the GUI thread in it, of the whole app in it) of each
        # gap over 30 ms: the GUI thread working, waiting for the GIL (the app's other threads
        # ran), or waiting for a core (the app did not run)
        self.long_gaps: list[tuple[float, float, float, float]] = []
        self.last_cpu = (time.thread_time(), time.process_time())
        self.modules_at_shown: list[str] | None = None
        self.click_target = None  # (viewport, position, global position) of the row to click
        self.clicks: list[float] = []
        self.stopped = threading.Event()  # set before the app quits: the clicking thread stops posting
        window.installEventFilter(self)
        self.timer = QTimer(self, interval=10, timeout=self._beat)
        self.timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # The modules of the first paint with the agenda on it, taken in that paint: the app starts
        # its connect thread right after it, which may import before the next heartbeat.
        if event.type() == QEvent.Paint and self.modules_at_shown is None and self._agenda_rows():
            self.modules_at_shown = _top_level_modules()
            self.window.removeEventFilter(self)
        return False

    def _agenda_rows(self) -> int:
        workspace = self.window.workspace
        return workspace.agenda.model.rowCount() if workspace is not None else 0

    def _beat(self) -> None:
        now = time.perf_counter()
        if self.shown_at is None:
            if self._agenda_rows() > 0:
                self.shown_at = now
                self.seq_at_shown = self.window.sync.state.seq
                self.cpu_at_shown = (time.thread_time(), time.process_time())  # this is the GUI thread
                _say("shown")
        else:
            gap = (now - self.last) * 1000
            self.gaps.append(gap)
            if gap > LONG_GAP_MS:
                gui, app = time.thread_time() - self.last_cpu[0], time.process_time() - self.last_cpu[1]
                self.long_gaps.append(
                    (round(now - self.shown_at, 2), round(gap, 1), round(gui * 1000, 1), round(app * 1000, 1))
                )
            self._aim()
            if now - self.shown_at >= self.seconds:
                self._finish()
        self.last, self.last_cpu = now, (time.thread_time(), time.process_time())

    def _aim(self) -> None:
        """Where the user's clicks go: the selected agenda row (clicked again, it changes nothing
        that is measured). Read on the GUI thread; the clicking thread only posts."""
        workspace = self.window.workspace
        table = workspace.agenda.table if workspace is not None else None
        if table is None or not table.currentIndex().isValid():
            return
        at = QPointF(table.visualRect(table.currentIndex()).center())
        first = self.click_target is None
        self.click_target = (table.viewport(), at, QPointF(table.viewport().mapToGlobal(at.toPoint())))
        if first:
            threading.Thread(target=self._user, name="probe-user", daemon=True).start()

    def _user(self) -> None:
        """A user clicking every 250 ms whatever the GUI thread is doing (a timer of the GUI
        thread would click only when it is idle): a press, a release, then a marker that arrives
        once the click is handled — what the user waits for."""
        while not self.stopped.wait(CLICK_SECONDS):
            viewport, at, screen = self.click_target
            for kind, buttons in (
                (QEvent.MouseButtonPress, Qt.LeftButton),
                (QEvent.MouseButtonRelease, Qt.NoButton),
            ):
                QCoreApplication.postEvent(
                    viewport, QMouseEvent(kind, at, screen, Qt.LeftButton, buttons, Qt.NoModifier)
                )
            QCoreApplication.postEvent(self, _Clicked(time.perf_counter()))

    def event(self, event) -> bool:
        if isinstance(event, _Clicked):  # the marker behind a click: the click was handled
            self.clicks.append((time.perf_counter() - event.at) * 1000)
            return True
        return super().event(event)

    def _finish(self) -> None:
        self.timer.stop()
        self.stopped.set()
        state = self.window.sync.state
        _say(
            json.dumps(
                {
                    "max_gui_gap_ms": round(max(self.gaps, default=0), 1),
                    "stalls_over_50ms": sum(1 for g in self.gaps if g > STALL_MS),
                    "gaps_over_30ms": len(self.long_gaps),
                    "long_gaps_at": self.long_gaps,
                    "events_applied_after_shown": state.seq - self.seq_at_shown,
                    "clicks": len(self.clicks),
                    "click_median_ms": round(sorted(self.clicks)[len(self.clicks) // 2], 1)
                    if self.clicks
                    else None,
                    "click_max_ms": round(max(self.clicks), 1) if self.clicks else None,
                    # CPU seconds since shown, the GUI thread's and the whole app's: what the
                    # events cost, whatever else the machine was doing meanwhile
                    "gui_thread_cpu_s": round(time.thread_time() - self.cpu_at_shown[0], 3),
                    "app_cpu_s": round(time.process_time() - self.cpu_at_shown[1], 3),
                    "agenda_items": len(state.items),
                    "rss_mb": round(_rss_kb() / 1024, 1),
                    "server": self.window.sync.server_url,
                    "connection": str(self.window.sync.connection.status),
                    "page": "sign_in" if self.window.workspace is None else "meeting",
                    "modules_at_shown": self.modules_at_shown,
                    "modules_at_end": _top_level_modules(),
                }
            )
        )
        QApplication.quit()


def install(window) -> StartupProbe | None:
    """Attach the probe to *window* when the environment asks for it."""
    seconds = os.environ.get("MEETING_COMPANION_PROBE")
    if not seconds:
        return None
    return StartupProbe(window, float(seconds))


def _top_level_modules() -> list[str]:
    """The top-level packages loaded now (what the first paint cost, for the tests)."""
    return sorted({name.split(".")[0] for name, module in list(sys.modules.items()) if module is not None})


def _say(line: str) -> None:
    target = os.environ.get("MEETING_COMPANION_PROBE_FILE")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(line + "\n")
    elif sys.stdout is not None:
        print(line, flush=True)


def _rss_kb() -> int:
    status = Path("/proc/self/status")
    if not status.exists():  # not Linux: no figure rather than a wrong one
        return 0
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    print("startup probe: no VmRSS", file=sys.stderr)
    return 0
