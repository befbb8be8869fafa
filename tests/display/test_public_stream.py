"""The public stream, snapshot and pages over HTTP: what they carry, how they resume, what they refuse."""

from __future__ import annotations

import json
import re

import pytest
import requests
from display_helpers import ITEM, MEETING, display_url
from live_server import SseReader

from companion.domain.public_delta import apply_delta
from companion.domain.vocabulary import LANGUAGES

PUBLIC = f"/api/v1/meetings/{MEETING}/public"


def open_stream(server, last_event_id: str | None = None, after: str | None = None) -> SseReader:
    headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
    params = {"after": after} if after else {}
    r = requests.get(f"{server.url}{PUBLIC}/events", headers=headers, params=params, stream=True, timeout=(5, 10))
    assert r.status_code == 200, r.text
    return SseReader(r)


def next_frame(reader: SseReader, kinds: tuple[str, ...]) -> tuple[str, dict]:
    while True:
        kind, data = reader.next()
        if kind in kinds:
            return kind, data


def view_id(reader: SseReader) -> str:
    """The raw id line of the next view frame (SseReader keeps data, not ids)."""
    for line in reader._lines:
        if line.startswith("id: "):
            return line[4:]
    raise EOFError


def next_view(reader: SseReader, view: dict) -> dict:
    """The view after the next change: a whole view, or *view* with the next delta applied."""
    kind, data = next_frame(reader, ("view", "delta"))
    return data if kind == "view" else apply_delta(view, data)


def test_the_stream_greets_sends_the_view_then_each_change(server, room):
    reader = open_stream(server)
    kind, hello = reader.next()
    assert kind == "hello" and hello["heartbeat"] == 2.0 and hello["epoch"]
    _, view = next_frame(reader, ("view",))
    assert view["speaker"]["delegation"] == "Brazil" and view["epoch"] == hello["epoch"]
    room.ok(type="floor.call_next", item_id=ITEM)
    kind, delta = next_frame(reader, ("view", "delta"))
    assert kind == "delta" and delta["waiting"] == [[0, 1, []]]  # Kenya left the list: nothing resent
    view = apply_delta(view, delta)
    assert view["speaker"]["delegation"] == "Kenya"
    assert [s["delegation"] for s in view["waiting"]] == ["Egypt", "European Union"]
    reader.close()


def test_a_change_the_room_cannot_see_sends_nothing_but_keep_alives_flow(server, api, room):
    reader = open_stream(server)
    next_frame(reader, ("view",))
    api("demo-kenya").ok(type="channel.choose", channel="fr")  # private: the public view is unchanged
    kind, alive = reader.next()
    assert kind == "alive" and alive["now"].endswith("Z")
    room.ok(type="display.configure", next_speakers=5)
    _, delta = next_frame(reader, ("delta",))
    assert delta["set"] == {"next_speakers": 5} and "waiting" not in delta
    reader.close()


def test_resuming_with_the_last_event_id_repeats_nothing(server, room):
    reader = open_stream(server)
    current = view_id(reader)
    reader.close()
    assert re.fullmatch(r"[0-9a-f]+\.\d+", current)
    resumed = open_stream(server, last_event_id=current)
    assert resumed.next()[0] == "hello"
    assert resumed.next()[0] == "alive"  # no view: the page holds the current one
    resumed.close()
    room.ok(type="floor.pause")
    behind = open_stream(server, after=current)  # a page that missed the pause gets the view again
    _, view = next_frame(behind, ("view",))
    assert view["speaker"]["clock"]["running_since"] is None
    behind.close()


def test_a_stream_of_another_log_gets_the_view_again(server, room):
    reader = open_stream(server, last_event_id="0123abcd.999")
    assert next_frame(reader, ("view", "alive"))[0] == "view"
    reader.close()


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        (f"{PUBLIC}/events", 422, "invalid_last_event_id"),
        ("/api/v1/meetings/nope/public", 404, "unknown_meeting"),
        ("/api/v1/meetings/nope/public/events", 404, "unknown_meeting"),
        ("/display/nope", 404, "unknown_meeting"),
        (f"/display/{MEETING}?view=projector", 422, "invalid_view"),
        (f"/display/{MEETING}?theme=pink", 422, "invalid_theme"),
        (f"/display/{MEETING}?lang=de", 422, "unknown_language"),
        (f"/display/{MEETING}?lang=" + "x" * 100, 422, "invalid_request"),
    ],
)
def test_bad_requests_get_a_clear_error(server, path, status, code):
    r = requests.get(server.url + path, headers={"Last-Event-ID": "'; DROP TABLE"}, timeout=10)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code


def test_the_public_snapshot_has_what_the_room_may_see_and_no_more(server, api, room):
    api("demo-japan").ok(type="floor.request", item_id=ITEM, language="en", text="the full statement")
    body = requests.get(server.url + PUBLIC, timeout=10)
    assert body.headers["cache-control"] == "no-store"
    snapshot = body.json()
    assert set(snapshot) == {
        "seq", "meeting", "item", "speaker", "waiting", "next_speakers", "message", "countdown", "epoch", "now",
    }
    assert set(snapshot["speaker"]) == {
        "name", "delegation", "delegation_kind", "on_behalf_of", "kind", "attendance", "language", "clock",
    }
    assert "the full statement" not in body.text and "gender" not in body.text and "female" not in body.text


