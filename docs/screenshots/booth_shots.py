"""The interpreter's board with a relay plan and a handover cue, as on a 1366×768 laptop:

    QT_QPA_PLATFORM=offscreen python docs/screenshots/booth_shots.py --language ar
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/booth_shots.py --language ru

The English booth, with Japan speaking Chinese (retour from the Chinese booth), Brazil next in
Spanish (the English booth is the pivot of the Arabic, Chinese and Russian booths), a text just
arrived, and Helen Carter's shift ending in four minutes (the 5-minute handover cue).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from make_screenshots import ITEM, WINDOW, api  # noqa: E402

from companion.client import MeetingSync  # noqa: E402
from companion.server.settings import Settings  # noqa: E402
from companion.server.threaded import ThreadedServer, free_port  # noqa: E402
from companion.ui.main_window import CompanionWindow  # noqa: E402
from companion.ui.translations import apply_language  # noqa: E402


def scene(url):
    chair = api(url, "demo-chair")
    chair(type="agenda.set_status", item_id=ITEM, status="live")
    api(url, "demo-japan")(type="floor.request", item_id=ITEM, language="zh", text="主席先生，谢谢……")
    api(url, "demo-brazil")(type="floor.request", item_id=ITEM, language="es", text="Señor Presidente…")
    api(url, "demo-egypt")(type="floor.request", item_id=ITEM, language="ar", on_behalf_of="African Group")
    api(url, "demo-ifla")(type="floor.request", item_id=ITEM, language="ru", kind="question")
    chair(type="floor.call_next", item_id=ITEM)
    chair(type="floor.start")
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    turns = [("Helen Carter", now - timedelta(minutes=26)), ("James Ward", now + timedelta(minutes=4)),
             ("Helen Carter", now + timedelta(minutes=34))]  # fmt: skip
    api(url, "demo-secretariat")(
        type="shifts.set", booth="en",
        shifts=[{"interpreter": who, "start": at.isoformat(), "end": (at + timedelta(minutes=30)).isoformat()}
                for who, at in turns],
    )  # fmt: skip


def late_text(url):
    api(url, "demo-kenya")(type="floor.request", item_id=ITEM, language="en", text="Mr. Chair, Kenya…")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_language(args.language)
    folder = Path(tempfile.mkdtemp())
    server = ThreadedServer(Settings(f"sqlite:///{folder / 'server.db'}", demo=True), free_port()).start()
    scene(server.url)
    window = CompanionWindow(MeetingSync(server.url, "wipo-conv-12", profile="booth", data_root=folder / "c"))
    window.resize(WINDOW)
    window.show_sign_in()
    window.bridge.sign_in("demo-booth-en")
    window.show()
    out = Path(__file__).parent / f"booth-board-{args.language}.png"

    def take():
        window.grab().save(str(out))
        window.close()
        server.stop()
        app.quit()

    QTimer.singleShot(3000, lambda: late_text(server.url))
    QTimer.singleShot(5000, take)
    app.exec()


if __name__ == "__main__":
    main()
