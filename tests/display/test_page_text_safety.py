"""Everything the meeting puts on a public page is shown as text, never read as markup: a delegate's
name and delegation, their "on behalf of", an item's title, the chair's countdown label. In a real
Chromium, through the page as served and through the stream."""

from __future__ import annotations

import pytest
from display_helpers import ITEM, MEETING, display_url, shows
from live_server import Api, LiveServer

NAME = '<img src=x onerror="window.pwned = 1">'
DELEGATION = '<svg onload="window.pwned = 2"></svg>&amp;'
BEHALF = "<script>window.pwned = 3</script> $& $1 {group}"
TITLE = '<iframe srcdoc="<script>parent.pwned = 4</script>"></iframe>'
LABEL = '<b onmouseover="window.pwned = 5">Break</b>'
CODE = "xss-delegate-0001"
MARKUP = "#app img, #app svg, #app script, #app iframe, #app b, .overlay b, .overlay img"


@pytest.fixture
def hostile_server(db_path):
    """The real server with a delegate registered under names that look like markup."""
    from companion.server.registry import add_participant
    from companion.server.stores import open_storage

    storage = open_storage(f"sqlite:///{db_path}")
    fields = {"name": NAME, "role": "delegate", "delegation": DELEGATION, "delegation_kind": "member_state"}
    add_participant(storage, MEETING, fields, CODE)
    storage.close()
    live = LiveServer(db_path, keepalive=1.0).start()
    yield live
    live.stop()


def untouched(page) -> None:
    """Nothing ran, and no element was made from the meeting's texts."""
    assert page.evaluate("window.pwned") is None
    assert page.locator(MARKUP).count() == 0


def test_names_titles_and_labels_are_text_on_every_page(hostile_server, browser):
    chair = Api(hostile_server.url).sign_in("demo-chair")
    chair.ok(type="agenda.set_status", item_id=ITEM, status="live")
    # "on behalf of" must name a declared group: the secretariat declares one that looks like markup
    secretariat = Api(hostile_server.url).sign_in("demo-secretariat")
    secretariat.ok(type="meeting.declare_groups", groups=[{"name": BEHALF, "members": [DELEGATION]}])
    context = browser.new_context(locale="en-GB")
    live = context.new_page()
    live.goto(display_url(hostile_server, "?lang=en"))  # open before: the texts arrive by the stream
    Api(hostile_server.url).sign_in(CODE).ok(type="floor.request", item_id=ITEM, language="en", on_behalf_of=BEHALF)
    chair.ok(type="floor.call_next", item_id=ITEM)
    chair.ok(type="agenda.update", item_id=ITEM, changes={"title": TITLE})
    chair.ok(type="display.countdown", seconds=600, labels={"en": LABEL})
    shows(live, ".floor .delegation", DELEGATION, 5000)
    assert live.locator(".floor .name").text_content() == NAME
    assert live.locator(".floor .details").text_content().endswith(f" · on behalf of {BEHALF}")
    shows(live, ".room header .item", TITLE, 5000)
    shows(live, "#countdown .cd-label", LABEL, 5000)
    untouched(live)
    for query in ("?lang=en", "?view=lower-third", "?view=speakers&lang=en"):  # texts inside the page as served
        page = context.new_page()
        page.goto(display_url(hostile_server, query))
        page.wait_for_function("([name]) => document.querySelector('#app').textContent.includes(name)", arg=[NAME])
        untouched(page)
    context.close()


def test_the_page_runs_nothing_but_its_own_script(server, room, page):
    """Defence in depth: were some text ever inserted as markup, its handlers would not run."""
    page.goto(display_url(server, "?lang=en"))
    shows(page, ".floor .delegation", "Brazil", 5000)  # the page's own script and style do run
    assert page.evaluate("getComputedStyle(document.querySelector('.floor')).display") == "grid"
    page.evaluate(
        """() => {
        window.violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.effectiveDirective));
        document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="window.pwned = 1">');
    }"""
    )
    page.wait_for_function("() => window.violations.some((d) => d.startsWith('script-src'))", timeout=5000)
    assert page.evaluate("window.pwned") is None
