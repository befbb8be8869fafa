"""The room display, webcast overlay and public list of speakers in a real headless Chromium,
against the real server on loopback."""

from __future__ import annotations

import re
import time

import requests
from display_helpers import ITEM, display_url, live, shows

SPEAKER = ".floor .delegation"


def test_the_room_display_shows_the_current_speaker_the_clock_and_the_next(server, room, page):
    page.goto(display_url(server, "?lang=en"))
    shows(page, SPEAKER, "Brazil", 5000)
    assert page.locator(".floor .name").text_content() == "Ana Souza"
    assert page.locator(".floor .details").text_content() == "Statement · Remote · Spanish"
    assert page.locator(".room header .item").text_content() == "Open floor: use cases"
    assert page.locator(".next li").all_text_contents() == [
        "Kenya – Daniel Otieno · English",
        "Egypt – Omar Farouk · Arabic",
        "European Union – Claire Martin · French",
    ]
    assert page.locator("#speaking-clock").get_attribute("class") == "clock ok"
    assert re.fullmatch(r"[23]:\d\d", page.locator("#speaking-clock").text_content())  # a delegation: 3 min


def test_a_chair_command_reaches_the_page_within_a_second(server, room, page):
    page.goto(display_url(server))
    shows(page, SPEAKER, "Brazil", 5000)
    live(page)  # the page as served shows Brazil at once; its stream may still be connecting
    room.ok(type="floor.call_next", item_id=ITEM)
    answered = time.monotonic()  # committed to disk: from here on it is the stream's and the page's time
    shows(page, SPEAKER, "Kenya", 1000)
    assert time.monotonic() - answered < 1.0
    assert page.locator(".next li").count() == 2


def test_after_a_server_restart_the_page_says_it_is_stale_then_catches_up_without_reload(server, room, page):
    page.goto(display_url(server, "?lang=fr"))
    shows(page, SPEAKER, "Brazil", 5000)
    page.evaluate("window.samePage = true")
    assert page.locator("#stale").is_hidden()
    server.stop()
    page.locator("#stale").wait_for(state="visible", timeout=10_000)
    assert page.locator("#stale").text_content().startswith("Connexion perdue — état affiché à ")
    server.start()
    room.ok(type="floor.call_next", item_id=ITEM)
    shows(page, SPEAKER, "Kenya", 15_000)
    page.locator("#stale").wait_for(state="hidden", timeout=5000)
    assert page.evaluate("window.samePage") is True  # caught up by itself: no reload


def test_arabic_is_right_to_left_and_the_browser_language_is_the_default(server, room, browser, page):
    page.goto(display_url(server, "?lang=ar"))
    shows(page, SPEAKER, "Brazil", 5000)
    assert page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
    assert page.locator(".floor .label").text_content() == "المتحدث الآن"
    assert page.evaluate("getComputedStyle(document.querySelector('.floor')).direction") == "rtl"
    russian = browser.new_context(locale="ru-RU").new_page()
    russian.goto(display_url(server))
    assert russian.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["ltr", "ru"]
    shows(russian, ".floor .label", "Выступает", 5000)
    russian.context.close()


def test_no_statement_text_in_the_page_its_source_or_the_public_stream(server, api, room, page):
    secret = "CHECK-AGAINST-DELIVERY: the delegation of Japan wishes to thank"
    api("demo-japan").ok(type="floor.request", item_id=ITEM, language="en", text=secret)
    page.goto(display_url(server, "?view=speakers"))
    page.wait_for_function("() => document.querySelectorAll('.list li').length === 4")
    room.ok(type="floor.call_next", item_id=ITEM)  # a change after the page opened, through the stream
    page.wait_for_function("() => document.querySelectorAll('.list li').length === 3")
    assert "Japan" in page.content() and secret not in page.content()
    assert secret not in requests.get(display_url(server), timeout=10).text
    assert secret not in requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/public", timeout=10).text
    with requests.get(
        f"{server.url}/api/v1/meetings/wipo-conv-12/public/events", stream=True, timeout=(5, 10)
    ) as stream:
        received = b""
        for chunk in stream.iter_content(chunk_size=None):
            received += chunk
            if b"event: view" in received and received.endswith(b"\n\n"):
                break
    assert b"Japan" in received and secret.encode() not in received