@pytest.mark.server_settings(public_streams_per_address=2)
def test_streams_from_one_address_are_capped(server, room):
    first, second = open_stream(server), open_stream(server)
    refused = requests.get(f"{server.url}{PUBLIC}/events", stream=True, timeout=10)
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "too_many_streams"
    assert int(refused.headers["Retry-After"]) > 0
    first.close()
    # Closing one frees its place (once the server has seen the stream go).
    for _ in range(200):
        again = requests.get(f"{server.url}{PUBLIC}/events", stream=True, timeout=10)
        if again.status_code == 200:
            break
        again.close()
        next_frame(second, ("alive",))  # wait a keep-alive period, not a guess
    assert again.status_code == 200
    again.close()
    second.close()


def test_the_page_labels_exist_in_all_six_languages():
    from companion.server.display_page import labels

    catalogue = labels()
    assert set(catalogue) == set(LANGUAGES)
    keys = set(catalogue["en"])
    for language, words in catalogue.items():
        assert set(words) == keys, f"{language}: missing {keys - set(words)}, extra {set(words) - keys}"
        assert all(text.strip() for text in words.values()), language
        for key, text in words.items():  # placeholders kept
            assert re.findall(r"\{\w+\}", text) == re.findall(r"\{\w+\}", catalogue["en"][key]), (language, key)
        if language != "en":
            same = [k for k in keys if words[k] == catalogue["en"][k] and not k.startswith("kind_question")]
            assert not same, f"{language} still in English: {same}"


def test_the_page_uses_the_apps_clock_colours():
    from companion.server.display_page import asset
    from companion.ui.floor_banner import PHASE_COLOURS

    css = asset("display.css")
    for phase, colour in PHASE_COLOURS.items():
        assert f"--{phase}: {colour};" in css


def test_the_page_is_small_and_carries_its_view(server, room):
    for query in ("", "?view=lower-third", "?view=speakers&theme=light&lang=zh"):
        r = requests.get(display_url(server, query), timeout=10)
        assert r.status_code == 200 and len(r.content) < 100_000
        boot = re.search(r'<script type="application/json" id="initial">(.*?)</script>', r.text).group(1)
        assert json.loads(boot)["view"]["speaker"]["delegation"] == "Brazil"


@pytest.mark.timeout(120)
def test_public_fanout_benchmark_delivers_every_view_to_every_page():
    """The benchmark's small version: correctness only (timings are the benchmark's business)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import public_fanout

    result = public_fanout.run(streams=60, commands=5)
    assert result["missing"] == result["duplicates"] == 0


def test_the_public_cap_per_address_is_the_serve_option():
    from companion.server.cli import build_parser
    from companion.server.serve_options import settings_from_args

    parser = build_parser()
    assert settings_from_args(parser.parse_args(["serve"]), "sqlite:///m.db").public_streams_per_address == 50
    wide = parser.parse_args(["serve", "--public-streams-per-address", "400"])
    assert settings_from_args(wide, "sqlite:///m.db").public_streams_per_address == 400
    with pytest.raises(ValueError, match="must not be negative"):
        settings_from_args(parser.parse_args(["serve", "--public-streams-per-address", "-1"]), "sqlite:///m.db")


@pytest.fixture
def crowded(db_path):
    """The server with 300 waiting on the live item (and one speaking)."""
    from crowd import crowd
    from live_server import LiveServer

    crowd(db_path, 300)
    live = LiveServer(db_path, keepalive=15.0).start()
    yield live
    live.stop()


def raw_frames(r: requests.Response):
    """The public stream's frames as the bytes sent, one at a time, with their kind."""
    buffer = b""
    for chunk in r.iter_content(chunk_size=None):
        buffer += chunk
        while b"\n\n" in buffer:
            frame, buffer = buffer.split(b"\n\n", 1)
            kind = re.search(rb"^event: (\w+)$", frame, re.M).group(1).decode()
            yield kind, frame + b"\n\n"


def test_one_change_with_300_waiting_sends_at_most_2_kb_and_the_page_holds_the_true_view(crowded):
    from live_server import Api

    chair, kenya = Api(crowded.url).sign_in("demo-chair"), Api(crowded.url).sign_in("demo-kenya")
    stream = requests.get(f"{crowded.url}{PUBLIC}/events", stream=True, timeout=(5, 10))
    frames = raw_frames(stream)
    kind, whole = next((k, f) for k, f in frames if k == "view")
    view = json.loads(whole.split(b"data: ", 1)[1])
    assert len(view["waiting"]) == 300 and len(whole) > 40_000  # the whole view: only on connecting
    changes = [
        {"type": "floor.call_next", "item_id": ITEM},  # the speaker changes, the list loses its head
        {"type": "floor.start"},
        {"type": "display.message", "texts": {"en": "Please be brief"}},
    ]
    for command in changes:
        chair.ok(**command)
        kind, frame = next((k, f) for k, f in frames if k != "alive")
        assert kind == "delta" and len(frame) <= 2048, (command, len(frame))
        view = apply_delta(view, json.loads(frame.split(b"data: ", 1)[1]))
    kenya.ok(type="floor.request", item_id=ITEM, language="en")  # one more waits, somewhere in the list
    kind, frame = next((k, f) for k, f in frames if k != "alive")
    assert kind == "delta" and len(frame) <= 2048, len(frame)
    view = apply_delta(view, json.loads(frame.split(b"data: ", 1)[1]))
    stream.close()
    truth = requests.get(crowded.url + PUBLIC, timeout=10).json()
    for key in ("now", "epoch", "seq"):
        truth.pop(key, None), view.pop(key, None)
    assert view == truth
