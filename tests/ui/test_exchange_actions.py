"""Calendar export, the meeting's record and schedule import from the app's menu."""

import csv
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import answer_next_dialog, select_item

FILES = Path(__file__).parent.parent / "fixtures" / "schedules"


def test_actions_follow_the_role(open_window):
    kenya, chair, secretariat = (open_window(c) for c in ("demo-kenya", "demo-chair", "demo-secretariat"))
    assert kenya.exchange.calendar.isVisible() and not kenya.exchange.record.isVisible()
    assert chair.exchange.record.isVisible() and not chair.exchange.schedule.isVisible()
    assert secretariat.exchange.schedule.isVisible()


def test_my_agenda_and_the_whole_agenda_as_calendars(qtbot, open_window, tmp_path):
    kenya = open_window("demo-kenya")
    select_item(kenya, "d2-final-panel")
    kenya.workspace.agenda.star.click()
    kenya.exchange.write_calendar(tmp_path / "mine.ics", starred_only=True)
    mine = icalendar.Calendar.from_ical((tmp_path / "mine.ics").read_bytes())
    assert [str(e["SUMMARY"]) for e in mine.walk("VEVENT")][0].startswith("Final panel")
    kenya.exchange.write_calendar(tmp_path / "all.ics")
    assert len(icalendar.Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT")) == 20
    assert "Saved all.ics" in kenya.statusBar().currentMessage()


def test_a_save_that_fails_says_so(qtbot, open_window, tmp_path):
    kenya = open_window("demo-kenya")
    seen = []
    answer_next_dialog(lambda box: (seen.append(box.text()), box.accept()))
    kenya.exchange.write_calendar(tmp_path / "no-such-folder" / "agenda.ics")
    assert "Could not save agenda.ics" in seen[0]


def test_chair_saves_the_record_as_csv(qtbot, open_window, tmp_path):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    select_item(kenya, "d1-floor-morning")
    kenya.workspace.panel.ask.click()
    qtbot.waitUntil(lambda: any(r.participant_id == "del-ke" for r in chair.sync.state.requests.values()),
                    timeout=10_000)
    chair.exchange.write_record(tmp_path / "record.csv")
    rows = list(csv.DictReader((tmp_path / "record.csv").open(encoding="utf-8")))
    assert rows[0]["delegation"] == "Kenya" and rows[0]["outcome"] == "waiting"
    chair.exchange.write_record(tmp_path / "record.json")
    assert '"figures"' in (tmp_path / "record.json").read_text(encoding="utf-8")


def test_secretariat_previews_then_imports_a_schedule_and_delegates_see_it(qtbot, open_window):
    kenya, secretariat = open_window("demo-kenya"), open_window("demo-secretariat")
    shown = []

    def confirm(box):
        shown.append((box.text(), box.detailedText()))
        next(b for b in box.buttons() if b.text() == "Import").click()

    answer_next_dialog(confirm)
    secretariat.exchange.preview_import(FILES / "with-vtimezone.ics")
    qtbot.waitUntil(lambda: "ics-floor@wipo.int" in kenya.sync.state.items, timeout=10_000)
    assert shown[0][0].startswith("2 added, 0 changed, 20 removed")
    assert "Would import (iCalendar)" in shown[0][1]
    qtbot.waitUntil(lambda: "Schedule imported" in secretariat.statusBar().currentMessage(), timeout=5_000)
    qtbot.waitUntil(lambda: kenya.workspace.agenda.model.rowCount() == 2, timeout=5_000)


def test_a_cancelled_or_refused_import_changes_nothing(qtbot, open_window, tmp_path):
    secretariat = open_window("demo-secretariat")
    seq = secretariat.sync.state.seq
    answer_next_dialog(lambda box: box.button(QMessageBox.Cancel).click())
    secretariat.exchange.preview_import(FILES / "frab-modern.xml")
    qtbot.waitUntil(lambda: "cancelled" in secretariat.statusBar().currentMessage(), timeout=10_000)
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<schedule><day")
    warnings = []
    answer_next_dialog(lambda box: (warnings.append((box.text(), box.detailedText())), box.accept()))
    secretariat.exchange.preview_import(bad)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "not imported" in warnings[0][0] and "XML is broken" in warnings[0][1]
    assert secretariat.sync.state.seq == seq


def test_every_reason_a_schedule_file_can_get_has_words_in_the_interface():
    from companion.interchange.schedule_notes import Shape, Why
    from companion.ui.schedule_words import REASONS, SHAPES

    assert set(REASONS) == set(Why) and set(SHAPES) == set(Shape)


@pytest.fixture
def secretariat_in(open_window):
    """The secretariat's window in a language; English again afterwards."""
    from companion.ui import translations

    def open_in(language):
        window = open_window("demo-secretariat")
        window.choose_language(language)
        return window

    yield open_in
    translations.apply_language("en")


def dialog_of_preview(qtbot, window, path, answer) -> tuple[str, str]:
    """Preview *path*; the (text, details) of the dialog that follows, answered by *answer*."""
    seen = []
    answer_next_dialog(lambda box: (seen.append((box.text(), box.detailedText())), answer(box)))
    window.exchange.preview_import(path)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def test_a_refused_file_is_explained_in_french_with_the_place_in_the_details(qtbot, secretariat_in, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"schedule": {"conference": {"time_zone_name": 123, "days": []}}}')
    text, details = dialog_of_preview(qtbot, secretariat_in("fr"), bad, lambda box: box.accept())
    # The place (a JSON pointer to the value) in the French sentence, the server's English below.
    assert "/schedule/conference/time_zone_name : time_zone_name devrait être du texte" in text
    assert details == "/schedule/conference/time_zone_name: time_zone_name should be text."


def test_the_reports_skips_and_notes_read_in_arabic(qtbot, secretariat_in):
    buttons = []

    def cancel(box):
        buttons.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.Cancel).click()

    _, details = dialog_of_preview(qtbot, secretariat_in("ar"), FILES / "c3voc-wrong-types.json", cancel)
    assert "Cancel" not in buttons and "ألغِ" in buttons  # Qt's own words in Arabic too
    assert "ينبغي أن يكون \u2068persons\u2069 قائمة" in details  # "persons should be a list", the name isolated
    assert "مدته صفر" in details  # the zero-length marker
    assert "لا يذكر الملف منطقة زمنية" in details and "Europe/Zurich" in details  # the zone assumed
    assert "should be" not in details and "Note:" not in details


