"""The desktop app on a given server (``companion.launcher`` is the entry point that finds one)."""

from __future__ import annotations

import argparse
import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from companion.client import MeetingSync
from companion.paths import RESOURCES

from . import app_options, launch_options, startup_probe
from .labels import set_user_zone
from .main_window import CompanionWindow
from .preferences import LANGUAGE, TIME_ZONE, open_settings, text_value
from .translations import apply_language, system_language


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The app's options (app_options); the launcher has always given a --server by now."""
    args = app_options.parse_args(argv)
    if not args.server:
        app_options.build_parser().error("the following arguments are required: --server")
    return args


class Companion:
    """The running app: its windows on one server (the launcher starts an embedded one if need be)."""

    def __init__(self, server_url: str, meeting_id: str, ca_file: str | None = None) -> None:
        self.server_url, self.meeting_id, self.ca_file = server_url, meeting_id, ca_file
        self.windows: list[CompanionWindow] = []

    def open_window(self, profile: str, code: str | None = None) -> CompanionWindow:
        sync = MeetingSync(self.server_url, self.meeting_id, profile=profile, ca_file=self.ca_file)
        window = CompanionWindow(sync)
        window.sig_new_window.connect(lambda: self.open_window(f"window-{len(self.windows) + 1}"))
        if code:
            window.show_sign_in()
            window.bridge.sign_in(code)
        elif sync.open_cache() and sync.me is not None:
            resume_cached_first(window)
        elif sync.has_session():
            window.resume()  # nothing cached to show: connect first
        else:
            window.show_sign_in()
        window.show()
        self.windows.append(window)
        return window


def resume_cached_first(window: CompanionWindow) -> None:
    """A cached meeting: on screen now; the keychain and the network once the window has painted.

    Connecting imports ``keyring`` (and the system's backend) to read the stored token, and the
    network modules (``requests``, ``sseclient``): together over half of the app's import time.
    It runs on a worker thread, as a sign-in does, so the GUI thread never waits; with no token
    stored (signed out by the server, or no keychain kept it) the window turns to the sign-in.
    """
    sync = window.sync
    window.on_signed_in(sync.me)
    after_first_paint(window, lambda: threading.Thread(target=sync.resume, daemon=True,
                                                       name="connect").start())


class _FirstPaint(QObject):
    """Runs *then* once, on the widget's first paint (or after a second if it is never painted)."""

    def __init__(self, widget: QWidget, then) -> None:
        super().__init__(widget)
        self.widget, self.then = widget, then
        widget.installEventFilter(self)
        QTimer.singleShot(1000, self._fire)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint:
            QTimer.singleShot(0, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        if self.then is not None:
            then, self.then = self.then, None
            self.widget.removeEventFilter(self)
            then()


def after_first_paint(widget: QWidget, then) -> None:
    """Call *then* once *widget* has been painted for the first time."""
    _FirstPaint(widget, then)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    launch_options.exit_on_bad_options(args)  # one line and exit code 2, before any window
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Meeting Companion")
    app.setDesktopFileName("meeting-companion")  # the .desktop file: Wayland's icon and grouping
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "meeting-companion.png")))
    settings = open_settings()
    chosen = args.language or text_value(settings, LANGUAGE) or system_language()
    apply_language(str(chosen))
    set_user_zone(text_value(settings, TIME_ZONE) or None)
    companion = Companion(args.server, args.meeting, ca_file=args.ca_file)
    window = companion.open_window(args.profile, args.code)
    probe = startup_probe.install(window)  # noqa: F841 (kept alive with the window)
    # Qt, the modules and the cached meeting live as long as the app: keep them out of the
    # collector's full scans, which otherwise freeze the window for ~0.1 s now and then.
    gc.freeze()
    gc.set_threshold(20_000, 20, 50)
    code = app.exec()
    # Tear the windows down while Qt and Python are both fully alive; left to interpreter
    # finalization, PySide6 has been seen to abort on a stray reference there.
    for window in companion.windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
    return code
