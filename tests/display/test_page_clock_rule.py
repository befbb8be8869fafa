"""The page's speaking clock follows the app's rule: at every spoken time the colour (phase) is the
one ``domain.speaking_clock.phase`` gives, and the time left reads as the app writes it. The real
page script in a real Chromium, fed a public view made by the domain (no server needed)."""

from __future__ import annotations

import pytest
from meeting_factory import Meeting

from companion.domain import speaking_clock
from companion.domain.display import PageView, Theme
from companion.domain.instants import to_iso
from companion.domain.public_view import public_view
from companion.server.display_page import page_boot, render_page
from companion.ui.labels import duration

ITEM = "d1-floor-morning"
HOST = "http://display.test"


def paused_after(seconds: float) -> Meeting:
    """Kenya has the floor, the clock paused after *seconds* spoken (so the page counts nothing on)."""
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    m.request("del-ke")
    m.run("chair", type="floor.call_next", item_id=ITEM)
    m.run("chair", type="floor.start")
    m.tick(seconds)
    m.run("chair", type="floor.pause")
    return m


def show(page, m: Meeting) -> None:
    """The room display of *m*'s state, as the server would serve it; its stream is out of reach."""
    boot = page_boot({**public_view(m.state), "epoch": "e", "now": to_iso(m.now)}, "")
    html = render_page(PageView.ROOM, Theme.DARK, "en", boot)
    page.route(f"{HOST}/**", lambda route: route.fulfill(body=html, content_type="text/html")
               if "/display/" in route.request.url else route.abort())
    page.goto(f"{HOST}/display/wipo-conv-12")
    page.wait_for_function("() => document.querySelector('#speaking-clock')?.firstChild")


LIMIT = paused_after(0).state.floor.limit_seconds
WARNING = LIMIT * speaking_clock.WARNING_FRACTION


@pytest.mark.parametrize(
    "spoken",
    [0, WARNING - 1, WARNING - 0.25, WARNING, WARNING + 0.25, LIMIT - 1, LIMIT, LIMIT + 0.25, LIMIT + 1, 2 * LIMIT],
)
def test_the_page_clock_has_the_apps_phase_and_time_left(page, spoken):
    m = paused_after(spoken)
    show(page, m)
    clock = page.locator("#speaking-clock")
    assert clock.get_attribute("class") == f"clock {speaking_clock.phase(m.state.floor, m.now)}"
    left = page.evaluate("document.querySelector('#speaking-clock').firstChild.textContent")
    if float(spoken).is_integer():  # (half seconds round differently in Python and JavaScript)
        assert left == duration(speaking_clock.remaining(m.state.floor, m.now))