def test_each_skip_shows_its_line_place_and_reason_in_the_users_language(qtbot, secretariat_in):
    """frab: the line and element path; c3voc: the JSON pointer; the reason in French, then in Chinese."""
    _, details = dialog_of_preview(qtbot, secretariat_in("fr"), FILES / "frab-wrong-types.xml",
                                   lambda box: box.button(QMessageBox.Cancel).click())
    hall = "<day index='1' date='2025-10-28'> <room name='Conference Hall'>"
    assert f"ligne 24, {hall} event 2 (guid 'wt-duration') : la durée « 1h » est illisible" in details
    assert "ligne 52, <event> (guid 'wt-outside') : <event> n’est pas à sa place (il doit être dans <room>)" in details
    _, details = dialog_of_preview(qtbot, secretariat_in("zh"), FILES / "c3voc-schema2-wrong-types.json",
                                   lambda box: box.button(QMessageBox.Cancel).click())
    # The JSON pointer, and beside it the event's guid (what a person searches the file for).
    assert "/schedule/events/2/participants (guid '0b5c44e1-7a8e-5d43-a1d6-2c8f3f7c1a03')：participants 应为列表" \
        in details
    assert "line" not in details and "should be" not in details


def test_an_import_confirmed_after_the_meeting_changed_what_it_would_do_is_refused(qtbot, open_window, server):
    from live_server import Api

    secretariat = open_window("demo-secretariat")
    seq = secretariat.sync.state.seq
    kenya = Api(server.url).sign_in("demo-kenya")
    warnings = []

    def confirm(box):
        # Meanwhile Kenya asks the floor on an item the preview removes: the import would now keep it.
        kenya.ok(type="floor.request", item_id="d1-floor-morning", language="en")
        answer_next_dialog(lambda warning: (warnings.append(warning.text()), warning.accept()))
        next(b for b in box.buttons() if b.text() == "Import").click()

    answer_next_dialog(confirm)
    secretariat.exchange.preview_import(FILES / "with-vtimezone.ics")
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "not imported" in warnings[0] and "moved on" in warnings[0]
    qtbot.waitUntil(lambda: secretariat.sync.state.seq == seq + 1, timeout=5_000)  # only Kenya's request
    assert "ics-floor@wipo.int" not in secretariat.sync.state.items


def test_a_recurring_events_notes_read_in_the_users_language(qtbot, secretariat_in):
    """A series expanded, and one without end cut at the file's last item, each said in Spanish."""
    _, details = dialog_of_preview(qtbot, secretariat_in("es"), FILES / "recurring-dst-unbounded.ics",
                                   lambda box: box.button(QMessageBox.Cancel).click())
    assert "se repite: importado como 5 punto(s), uno por repetición" in details
    assert "se importaron sus 30 repeticiones hasta el 2026-11-17" in details
    assert "it repeats" not in details


def test_a_file_of_nothing_readable_lists_each_skip_in_the_users_language(qtbot, secretariat_in):
    """An Exchange export of all-day events: refused as empty, and the details say why, event by event
    (before, only "the schedule has no items")."""
    text, details = dialog_of_preview(qtbot, secretariat_in("fr"), FILES / "exchange-all-day.ics",
                                      lambda box: box.accept())
    assert "Le programme ne contient aucun point" in text
    lines = details.splitlines()
    assert len(lines) == 2 and lines[0].startswith("ligne 21, VEVENT 1 (UID 0400000082")
    assert lines[1].startswith("ligne 32, VEVENT 2")
    assert lines[1].endswith(") : DTSTART est une journée entière (2025-11-03), pas une heure")
