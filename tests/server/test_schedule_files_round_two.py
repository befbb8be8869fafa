"""Issue 30 against the real server and CLI: one bad event never sinks a file, a file of nothing
readable is refused with every skip named, the report accounts for every item."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import requests
from live_server import Api

from companion.server.cli import main as cli
from companion.server.registry import load_state
from companion.server.stores import open_storage

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
    r = upload(secretariat, (FILES / "exchange-all-day.ics").read_bytes(), filename="cal.ics")
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "empty_schedule"
    assert [(s["code"], s["line"]) for s in error["skipped"]] == [("whole_day", 21), ("whole_day", 32)]
    assert all(s["place"].startswith("VEVENT ") for s in error["skipped"])
    assert "line 21: VEVENT 1" in error["message"]
    assert secretariat.snapshot()["seq"] == before


def test_the_cli_names_the_skips_of_a_file_with_nothing_readable(db_path, capsys):
    code = cli(["import-schedule", "--db", f"sqlite:///{db_path}", "--meeting", "wipo-conv-12",
                str(FILES / "exchange-all-day.ics")])
    err = capsys.readouterr().err
    assert code == 2 and "no items (2 event(s) skipped)" in err
    # said as the app says it (ui.schedule_words): "line 21, VEVENT 1 (UID …): DTSTART is a whole day"
    assert "line 21, VEVENT 1" in err and "whole day" in err and "line 32, VEVENT 2" in err


def create(tmp_path, name: str | Path, *more: str):
    """``meeting-server create-meeting --schedule`` in a process of its own, and the meeting it made
    (*name*: a fixture's name, or a path)."""
    db = f"sqlite:///{tmp_path / 'm.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", "create-meeting", "--db", db, "--id", "m",
         "--schedule", str(FILES / name if isinstance(name, str) else name), "--secret-file", str(tmp_path / "secret"), *more],
        capture_output=True, text=True, timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode:
        return done, None
    storage = open_storage(db)
    try:
        return done, load_state(storage, "m").meeting
    finally:
        storage.close()


def test_create_meeting_takes_the_zone_from_the_events_tzids_and_the_title_from_x_wr_caldesc(tmp_path):
    done, meeting = create(tmp_path, "indico-tzid-only.ics")
    assert done.returncode == 0, done.stderr
    assert meeting.time_zone == "Europe/Paris" and meeting.title == "Working Party on Frontier Technologies"
    assert "Time zone Europe/Paris: from the file's TZID" in done.stdout
    # The skip it made is printed with its place and line, as import-schedule prints it.
    assert "1 skipped" in done.stdout and "line 22: VEVENT 3 (UID indico-contribution-1203@indico.example.org)" \
        in done.stdout and "whole day" in done.stdout


def test_create_meeting_maps_windows_zone_names_to_iana(tmp_path):
    done, meeting = create(tmp_path, "outlook-windows-zone.ics")
    assert done.returncode == 0, done.stderr
    assert meeting.time_zone == "Europe/London" and meeting.days == (date(2025, 10, 28),)
    (tmp_path / "again").mkdir()
    done, meeting = create(tmp_path / "again", "indico-tzid-only.ics", "--time-zone", "Eastern Standard Time")
    assert done.returncode == 0, done.stderr
    assert meeting.time_zone == "America/New_York"


def test_create_meeting_from_a_file_with_one_over_long_abstract_creates_it_with_a_note(tmp_path):
    done, meeting = create(tmp_path, "frab-ccc-long-abstract.xml")
    assert done.returncode == 0, done.stderr
    assert "3 agenda items" in done.stdout and "shortened to 5000" in done.stdout
    assert meeting.time_zone == "Europe/Berlin"


def test_create_meeting_asks_for_a_zone_only_when_the_file_has_none(tmp_path):
    done, _ = create(tmp_path, "folded-utf8.ics")
    assert done.returncode == 2 and "names no time zone" in done.stderr
    done, meeting = create(tmp_path, "frab-day-offsets-only.xml")
    assert done.returncode == 0, done.stderr
    assert meeting.time_zone == "Etc/GMT-1" and "from the file's day starts" in done.stdout


def test_create_meeting_shortens_a_calendar_description_too_long_for_a_title(tmp_path):
    text = (FILES / "indico-tzid-only.ics").read_text(encoding="utf-8")
    long = tmp_path / "long.ics"
    long.write_text(text.replace("X-WR-CALDESC:Working Party", "X-WR-CALDESC:" + "Working Party " * 60),
                    encoding="utf-8", newline="")
    done, meeting = create(tmp_path, long)
    assert done.returncode == 0, done.stderr
    assert len(meeting.title) == 500 and meeting.title.endswith("…")
