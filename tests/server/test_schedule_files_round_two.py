"""Issue 30 against the real server and CLI: one bad event never sinks a file, a file of nothing
readable is refused with every skip named, the report accounts for every item."""

from pathlib import Path

import requests
from live_server import Api

from companion.server.cli import main as cli

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"


def upload(api: Api, data: bytes, dry_run=False, filename="schedule.xml") -> requests.Response:
    return api.http.post(
        f"{api.url}/api/v1/meetings/{api.meeting}/schedule",
        params={"dry_run": str(dry_run).lower()},
        data=data,
        headers={"X-Filename": filename},
        timeout=30,
    )


def test_an_over_long_abstract_is_imported_shortened_with_a_note_not_refused(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    r = upload(secretariat, (FILES / "frab-ccc-long-abstract.xml").read_bytes())
    assert r.status_code == 200, r.text  # was 422 too_long, naming "Item 2" of the events read
    report = r.json()
    assert len(report["added"]) == 3
    shortened = [n for n in report["notes"] if n["code"] == "shortened"]
    assert {n["fields"]["field"] for n in shortened} == {"title", "description"}
    assert all("0c0ffee00802" in n["place"] and n["line"] == 30 for n in shortened)
    [skip] = report["skipped"]
    assert skip["code"] == "out_of_range" and "0c0ffee00803" in skip["place"] and skip["line"] == 41
    items = secretariat.snapshot()["items"]
    agenda = {i["id"]: i for i in (items.values() if isinstance(items, dict) else items)}
    assert len(agenda["0b1f2b2c-0d5e-5a71-9e7b-0c0ffee00802"]["description"]) == 5000


def test_a_file_with_nothing_readable_is_refused_with_every_skip_named(server):
    secretariat = Api(server.url).sign_in("demo-secretariat")
    before = secretariat.snapshot()["seq"]
    r = upload(secretariat, (FILES / "exchange-nothing-readable.ics").read_bytes(), filename="cal.ics")
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "empty_schedule"
    assert [(s["code"], s["line"]) for s in error["skipped"]] == [("whole_day", 21), ("not_allowed", 32)]
    assert all(s["place"].startswith("VEVENT ") for s in error["skipped"])
    assert "line 21: VEVENT 1" in error["message"]
    assert secretariat.snapshot()["seq"] == before


def test_the_cli_names_the_skips_of_a_file_with_nothing_readable(db_path, capsys):
    code = cli(["import-schedule", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                str(FILES / "exchange-nothing-readable.ics")])
    err = capsys.readouterr().err
    assert code == 2 and "no items (2 event(s) skipped)" in err
    assert "line 21: VEVENT 1" in err and "whole day" in err and "line 32: VEVENT 2" in err
