"""Six-language agenda titles at the console: a schedule file per language matched by id, a CSV of
translations (exported, filled in, imported back), and the calendar export in a reader's language."""

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from companion.domain.content_language import localized
from companion.server.registry import load_state
from companion.server.stores import open_storage

FRAB = Path(__file__).parents[1] / "fixtures" / "schedules" / "frab-modern.xml"


def cli(*args):
    done = subprocess.run(
        [sys.executable, "-m", "companion.server", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def meeting_db(tmp_path):
    db = f"sqlite:///{tmp_path / 'meeting.db'}"
    done = cli("create-meeting", "--db", db, "--id", "m12", "--schedule", str(FRAB))
    assert done.returncode == 0, done.stderr
    return db


def items_of(db):
    storage = open_storage(db)
    try:
        return load_state(storage, "m12").items
    finally:
        storage.close()


def test_a_schedule_file_per_language_matched_by_id(meeting_db, tmp_path):
    arabic = tmp_path / "schedule-ar.xml"
    text = FRAB.read_text(encoding="utf-8").replace("Opening by the Director General", "افتتاح المدير العام")
    arabic.write_text(text.replace('guid="wipo12-panel-1"', 'guid="not-on-the-agenda"'), encoding="utf-8")
    done = cli("import-translations", "--db", meeting_db, "--meeting", "m12", "--language", "ar", str(arabic))
    assert done.returncode == 0, done.stderr
    assert "Not on the agenda (left out): not-on-the-agenda" in done.stdout
    items = items_of(meeting_db)
    assert localized(items["wipo12-opening"], "ar").title == "افتتاح المدير العام"
    assert "wipo12-panel-1" in items and "not-on-the-agenda" not in items  # nothing added
    assert items["wipo12-opening"].title == "Opening by the Director General"  # the original stays


def test_a_csv_of_translations_exported_filled_in_and_imported(meeting_db, tmp_path):
    exported = cli("export-translations", "--db", meeting_db, "--meeting", "m12").stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert rows[0]["id"] == "wipo12-opening" and rows[0]["title_zh"] == ""
    assert set(rows[0]) >= {"title_ar", "description_ar", "title_zh", "title_fr", "title_ru", "title_es"}
    rows[0]["title_zh"], rows[0]["title_ru"] = "总干事致开幕词", "Открытие Генеральным директором"
    filled = io.StringIO()
    writer = csv.DictWriter(filled, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "translations.csv"
    path.write_text(filled.getvalue(), encoding="utf-8")
    done = cli("import-translations", "--db", meeting_db, "--meeting", "m12", str(path))
    assert done.returncode == 0 and "Translated 1 item(s)" in done.stdout
    opening = items_of(meeting_db)["wipo12-opening"]
    assert localized(opening, "zh").title == "总干事致开幕词" and localized(opening, "ru").fallback is None
    again = cli("export-translations", "--db", meeting_db, "--meeting", "m12").stdout
    assert list(csv.DictReader(io.StringIO(again)))[0]["title_zh"] == "总干事致开幕词"  # round trip
    long_form = tmp_path / "long.csv"
    long_form.write_text("id;language;title\nwipo12-opening;es;Apertura\nwipo12-opening;de;Eröffnung\n")
    done = cli("import-translations", "--db", meeting_db, "--meeting", "m12", str(long_form))
    assert done.returncode == 2 and "line 3: unknown language 'de'" in done.stderr
    assert localized(items_of(meeting_db)["wipo12-opening"], "es").fallback == "en"  # nothing imported


def test_the_calendar_export_in_a_readers_language(api, server):
    import requests

    api("demo-secretariat").ok(
        type="agenda.translate", translations=[{"item_id": "d1-opening", "language": "fr", "title": "Ouverture"}]
    )
    french = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics?language=fr", timeout=10)
    assert french.status_code == 200 and "SUMMARY:Ouverture" in french.text
    original = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics", timeout=10)
    assert "SUMMARY:Ouverture" not in original.text
    odd = requests.get(f"{server.url}/api/v1/meetings/wipo-conv-12/agenda.ics?language=xx", timeout=10)
    assert odd.status_code == 422 and odd.json()["error"]["code"] == "unknown_language"
