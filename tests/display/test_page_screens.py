"""Every public page on every screen: the room display, the webcast overlay and the list of speakers
at 1280×720, 1920×1080 and 3840×2160 in the six languages, with long delegation names in four
scripts and a full list. Nothing may overflow: no horizontal scroll, no line cut or clipped, and on
the room display and the overlay nothing below the screen's edge. Screenshots of each view × size
× {en, ar, zh} are written to a temporary folder (``SCREENS_DIR`` to choose it) to look at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from crowd import crowd
from display_helpers import display_url, live
from live_server import LiveServer
from tcp_proxy import TcpProxy

from companion.domain.vocabulary import LANGUAGES

VIEWS = ("room", "lower-third", "speakers")
SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
SHOT_LANGUAGES = ("en", "ar", "zh")

#: What overflows, as the user would see it: a scroll bar across, an element past the screen's side
#: (or, on a screen that cannot scroll, past its bottom), a box whose text is clipped.
OVERFLOWS = """() => {
  const W = innerWidth, H = innerHeight, de = document.documentElement;
  const scrolls = de.dataset.view === "speakers";
  const found = [];
  if (de.scrollWidth > W) found.push("horizontal scroll: " + de.scrollWidth);
  if (!scrolls && de.scrollHeight > H) found.push("taller than the screen: " + de.scrollHeight);
  for (const e of document.querySelectorAll("#app *, #stale, #message, #countdown")) {
    if (e.closest("[hidden]")) continue;
    const r = e.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    const name = e.tagName + "." + e.className + " " + (e.textContent || "").slice(0, 30);
    if (r.left < -1 || r.right > W + 1) found.push("past the side: " + name);
    if (!scrolls && (r.top < -1 || r.bottom > H + 1)) found.push("past the bottom: " + name);
    const style = getComputedStyle(e);
    if (style.overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1) found.push("clipped: " + name);
    if (style.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 1) found.push("clipped: " + name);
  }
  return found;
}"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory, demo_db):
    """One server for the module: 40 waiting with long names, ten next speakers on the room display."""
    db = tmp_path_factory.mktemp("screens-db") / "meeting.db"
    shutil.copy(demo_db, db)
    crowd(db, 40, next_speakers=10)
    server = LiveServer(db, keepalive=15.0).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("SCREENS_DIR") or tmp_path_factory.mktemp("screens"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots of the public pages: {folder}")
    return folder


@pytest.mark.timeout(300)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_fits_every_screen(crowded, browser, shots, language):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    for view in VIEWS:
        page.goto(display_url(crowded, f"?view={view}&lang={language}"))
        live(page)
        for width, height in SIZES:
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_function("([w, h]) => innerWidth === w && innerHeight === h", arg=[width, height])
            page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
            assert page.evaluate(OVERFLOWS) == [], (view, width, language)
            if language in SHOT_LANGUAGES:
                page.screenshot(path=str(shots / f"{view}-{width}x{height}-{language}.png"))
    context.close()


def test_type_grows_with_the_screen(crowded, browser):
    """At 4K the list of speakers is not a 960 px column of 16 px text, nor the room display's names small."""
    context = browser.new_context(viewport={"width": 3840, "height": 2160})
    page = context.new_page()
    page.goto(display_url(crowded, "?view=speakers&lang=en"))
    size = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.list li')).fontSize)")
    column = page.evaluate("() => document.querySelector('.list').getBoundingClientRect().width")
    assert size >= 40 and column >= 2400, (size, column)
    page.goto(display_url(crowded, "?lang=en"))
    name = page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.floor .delegation')).fontSize)")
    assert name >= 100, name
    context.close()


@pytest.mark.parametrize(("view", "first", "language"), [("room", ".room header", "ar"), ("speakers", ".list h1", "en")])
def test_the_stale_banner_covers_nothing(crowded, browser, view, first, language):
    network = TcpProxy(crowded.port)
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(f"{network.url}/display/wipo-conv-12?view={view}&lang={language}")
        live(page)
        network.cut_responses(b"/public/events", 0, times=1000)  # the link stays down
        network.freeze_all()
        page.locator("#stale").wait_for(state="visible", timeout=15_000)
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        banner = page.locator("#stale").bounding_box()
        content = page.locator(first).bounding_box()
        assert banner["y"] + banner["height"] <= content["y"] + 0.5, (banner, content)
        assert page.evaluate(OVERFLOWS) == []  # and the room display still fits below it
    finally:
        context.close()
        network.close()
