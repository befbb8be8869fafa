"""Snapshots on the wire: gzip when accepted, the role's view encoded once per sequence number
and shared by every member of the role, an ETag that a holder gets 304 for, and the app's
snapshot — view plus own part — equal to the whole snapshot it replaces."""

import gzip
import json

import requests

from companion.client.http_api import MeetingApi
from companion.domain.snapshot import state_from_plain
from companion.server.snapshot_cache import accepts_gzip, cache_of

MEETING, ITEM = "wipo-conv-12", "d1-floor-morning"


def _get(api, path, **headers):
    url = f"{api.url}/api/v1/meetings/{MEETING}{path}"
    return api.http.get(url, headers=headers, stream=True, timeout=10)


def _wire(response) -> bytes:
    """The body as it crossed the wire (not decoded)."""
    return response.raw.read(decode_content=False)


def test_the_view_is_gzipped_when_accepted_and_plain_when_not(api):
    kenya = api("demo-kenya")
    zipped = _get(kenya, "/view", **{"Accept-Encoding": "gzip"})
    assert zipped.status_code == 200 and zipped.headers["Content-Encoding"] == "gzip"
    body = gzip.decompress(_wire(zipped))
    for refused in ("identity", "gzip;q=0", "br"):
        plain = _get(kenya, "/view", **{"Accept-Encoding": refused})
        assert "Content-Encoding" not in plain.headers
        assert _wire(plain) == body
    view = json.loads(body)
    assert view["view"] == "delegate" and view["seq"] == kenya.snapshot()["seq"]
    assert zipped.headers["Vary"] == "Accept-Encoding" and len(_wire(_get(kenya, "/view"))) < len(body) / 3


def test_every_delegate_gets_the_same_view_encoded_once_per_seq(api, server):
    kenya, brazil, japan = api("demo-kenya"), api("demo-brazil"), api("demo-japan")
    kenya.ok(type="floor.request", item_id=ITEM, language="en", text="Kenya's own text")
    brazil.ok(type="channel.choose", channel="fr")
    room = server._server.config.app.state.hub.rooms[MEETING]
    before = cache_of(room).encodings
    bodies = {_wire(_get(who, "/view", **{"Accept-Encoding": "gzip"})) for who in (kenya, brazil, japan)}
    assert len(bodies) == 1 and cache_of(room).encodings == before + 1  # one encoding, three callers
    view = json.loads(gzip.decompress(bodies.pop()))
    assert [r["text"] for r in view["requests"]] == [None]  # nobody's text
    assert "del-br" not in view["channels"] and all(p["gender"] is None for p in view["participants"])
    booth = _get(api("demo-booth-fr"), "/view", **{"Accept-Encoding": "gzip"})
    booth_view = json.loads(gzip.decompress(_wire(booth)))
    assert booth_view["view"] == "interpreter" and [r["text"] for r in booth_view["requests"]] == [
        "Kenya's own text"
    ]
    assert cache_of(room).encodings == before + 2


def test_a_caller_holding_the_seq_gets_304_until_the_meeting_moves(api):
    kenya = api("demo-kenya")
    for path in ("/view", ""):
        first = _get(kenya, path)
        etag = first.headers["ETag"]
        again = _get(kenya, path, **{"If-None-Match": etag})
        assert again.status_code == 304 and _wire(again) == b"" and again.headers["ETag"] == etag
        assert _get(kenya, path, **{"If-None-Match": 'W/"other"'}).status_code == 200
    etag = _get(kenya, "/view").headers["ETag"]
    kenya.ok(type="channel.choose", channel="ar")
    moved = _get(kenya, "/view", **{"If-None-Match": etag})
    assert moved.status_code == 200 and moved.headers["ETag"] != etag


def test_the_apps_snapshot_is_view_plus_own_part_equal_to_the_whole_and_asked_gzipped(api, server):
    kenya = api("demo-kenya")
    kenya.ok(type="floor.request", item_id=ITEM, language="en", text="Kenya's own text")
    kenya.ok(type="channel.choose", channel="fr")
    api("demo-brazil").ok(type="floor.request", item_id=ITEM, language="es", text="Brazil's text")
    app = MeetingApi(server.url, MEETING)
    app.set_token(kenya.http.headers["Authorization"].removeprefix("Bearer "))
    seen: list[requests.Response] = []
    app.http.hooks["response"].append(lambda r, *args, **kwargs: seen.append(r))
    assembled = app.snapshot()
    whole = kenya.snapshot()
    assert state_from_plain(assembled) == state_from_plain(whole)
    assert (assembled["you"], assembled["epoch"]) == (whole["you"], whole["epoch"])
    texts = {r["participant_id"]: r["text"] for r in assembled["requests"]}
    assert texts == {"del-ke": "Kenya's own text", "del-br": None}
    assert assembled["channels"]["del-ke"] == "fr"
    paths = [r.request.path_url.rsplit("/", 1)[-1] for r in seen]
    assert paths == ["view", "own"]
    assert all("gzip" in r.request.headers["Accept-Encoding"] for r in seen)
    assert seen[0].headers["Content-Encoding"] == "gzip"


def test_accept_encoding_is_read_with_its_q_values():
    assert accepts_gzip("gzip") and accepts_gzip("br, gzip;q=0.5") and accepts_gzip("*")
    assert not accepts_gzip("") and not accepts_gzip("gzip;q=0") and not accepts_gzip("deflate")
    assert not accepts_gzip("gzip;q=zero")
