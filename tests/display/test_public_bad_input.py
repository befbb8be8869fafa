"""The public routes under bad input: every refusal a 4xx with a code, never a 500, never a crash."""

from __future__ import annotations

import json
import re

import pytest
import requests
from display_helpers import MEETING, display_url
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EVENTS = f"/api/v1/meetings/{MEETING}/public/events"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def refused(response: requests.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


@pytest.mark.parametrize(
    "last_id",
    [
        "abc." + ARABIC_INDIC[1:4],  # digits, but not ASCII ones: no stream of ours sent it
        "abc.１２",  # full-width digits
        "1" * 1000,
        "abc." + "1" * 1000,
        "a" * 41 + ".1",
        ".",
        "abc.1 2",
    ],
    ids=["arabic-indic", "full-width", "1000-digits", "epoch-and-1000-digits", "long-epoch", "dot", "space"],
)
def test_a_last_event_id_no_stream_sent_is_refused_with_its_code(server, last_id):
    # As a header the text travels as raw UTF-8 bytes, as a misbehaving client would send them.
    for ask in ({"params": {"after": last_id}}, {"headers": {"Last-Event-ID": last_id.encode()}}):
        with requests.get(server.url + EVENTS, stream=True, timeout=10, **ask) as r:  # an accepted one streams
            refused(r, 422, "invalid_last_event_id")


def test_a_long_accept_language_header_is_read_not_refused(server):
    header = ", ".join(f"x{n};q=0.{n % 9 + 1}" for n in range(600)) + ", fr;q=1"
    r = requests.get(display_url(server), headers={"Accept-Language": header}, timeout=10)
    assert r.status_code == 200
    assert r.headers["content-language"] in ("ar", "zh", "en", "fr", "ru", "es")


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/display/" + "m" * 1000, 404, "unknown_meeting"),
        ("/display/%D9%85%D8%A4%D8%AA%D9%85%D8%B1", 404, "unknown_meeting"),
        ("/api/v1/meetings/%00/public", 404, "unknown_meeting"),
        (f"/display/{MEETING}?lang=%D8%B9", 422, "unknown_language"),
        (f"/display/{MEETING}?view=ROOM%00", 422, "invalid_view"),
        (f"/display/{MEETING}?theme=" + "d" * 41, 422, "invalid_request"),
    ],
)
def test_odd_addresses_are_refused_with_a_code(server, path, status, code):
    refused(requests.get(server.url + path, timeout=10), status, code)


queries = st.dictionaries(
    st.sampled_from(["view", "theme", "lang", "after"]),
    st.text(max_size=60) | st.sampled_from(["room", "lower-third", "speakers", "dark", "light", "ar", "fr"]),
    max_size=4,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_any_query_gets_the_page_or_a_coded_refusal(server, query):
    for path in (f"/display/{MEETING}", EVENTS.removesuffix("/events")):
        r = requests.get(server.url + path, params=query, timeout=10)
        assert r.status_code in (200, 404, 422), r.text
        if r.status_code != 200:
            assert r.json()["error"]["code"]


def test_a_message_that_looks_like_a_template_slot_stays_text(server, room):
    sly = "{{js}} {{initial}} {{labels}} {{css}}"
    room.ok(type="display.message", texts={"en": sly})
    r = requests.get(display_url(server, "?lang=en"), timeout=10)
    assert r.status_code == 200
    boot = re.search(r'<script type="application/json" id="initial">(.*?)</script>', r.text, re.S).group(1)
    assert json.loads(boot)["view"]["message"]["en"] == sly
    # the two scripts (boot.js, display.js) are in the page once each, not inside the message
    assert r.text.count('"use strict"') == 2


def test_a_meeting_in_a_language_beyond_the_six_gets_pages_in_its_others(tmp_path):
    from live_server import LiveServer

    from companion.paths import BUNDLED_MEETING
    from companion.server.registry import create_meeting
    from companion.server.stores import open_storage

    programme = json.loads(BUNDLED_MEETING.read_text(encoding="utf-8"))
    programme["meeting"] = {**programme["meeting"], "id": "bilateral", "languages": ["de", "en"]}
    storage = open_storage(f"sqlite:///{tmp_path / 'm.db'}")
    create_meeting(storage, programme)
    storage.close()
    live = LiveServer(tmp_path / "m.db", demo=False).start()
    try:
        page = f"{live.url}/display/bilateral"
        refused(requests.get(page, params={"lang": "de"}, timeout=10), 422, "unknown_language")  # no German words
        refused(requests.get(page, params={"lang": "fr"}, timeout=10), 422, "unknown_language")  # not the meeting's
        german = requests.get(page, headers={"Accept-Language": "de-CH, de;q=0.9"}, timeout=10)
        assert german.status_code == 200 and german.headers["content-language"] == "en"
    finally:
        live.stop()
