"""Regenerate the README screenshots as on a 1366×768 laptop screen, e.g.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [--language ar]
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_screenshots.py [--language ar]

Starts the embedded server on a temporary database, sets a realistic scene through the API
(requests, a speaker on the floor, a slow-down), then opens each workspace at the size a 1366×768
laptop leaves a window (title bar and task bar taken off) and saves it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import requests
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from companion.client import MeetingSync  # noqa: E402
from companion.server.settings import Settings  # noqa: E402
from companion.server.threaded import ThreadedServer, free_port  # noqa: E402
from companion.ui.main_window import CompanionWindow  # noqa: E402
from companion.ui.rows_model import select_row  # noqa: E402
from companion.ui.translations import apply_language  # noqa: E402

ITEM = "d1-floor-morning"
#: A 1366×768 screen less a title bar and a task bar.
WINDOW = QSize(1366, 696)


def api(url, code):
    http = requests.Session()
    token = http.post(
        f"{url}/api/v1/session", json={"meeting": "wipo-conv-12", "code": code}, timeout=10
    ).json()
    http.headers["Authorization"] = f"Bearer {token['token']}"
    return lambda **c: http.post(f"{url}/api/v1/meetings/wipo-conv-12/commands", json=c, timeout=10).json()


def scene(url):
    chair = api(url, "demo-chair")
    chair(type="agenda.set_status", item_id=ITEM, status="live")
    api(url, "demo-japan")(type="floor.request", item_id=ITEM, language="en")
    api(url, "demo-brazil")(
        type="floor.request", item_id=ITEM, language="es", text="Señor Presidente, gracias…"
    )
    api(url, "demo-eu")(type="floor.request", item_id=ITEM, language="fr", minutes=3)
    api(url, "demo-egypt")(
        type="floor.request", item_id=ITEM, language="ar", minutes=3, on_behalf_of="African Group"
    )
    api(url, "demo-ifla")(type="floor.request", item_id=ITEM, language="ru", kind="question")
    api(url, "demo-kenya")(type="floor.request", item_id=ITEM, language="en", text="Mr. Chair, Kenya…")
    chair(type="floor.call_next", item_id=ITEM)
    chair(type="floor.start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_language(args.language)  # the app's own switch: translator, direction, locale
    folder = Path(tempfile.mkdtemp())
    server = ThreadedServer(Settings(f"sqlite:///{folder / 'server.db'}", demo=True), free_port()).start()
    scene(server.url)
    out = Path(__file__).parent
    shots = [
        ("chair", "demo-chair"),
        ("delegate", "demo-kenya"),
        ("interpreter", "demo-booth-zh"),
        ("sign-in", None),
    ]
    windows = []

    def take(n=0):
        if n:
            name, window = windows[-1]
            window.grab().save(str(out / f"{name}-{args.language}.png"))
            window.close()
        if n == len(shots):
            server.stop()
            app.quit()
            return
        name, code = shots[n]
        sync = MeetingSync(server.url, "wipo-conv-12", profile=name, data_root=folder / "clients")
        window = CompanionWindow(sync)
        window.resize(WINDOW)
        window.show_sign_in()
        if code:
            window.bridge.sign_in(code)
        window.show()
        windows.append((name, window))
        if name == "delegate":
            QTimer.singleShot(2500, lambda: window.workspace and window.workspace.agenda.select(ITEM))
        if name == "chair":
            QTimer.singleShot(2500, lambda: window.workspace and select_row(window.workspace.panel.table, 1))
        QTimer.singleShot(4000, lambda: take(n + 1))

    QTimer.singleShot(0, take)
    app.exec()


if __name__ == "__main__":
    main()
