"""The chair's console at real size, as on a 1366×768 laptop: 4,942 participants, 311 requests on
the live item (3 points of order, 2 rights of reply, 60 % with texts), one speaker on the floor,
the item's slot ending in 2 h 10. Saves ``chair-300-<language>.png`` here, e.g.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_chair_real_size.py --language ar
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from make_screenshots import ITEM, WINDOW, api  # noqa: E402

from companion.client import MeetingSync  # noqa: E402
from companion.server.settings import Settings  # noqa: E402
from companion.server.threaded import ThreadedServer, free_port  # noqa: E402
from companion.ui.main_window import CompanionWindow  # noqa: E402
from companion.ui.rows_model import select_row  # noqa: E402
from companion.ui.translations import apply_language  # noqa: E402

MEETING = "wipo-conv-12"
PEOPLE, WAITING = 4942, 311
SPOKEN = ("en", "fr", "es", "ar", "ru", "zh", "en", "fr", "pt", "en")


def delegations(count: int = 190) -> list[str]:
    """Country names as Qt spells them in English: real-looking delegations, without a new package."""
    names = []
    for value in range(1, 400):
        try:
            name = QLocale.territoryToString(QLocale.Country(value))
        except ValueError:
            continue
        if name and "Unknown" not in name and name not in names:
            names.append(name)
    return names[:count]


def add_people(db_url: str, count: int) -> None:
    """*count* delegates straight into the event log (one transaction; they never sign in)."""
    from companion.domain import record
    from companion.server.registry import load_state, seed_demo
    from companion.server.sse import dumps
    from companion.server.stores import open_storage

    storage = open_storage(db_url)
    seed_demo(storage)
    state = load_state(storage, MEETING)
    first, texts, names = state.seq + 1, [], delegations()
    at = datetime(2025, 10, 27, 9, 0, tzinfo=UTC)
    for n in range(count):
        person = {
            "id": f"p-{n:05d}",
            "name": f"Delegate {n}",
            "role": "delegate",
            "delegation": names[n % len(names)],
            "delegation_kind": "member_state" if n % 5 else "observer",
            "attendance": "onsite" if n % 3 else "remote",
            "language": SPOKEN[n % len(SPOKEN)],
        }
        state, event = record(state, "participant.added", {"participant": person}, at)
        texts.append(dumps(event.envelope()))
    storage.append(MEETING, first, texts)
    storage.close()


def scene(url: str) -> None:
    """The live item's slot ends in 2 h 10; 311 ask for the floor; the first speaks."""
    chair = api(url, "demo-chair")
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    start, end = now - timedelta(minutes=50), now + timedelta(minutes=130)
    times = {"start": start.isoformat(), "end": end.isoformat()}
    chair(type="agenda.update", item_id=ITEM, changes=times)
    chair(type="agenda.set_status", item_id=ITEM, status="live")
    for n in range(WAITING):
        kind = "point_of_order" if n in (40, 120, 250) else "right_of_reply" if n in (7, 77) else "statement"
        text = "Mr. Chair, distinguished delegates… (check against delivery)" if n % 5 < 3 else None
        chair(type="floor.request", item_id=ITEM, participant_id=f"p-{n * 7:05d}", kind=kind,
              language=SPOKEN[n % len(SPOKEN)] if SPOKEN[n % len(SPOKEN)] != "pt" else "en",
              **({"text": text} if text else {}))
    chair(type="floor.call_next", item_id=ITEM)
    chair(type="floor.start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_language(args.language)
    folder = Path(tempfile.mkdtemp())
    db = f"sqlite:///{folder / 'server.db'}"
    add_people(db, PEOPLE)
    server = ThreadedServer(Settings(db, demo=True, rate_limits=False), free_port()).start()
    scene(server.url)
    sync = MeetingSync(server.url, MEETING, profile="chair", data_root=folder / "clients")
    window = CompanionWindow(sync)
    window.resize(QSize(WINDOW))
    window.show_sign_in()
    window.bridge.sign_in("demo-chair")
    window.show()

    def take() -> None:
        window.grab().save(str(Path(__file__).parent / f"chair-300-{args.language}.png"))
        window.close()
        server.stop()
        app.quit()

    QTimer.singleShot(6000, lambda: window.workspace and select_row(window.workspace.panel.table, 2))
    QTimer.singleShot(8000, take)
    app.exec()


if __name__ == "__main__":
    main()