def test_the_overlay_is_one_line_on_a_transparent_background(server, room, page, tmp_path):
    from PySide6.QtGui import QImage

    page.goto(display_url(server, "?view=lower-third"))
    shows(page, ".lower-third", "Ana Souza|Brazil·Spanish", 5000)
    backgrounds = page.evaluate(
        "[getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]"
    )
    assert backgrounds == ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]
    shot = tmp_path / "overlay.png"
    page.screenshot(path=str(shot), omit_background=True)
    image = QImage(str(shot))
    assert image.pixelColor(10, 10).alpha() == 0  # the broadcast shows through
    strip = page.locator(".lower-third").bounding_box()
    assert image.pixelColor(int(strip["x"] + 20), int(strip["y"] + 5)).alpha() > 200
    room.ok(type="floor.finish")
    page.wait_for_function("() => document.querySelector('.lower-third').hidden")


def test_the_chairs_message_and_countdown_reach_the_page_live(server, room, page):
    page.goto(display_url(server, "?lang=fr"))
    shows(page, SPEAKER, "Brazil", 5000)
    room.ok(type="display.message", texts={"en": "Please take your seats", "fr": "Veuillez regagner vos places"})
    shows(page, "#message", "Veuillez regagner vos places", 5000)
    room.ok(type="display.clear_message")
    page.locator("#message").wait_for(state="hidden", timeout=5000)
    room.ok(type="display.countdown", seconds=900, labels={"en": "Coffee break"})
    page.locator("#countdown").wait_for(state="visible", timeout=5000)
    assert page.locator("#countdown .cd-label").text_content() == "Coffee break"  # no French given
    assert re.fullmatch(r"15:00|14:[45]\d", page.locator("#countdown .cd-time").text_content())
    room.ok(type="display.configure", next_speakers=1)
    page.wait_for_function("() => document.querySelectorAll('.next li').length === 1")


def test_the_speaking_clock_turns_amber_then_red_and_shows_the_overrun(server, room, page):
    # the shortest limit the rules allow (domain/limits.py: 10 s)
    room.ok(type="agenda.update", item_id=ITEM, changes={"limits": {"member_state": 10}})
    room.ok(type="floor.call_next", item_id=ITEM)  # Kenya, with the ten-second limit
    room.ok(type="floor.start")
    page.goto(display_url(server))
    shows(page, SPEAKER, "Kenya", 5000)
    page.wait_for_function("() => document.querySelector('#speaking-clock').classList.contains('overrun')", timeout=20000)
    clock = page.locator("#speaking-clock").text_content()
    assert clock.startswith("-0:0") and clock.endswith("Over time")
    background = page.evaluate("getComputedStyle(document.querySelector('#speaking-clock')).backgroundColor")
    assert background == "rgb(183, 28, 28)"  # the app's overrun red, #b71c1c


def test_the_light_theme_and_the_page_size(server, room, page):
    response = requests.get(display_url(server, "?theme=light&view=speakers"), timeout=10)
    assert len(response.content) < 100_000
    assert "https://" not in response.text and "http://" not in response.text  # nothing from elsewhere
    page.goto(display_url(server, "?theme=light"))
    shows(page, SPEAKER, "Brazil", 5000)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


def test_markup_in_a_message_is_shown_as_text_and_cannot_break_the_page(server, room, page):
    sneaky = '</script><script>window.injected = true</script><b>Bold?</b> & "quotes"'
    room.ok(type="display.message", texts={"en": sneaky})
    page.goto(display_url(server, "?lang=en"))  # the message is inside the page as it arrives
    shows(page, "#message", sneaky, 5000)
    assert page.evaluate("window.injected") is None
    assert page.locator("#message b").count() == 0
