"""A hostile or broken client against the real server: every bad input is a 4xx with its code, and
nothing is appended."""

import logging
import socket
import time
from datetime import UTC, datetime

import pytest
import requests
from live_server import Api

ITEM = "d1-floor-morning"


def raw_command(client, body: bytes, **headers):
    url = f"{client.url}/api/v1/meetings/{client.meeting}/commands"
    headers = {"Content-Type": "application/json", **headers}
    return client.http.post(url, data=body, headers=headers, timeout=10)


def refused(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


@pytest.fixture
def brazil(api):
    return api("demo-brazil")


@pytest.fixture
def chair(api):
    return api("demo-chair")


def test_statement_over_20000_characters_is_refused_and_nothing_appended(brazil):
    before = brazil.snapshot()["seq"]
    r = brazil.command(type="floor.request", item_id=ITEM, language="es", text="palabra " * 2501)
    refused(r, 422, "too_long")
    assert brazil.snapshot()["seq"] == before
    brazil.ok(type="floor.request", item_id=ITEM, language="es", text="x" * 20_000)


def test_agenda_title_over_500_characters_is_refused(chair):
    before = chair.snapshot()["seq"]
    refused(chair.command(type="agenda.update", item_id=ITEM, changes={"title": "T" * 501}), 422, "too_long")
    assert chair.snapshot()["seq"] == before


@pytest.mark.parametrize("year", ["0001", "1969", "2101", "9999"])
def test_agenda_times_outside_1970_to_2100_are_refused_so_the_calendar_never_breaks(chair, year):
    before = chair.snapshot()["seq"]
    changes = {"start": f"{year}-10-28T09:00:00Z", "end": f"{year}-10-28T10:00:00Z"}
    r = chair.command(type="agenda.update", item_id=ITEM, changes=changes)
    assert r.status_code == 422 and r.json()["error"]["code"] in ("out_of_range", "invalid_field")
    assert chair.snapshot()["seq"] == before
    ics = chair.http.get(f"{chair.url}/api/v1/meetings/{chair.meeting}/agenda.ics", timeout=10)
    assert ics.status_code == 200 and "BEGIN:VCALENDAR" in ics.text


def test_speaking_limits_out_of_range_are_refused(chair):
    r = chair.command(type="agenda.update", item_id=ITEM, changes={"limits": {"member_state": 10**9}})
    refused(r, 422, "out_of_range")


@pytest.mark.parametrize("depth", [33, 200_000])
def test_deeply_nested_json_is_refused(brazil, depth):
    before = brazil.snapshot()["seq"]
    body = b'{"type": "floor.request", "x": ' + b"[" * depth + b"]" * depth + b"}"
    refused(raw_command(brazil, body), 422, "too_deep")
    assert brazil.snapshot()["seq"] == before


@pytest.mark.parametrize(
    "text",
    [b'"\\ud800 a lone surrogate"', b'"bell \\u0007"', b'"nul \\u0000"', b'"\\u009b csi"'],
)
def test_broken_and_control_characters_are_refused(brazil, text):
    before = brazil.snapshot()["seq"]
    body = b'{"type": "floor.request", "item_id": "%s", "language": "es", "text": %s}' % (ITEM.encode(), text)
    refused(raw_command(brazil, body, **{"Idempotency-Key": "k1"}), 422, "invalid_text")
    assert brazil.snapshot()["seq"] == before


def test_tab_and_newlines_are_welcome_in_a_statement(brazil):
    brazil.ok(type="floor.request", item_id=ITEM, language="es", text="Señor Presidente,\r\n\tgracias.\n")


def test_nan_and_huge_numbers_are_malformed_json_not_500(brazil):
    refused(raw_command(brazil, b'{"type": "floor.request", "minutes": NaN}'), 422, "malformed_json")
    huge = b'{"type": "floor.request", "minutes": ' + b"9" * 5000 + b"}"
    refused(raw_command(brazil, huge), 422, "malformed_json")


@pytest.mark.parametrize(
    "position",
    ["²", "1" * 1000, "-1", "12a", "٣"],
    ids=["sup2", "1000-digits", "minus", "letters", "arabic-digit"],
)
def test_stream_positions_must_be_ascii_digits(brazil, position):
    url = f"{brazil.url}/api/v1/meetings/{brazil.meeting}/events"
    r = brazil.http.get(url, headers={"Last-Event-ID": position.encode().decode("latin-1")}, timeout=10)
    refused(r, 400, "invalid_last_event_id")
    r = brazil.http.get(url, params={"after": position}, timeout=10)
    refused(r, 400, "invalid_last_event_id")


def test_empty_idempotency_key_is_refused_not_ignored(brazil):
    before = brazil.snapshot()["seq"]
    r = brazil.command(key=None, type="floor.request", item_id=ITEM, language="es")
    assert r.status_code == 200
    r = raw_command(brazil, b'{"type": "channel.choose", "channel": "fr"}', **{"Idempotency-Key": ""})
    refused(r, 422, "invalid_idempotency_key")
    assert brazil.snapshot()["seq"] == before + 1


def test_a_retry_with_its_keys_reordered_is_the_same_command(brazil):
    first = raw_command(
        brazil,
        b'{"type": "floor.request", "item_id": "%s", "language": "es"}' % ITEM.encode(),
        **{"Idempotency-Key": "same"},
    )
    again = raw_command(
        brazil,
        b'{"language": "es", "item_id": "%s", "type": "floor.request"}' % ITEM.encode(),
        **{"Idempotency-Key": "same"},
    )
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert brazil.snapshot()["seq"] == first.json()["seq"]  # recorded once


def test_sign_in_with_a_broken_code_is_a_422(server):
    body = b'{"meeting": "wipo-conv-12", "code": "\\udc80abc"}'
    r = requests.post(f"{server.url}/api/v1/session", data=body, timeout=10)
    refused(r, 422, "invalid_request")


def test_an_aborted_body_logs_one_line_and_no_traceback(server, brazil, caplog):
    token = brazil.http.headers["Authorization"]
    host, port = server.url.removeprefix("http://").split(":")
    caplog.set_level(logging.INFO, logger="companion.server.http_errors")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            b"POST /api/v1/meetings/wipo-conv-12/commands HTTP/1.1\r\nHost: x\r\n"
            + f"Authorization: {token}\r\nContent-Type: application/json\r\n".encode()
            + b'Content-Length: 1000\r\n\r\n{"type": '
        )
        sock.shutdown(socket.SHUT_WR)
        sock.recv(1024)  # the server closes the connection
    deadline = time.monotonic() + 10  # the app notices a moment after the connection closes
    while not any("client left" in r.getMessage() for r in caplog.records) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert any("client left" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert requests.get(f"{server.url}/api/v1/health", timeout=10).ok


@pytest.mark.parametrize(
    "fields",
    [{"name": "N" * 201}, {"name": "bell\a"}, {"name": " "}, {"name": "Ana", "delegation": "\ud800"}],
)
def test_registration_refuses_oversized_or_broken_names(db_path, fields):
    from companion.server.registry import RegistryError, add_participant
    from companion.server.store_factory import open_storage

    storage = open_storage(f"sqlite:///{db_path}")
    try:
        with pytest.raises(RegistryError):
            add_participant(storage, "wipo-conv-12", {"role": "delegate", **fields})
    finally:
        storage.close()


def test_a_calendar_with_an_item_from_before_the_year_rule_is_still_served(server, db_path):
    """A log written before the 1970–2100 rule may hold a year-9999 item: the feed leaves it out."""
    import json
    import sqlite3

    from companion.domain.events import Event

    chair_view = Api(server.url).sign_in("demo-chair").snapshot()
    item = next(i for i in chair_view["items"] if i["id"] == ITEM)
    changes = {"start": "9999-10-28T09:00:00Z", "end": "9999-10-28T10:00:00Z"}
    envelope = Event(
        chair_view["seq"] + 1,
        "agenda.updated",
        datetime(2025, 10, 28, tzinfo=UTC),
        "chair",
        {"item_id": item["id"], "changes": changes},
    ).envelope()
    server.stop()
    with sqlite3.connect(db_path) as db:
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?)", ("wipo-conv-12", envelope["seq"], json.dumps(envelope))
        )
    server.start()
    ics = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics", timeout=10)
    assert ics.status_code == 200 and "d1-opening" in ics.text and ITEM not in ics.text
