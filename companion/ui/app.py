"""``meeting-companion`` / ``python main.py``: the desktop app."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from companion.client import MeetingSync

from . import startup_probe
from .labels import set_user_zone
from .main_window import CompanionWindow
from .preferences import LANGUAGE, TIME_ZONE, open_settings, text_value
from .translations import apply_language, system_language

DEFAULT_MEETING = "wipo-conv-12"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="meeting-companion", description="Meeting Companion desktop app.")
    parser.add_argument("--server", help="meeting server URL (default: start an embedded demo server)")
    parser.add_argument("--meeting", default=DEFAULT_MEETING)
    parser.add_argument("--code", help="personal code: sign in directly")
    parser.add_argument(
        "--profile", default="default", help="separate sign-in and cache (e.g. a second persona)"
    )
    parser.add_argument(
        "--language",
        help="interface language: ar, zh, en, fr, ru or es (default: last chosen, or the system's)",
    )
    return parser.parse_args(argv)


class Companion:
    """The running app: its windows, and the embedded server when there is no --server."""

    def __init__(self, server_url: str, meeting_id: str, embedded=None) -> None:
        self.server_url, self.meeting_id, self.embedded = server_url, meeting_id, embedded
        self.windows: list[CompanionWindow] = []

    def open_window(self, profile: str, code: str | None = None) -> CompanionWindow:
        sync = MeetingSync(self.server_url, self.meeting_id, profile=profile)
        window = CompanionWindow(sync)
        window.sig_new_window.connect(lambda: self.open_window(f"window-{len(self.windows) + 1}"))
        if code:
            window.show_sign_in()
            window.bridge.sign_in(code)
        elif sync.has_session():
            window.resume()
        else:
            window.show_sign_in()
        window.show()
        self.windows.append(window)
        return window

    def shutdown(self) -> None:
        if self.embedded:
            self.embedded.stop()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Meeting Companion")
    settings = open_settings()
    chosen = args.language or text_value(settings, LANGUAGE) or system_language()
    apply_language(str(chosen))
    set_user_zone(text_value(settings, TIME_ZONE) or None)
    embedded = None
    server_url = args.server
    if not server_url:
        from .embedded_server import EmbeddedServer

        embedded = EmbeddedServer().start()
        server_url = embedded.url
    companion = Companion(server_url, args.meeting, embedded)
    window = companion.open_window(args.profile, args.code)
    probe = startup_probe.install(window)  # noqa: F841 (kept alive with the window)
    app.aboutToQuit.connect(companion.shutdown)
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
