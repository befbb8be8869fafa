"""A page whose load is cut, in a real Chromium through tests/tcp_proxy.py: cut midway on the first
visit, the page's first script says "connecting…" and gets it again by itself; cut before the first
byte on a later load (the browser's ERR_EMPTY_RESPONSE), the service worker gets it again, or
serves the copy of the last good load, which shows nothing as true until its stream confirms it.

What no page can do: recover from a cut before the first byte on the very first visit — nothing of
ours has reached the browser yet (docs/protocol.md says so)."""

from __future__ import annotations

import pytest
from display_helpers import ITEM, live, shows
from tcp_proxy import TcpProxy

SPEAKER = ".floor .delegation"
PAGE = b"GET /display/wipo-conv-12"

#: Notes what the page looked like when its document was parsed (before the stream could say anything).
FIRST_LOOK = """
addEventListener("DOMContentLoaded", () => {
  const root = document.documentElement;
  window.firstLook = {
    connecting: root.classList.contains("connecting"),
    banner: document.getElementById("stale")?.textContent || "",
    boot: root.dataset.boot,
  };
});
"""


#: Notes the "connecting…" note the moment it is put on the page (with its words), before it goes.
NOTE_WATCH = """
new MutationObserver(() => {
  const note = document.getElementById("connecting");
  if (note && note.checkVisibility() && window.connectingSeen === undefined) window.connectingSeen = note.textContent;
}).observe(document, {childList: true, subtree: true});
"""


@pytest.fixture
def proxy(server):
    network = TcpProxy(server.port)
    yield network
    network.close()


@pytest.mark.parametrize("after_bytes", [4000, 22000])  # in the style sheet; in the script
def test_a_first_load_cut_midway_says_connecting_and_recovers_by_itself(server, room, proxy, browser, after_bytes):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-GB",
                                  service_workers="block")  # the page alone, as on a first visit
    context.add_init_script(NOTE_WATCH)
    page = context.new_page()
    proxy.cut_responses(PAGE, after_bytes, times=1)
    proxy.cut_responses(PAGE, 0, times=2)  # and its first two retries get nothing
    # The browser never finishes a document cut midway (no load event): wait for it to begin only.
    page.goto(f"{proxy.url}/display/wipo-conv-12?lang=en", wait_until="commit")
    # noted as it happens (it may show for well under a second): the words, and whether on screen
    page.wait_for_function("() => window.connectingSeen !== undefined", polling=100, timeout=15_000)
    assert page.evaluate("window.connectingSeen") == "Connecting…"
    shows(page, SPEAKER, "Brazil", 20_000)  # the whole page, started without a reload
    live(page)
    room.ok(type="floor.call_next", item_id=ITEM)
    shows(page, SPEAKER, "Kenya", 5000)
    assert proxy.cut_done == 3
    context.close()


def test_a_later_load_cut_before_the_first_byte_is_retried_by_the_service_worker(server, room, proxy, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-GB")
    page = context.new_page()
    page.goto(f"{proxy.url}/display/wipo-conv-12?lang=en")
    shows(page, SPEAKER, "Brazil", 5000)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    proxy.cut_responses(PAGE, 0, times=2)  # ERR_EMPTY_RESPONSE twice
    page.reload()
    shows(page, SPEAKER, "Brazil", 10_000)
    live(page)
    assert proxy.cut_done == 2
    context.close()


def test_with_the_link_down_a_reload_shows_the_kept_page_connecting_then_the_truth(server, room, proxy, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-GB")
    context.add_init_script(FIRST_LOOK)
    page = context.new_page()
    page.goto(f"{proxy.url}/display/wipo-conv-12?lang=en")
    shows(page, SPEAKER, "Brazil", 5000)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=10_000)
    room.ok(type="floor.call_next", item_id=ITEM)  # the kept copy says Brazil: no longer true
    proxy.cut_responses(PAGE, 0, times=1000)  # every load of the page fails; its stream still passes
    page.reload()
    shows(page, SPEAKER, "Kenya", 20_000)
    look = page.evaluate("window.firstLook")
    assert look == {"connecting": True, "banner": "Connecting…", "boot": "cached"}  # Brazil never shown as true
    page.locator("#stale").wait_for(state="hidden", timeout=5000)
    assert page.evaluate("document.documentElement.classList.contains('connecting')") is False
    context.close()
