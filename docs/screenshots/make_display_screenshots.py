"""Regenerate the README screenshots of the public pages in headless Chromium (Debian's ``chromium``):

    python docs/screenshots/make_display_screenshots.py

Starts the meeting server on a temporary database, sets a scene through the API (Brazil speaking
on behalf of GRULAC, five delegations waiting), then saves the room display in English and Arabic,
the webcast overlay (transparent) and the public list of speakers.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from make_screenshots import ITEM, api  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from companion.server.settings import Settings  # noqa: E402
from companion.server.threaded import ThreadedServer, free_port  # noqa: E402

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = [
    ("room-display-en", "?lang=en"),
    ("room-display-ar", "?lang=ar"),
    ("webcast-overlay-en", "?view=lower-third&lang=en"),
    ("speakers-list-fr", "?view=speakers&lang=fr&theme=light"),
]


def scene(url: str) -> None:
    chair = api(url, "demo-chair")
    chair(type="agenda.set_status", item_id=ITEM, status="live")
    api(url, "demo-brazil")(type="floor.request", item_id=ITEM, language="es", on_behalf_of="GRULAC")
    for code, language in (("demo-kenya", "en"), ("demo-egypt", "ar"), ("demo-japan", "en"),
                           ("demo-eu", "fr"), ("demo-ifla", "es")):
        api(url, code)(type="floor.request", item_id=ITEM, language=language)
    chair(type="floor.call_next", item_id=ITEM)
    chair(type="floor.start")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings(db_url=f"sqlite:///{folder / 'server.db'}", demo=True)
    server = ThreadedServer(settings, free_port()).start()
    scene(server.url)
    out = Path(__file__).parent
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        for name, query in SHOTS:
            page.goto(f"{server.url}/display/wipo-conv-12{query}")
            page.wait_for_function("() => document.querySelector('#app').childElementCount > 0")
            page.wait_for_timeout(1500)  # the clock has counted a second: it is live
            page.screenshot(path=str(out / f"{name}.png"), omit_background="lower-third" in query)
        browser.close()
    server.stop()


if __name__ == "__main__":
    main()
