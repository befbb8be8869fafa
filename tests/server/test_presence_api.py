"""Who is connected, as the chair asks the real server: an open event stream is presence."""

import time

from companion.domain.instants import parse_instant


def presence(api):
    r = api("demo-chair").http.get(f"{api('demo-chair').url}/api/v1/meetings/wipo-conv-12/presence", timeout=10)
    r.raise_for_status()
    return r.json()


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_an_open_stream_is_connected_and_a_closed_one_says_since_when(server, api):
    assert presence(api)["connected"] == [] and presence(api)["left_at"] == {}
    kenya = api("demo-kenya")
    stream = kenya.stream()
    assert stream.next()[0] == "hello"
    report = presence(api)
    assert report["connected"] == ["del-ke"] and "del-ke" not in report["left_at"]
    stream.close()
    wait_for(lambda: "del-ke" in presence(api)["left_at"])  # the server notices the stream ended
    report = presence(api)
    assert report["connected"] == []
    assert parse_instant(report["left_at"]["del-ke"]) <= parse_instant(report["as_of"])


def test_only_the_chair_and_the_secretariat_may_ask(server, api):
    kenya = api("demo-kenya")
    r = kenya.http.get(f"{kenya.url}/api/v1/meetings/wipo-conv-12/presence", timeout=10)
    assert r.status_code == 403 and r.json()["error"]["code"] == "role_not_allowed"
    secretariat = api("demo-secretariat")
    assert secretariat.http.get(f"{secretariat.url}/api/v1/meetings/wipo-conv-12/presence", timeout=10).ok
