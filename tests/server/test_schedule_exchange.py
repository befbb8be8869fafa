"""Schedules in (CLI and API), the calendar feed and the record out, against the real server."""

import json
from pathlib import Path

import icalendar
import requests
from live_server import Api

from companion.server.cli import main as cli

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"
MODERN = (FILES / "frab-modern.xml").read_bytes()


def upload(api: Api, data: bytes, dry_run=False, filename="schedule.xml") -> requests.Response:
    return api.http.post(
        f"{api.url}/api/v1/meetings/{api.meeting}/schedule",
        params={"dry_run": str(dry_run).lower()},
        data=data,
        headers={"X-Filename": filename},
        timeout=30,
    )


def test_cli_dry_run_changes_nothing_then_import_reports_and_applies(db_path, capsys):
    db = f"sqlite:///{db_path}"
    assert cli(["import-schedule", "--db", db, "--meeting", "wipo-conv-12", str(FILES / "frab-modern.xml"),
                "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] and len(report["added"]) == 4 and len(report["removed"]) == 20
    assert len(report["skipped"]) == 2
    assert cli(["import-schedule", "--db", db, "--meeting", "wipo-conv-12", str(FILES / "frab-modern.xml"),
                "--dry-run"]) == 0
    assert "Would import (frab schedule.xml)" in capsys.readouterr().out
    assert cli(["import-schedule", "--db", db, "--meeting", "wipo-conv-12", str(FILES / "frab-modern.xml")]) == 0
    text = capsys.readouterr().out
    assert "Imported" in text and "4 added" in text and "duplicate id 'wipo12-panel-1'" in text
    assert cli(["import-schedule", "--db", db, "--meeting", "wipo-conv-12", str(FILES / "frab-modern.xml"),
                "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["unchanged"] == 4 and not again["added"] and not again["removed"]


def test_cli_refuses_a_hostile_file_with_a_message(db_path, tmp_path, capsys):
    bad = tmp_path / "evil.xml"
    bad.write_bytes(b'<!DOCTYPE s [<!ENTITY e SYSTEM "file:///etc/passwd">]><schedule>&e;</schedule>')
    code = cli(["import-schedule", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and "refused" in err and "Traceback" not in err
    code = cli(["import-schedule", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                str(tmp_path / "missing.xml")])
    assert code == 2 and "cannot read" in capsys.readouterr().err


def test_reimport_updates_in_place_keeps_floor_requests_and_every_app_sees_it(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    chair, kenya = Api(server.url).sign_in("demo-chair"), Api(server.url).sign_in("demo-kenya")
    assert upload(kenya, MODERN).status_code == 403  # a delegate may not import
    first = upload(secretariat, MODERN)
    assert first.status_code == 200, first.text
    chair.ok(type="list.open", item_id="wipo12-floor-1")
    request_id = kenya.ok(type="floor.request", item_id="wipo12-floor-1", language="en")["events"][-1]["data"][
        "request"
    ]["id"]
    seq = kenya.snapshot()["seq"]
    stream = kenya.stream(after=seq)

    # Version 2: the open floor moves 30 minutes and is renamed; the first panel is dropped.
    newer = (
        MODERN.replace(b"2025-10-28T11:15:00+01:00", b"2025-10-28T11:45:00+01:00")
        .replace(b"Open floor: statements by delegations", b"Open floor: general statements")
        .replace(b'guid="wipo12-panel-1"', b'guid="wipo12-panel-X"')  # both the panel and its duplicate
    )
    report = upload(secretariat, newer).json()
    assert [c["id"] for c in report["changed"]] == ["wipo12-floor-1"]
    assert report["changed"][0]["fields"] == ["end", "start", "title"]
    assert [a["id"] for a in report["added"]] == ["wipo12-panel-X"]
    assert [r["id"] for r in report["removed"]] == ["wipo12-panel-1"]
    seen = [e["type"] for e in stream.events(3)]
    assert seen == ["agenda.item_added", "agenda.updated", "agenda.item_removed"]
    stream.close()
    state = kenya.snapshot()
    floor = next(i for i in state["items"] if i["id"] == "wipo12-floor-1")
    assert floor["title"] == "Open floor: general statements" and floor["start"] == "2025-10-28T10:45:00Z"
    assert floor["planned_start"] == "2025-10-28T10:15:00Z"  # apps mark it as moved
    assert next(r for r in state["requests"] if r["id"] == request_id)["status"] == "waiting"
    assert state["queues"]["wipo12-floor-1"] == [request_id]

    # Version 3: the open floor is gone from the file, but Kenya asked the floor on it: postponed, kept.
    start = newer.index(b'<event guid="wipo12-floor-1"')
    without = newer[:start] + newer[newer.index(b"</event>", start) + len(b"</event>"):]
    report = upload(secretariat, without).json()
    assert [k["id"] for k in report["kept_postponed"]] == ["wipo12-floor-1"] and not report["removed"]
    state = kenya.snapshot()
    assert next(i for i in state["items"] if i["id"] == "wipo12-floor-1")["status"] == "postponed"
    assert any(r["id"] == request_id for r in state["requests"])


def test_hostile_uploads_change_nothing(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()
    laughs = b'<!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><schedule>&b;</schedule>'
    for data, status, code in (
        (laughs, 422, "bad_schedule"),
        (b"<schedule><day", 422, "bad_schedule"),
        ("Réunion".encode("utf-16"), 422, "bad_schedule"),
        (b"[" * 100_000, 422, "bad_schedule"),  # was a RecursionError: a 500
        (b"<schedule>" + b" " * (11 * 1024 * 1024), 413, "too_large"),
    ):
        r = upload(secretariat, data)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text
        assert r.json()["error"]["message"]
    assert secretariat.snapshot()["seq"] == before["seq"]


def test_dry_run_over_the_api_reports_without_changing(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()["seq"]
    report = upload(secretariat, (FILES / "no-vtimezone.ics").read_bytes(), dry_run=True).json()
    assert report["dry_run"] and len(report["added"]) == 4 and len(report["skipped"]) == 2
    assert secretariat.snapshot()["seq"] == before


def test_agenda_ics_feed_parses_round_trips_and_follows_changes(server):
    url = f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics"
    first = requests.get(url, timeout=10)  # no sign-in: calendars subscribe to it
    assert first.status_code == 200 and first.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(first.content)
    assert calendar.to_ical() == first.content  # round-trips through the library unchanged
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 20
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Zurich"
    quiz = events["d1-quiz@wipo-conv-12.meeting-companion"]
    assert quiz["DTSTART"].params["TZID"] == "Europe/Zurich" and quiz["DTSTAMP"].dt.tzinfo is not None
    assert quiz["SEQUENCE"] == 0 and str(quiz["STATUS"]) == "CONFIRMED"

    chair = Api(server.url).sign_in("demo-chair")
    chair.ok(type="agenda.set_status", item_id="d1-quiz", status="postponed")
    again = icalendar.Calendar.from_ical(requests.get(url, timeout=10).content)
    quiz = {str(e["UID"]): e for e in again.walk("VEVENT")}["d1-quiz@wipo-conv-12.meeting-companion"]
    assert quiz["SEQUENCE"] == 1 and str(quiz["STATUS"]) == "CANCELLED"
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(events)  # UIDs are stable

    # Our own export imported back: every item recognised, nothing added or removed.
    secretariat = Api(server.url).sign_in("demo-secretariat")
    report = upload(secretariat, again.to_ical(), dry_run=True, filename="agenda.ics").json()
    assert report["added"] == [] and report["removed"] == [] and report["unchanged"] == 20
    assert requests.get(f"{server.url}/api/v1/meetings/nope/agenda.ics", timeout=10).status_code == 404


def test_private_items_stay_out_of_the_public_feed(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    assert upload(secretariat, (FILES / "no-vtimezone.ics").read_bytes()).status_code == 200
    feed = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics", timeout=10).content
    uids = {str(e["UID"]) for e in icalendar.Calendar.from_ical(feed).walk("VEVENT")}
    assert "noz-keynote@wipo-conv-12.meeting-companion" in uids
    assert not any(uid.startswith("noz-private") for uid in uids)


def test_record_of_the_meeting_for_chair_and_secretariat(server):
    chair, kenya, eu = (Api(server.url).sign_in(c) for c in ("demo-chair", "demo-kenya", "demo-eu"))
    brazil = Api(server.url).sign_in("demo-brazil")
    item = "d1-floor-morning"
    chair.ok(type="agenda.set_status", item_id=item, status="live")
    kenya.ok(type="floor.request", item_id=item, language="en", attendance="remote")
    eu.ok(type="floor.request", item_id=item, language="fr", attendance="onsite")
    rid = brazil.ok(type="floor.request", item_id=item, language="es")["events"][-1]["data"]["request"]["id"]
    brazil.ok(type="floor.withdraw", request_id=rid)
    for _ in range(2):
        chair.ok(type="floor.call_next", item_id=item)
        chair.ok(type="floor.start")
    chair.ok(type="floor.finish")

    assert kenya.http.get(f"{server.url}/api/v1/meetings/wipo-conv-12/record.csv", timeout=10).status_code == 403
    csv_text = chair.http.get(f"{server.url}/api/v1/meetings/wipo-conv-12/record.csv", timeout=10).text
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("item_id,item_title,speaking_order")
    assert [ln.split(",")[2] for ln in lines[1:]] == ["1", "2", ""]
    assert "withdrew" in lines[3] and "Brazil" in lines[3]
    document = chair.http.get(f"{server.url}/api/v1/meetings/wipo-conv-12/record.json", timeout=10).json()
    [entry] = document["items"]
    figures = entry["figures"]
    assert figures["speakers"] == 2 and figures["member_states"] == 1 and figures["observers"] == 1
    assert figures["onsite"] == 1 and figures["remote"] == 1 and figures["withdrawn"] == 1
    assert figures["languages"] == {"en": 1, "fr": 1}
    assert document["figures"]["speakers"] == 2
