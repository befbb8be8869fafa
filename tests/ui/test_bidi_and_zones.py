"""Languages beyond the words: names isolated in Arabic, the locale's digits and dates, the data's
age in the chosen zone, and a time-zone chooser that finds "Nairobi" or "Kenya"."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import answer_next_dialog, select_item

from companion.client import Connection, Status
from companion.ui import translations
from companion.ui.connection_indicator import describe_connection
from companion.ui.labels import number, set_user_zone
from companion.ui.zone_chooser import ZoneChooser

ITEM = "d1-floor-morning"
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")
    set_user_zone(None)


def test_names_and_groups_are_isolated_in_arabic_and_plain_in_english(
    qtbot, open_window, api, back_to_english
):
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")
    api("demo-egypt").ok(type="floor.request", item_id=ITEM, language="ar", on_behalf_of="African Group")
    chair = open_window("demo-chair")
    select_item(chair, ITEM)
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10_000)
    assert console.model.index(0, 1).data() == "Egypt – Omar Farouk (for African Group)"
    chair.choose_language("ar")
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10_000)
    cell = console.model.index(0, 1).data()
    assert cell.startswith(f"{FSI}Egypt – Omar Farouk{PDI}") and f"{FSI}African Group{PDI})" in cell
    assert console.model.index(0, 0).data() == "١"  # the place in Arabic-Indic digits
    chair.workspace.sig_command.emit({"type": "floor.call_next", "item_id": ITEM})
    banner = chair.workspace.banner.speaker
    qtbot.waitUntil(lambda: f"{FSI}Egypt – Omar Farouk{PDI}" in banner.text(), timeout=10_000)


def test_digits_and_day_dates_as_the_locale_writes_them(qtbot, open_window, back_to_english):
    kenya = open_window("demo-kenya")
    model = kenya.workspace.agenda.model
    assert model.index(model.row_of("d1-opening"), 0).data() == "Day 1 · 28 Oct"
    assert model.index(model.row_of("d2-closing"), 0).data() == "Day 2 · 29 Oct"
    kenya.choose_language("ar")
    model = kenya.workspace.agenda.model
    day = model.index(model.row_of("d2-closing"), 0).data()
    assert "٢" in day and "٢٩" in day and "29" not in day
    assert number(1366) in ("١٬٣٦٦", "١٣٦٦")
    kenya.choose_language("ru")
    model = kenya.workspace.agenda.model
    assert "29 окт" in model.index(model.row_of("d2-closing"), 0).data()


def test_offline_data_age_is_in_the_chosen_zone(back_to_english):
    as_of = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
    offline = Connection(Status.OFFLINE, retry_at=as_of + timedelta(minutes=3, seconds=20), as_of=as_of)
    set_user_zone("Asia/Tokyo")
    text = describe_connection(offline, as_of + timedelta(minutes=3))
    assert "Offline" in text and "data as of 18:00 (3 min ago)" in text and "20 s" in text
    set_user_zone("America/New_York")
    assert "data as of 05:00" in describe_connection(offline, as_of + timedelta(minutes=3))


def test_time_zone_found_by_city_or_country(qtbot):
    chooser = ZoneChooser(None, None)
    qtbot.addWidget(chooser)
    assert chooser.chosen() == ""  # the system's, until the user picks one
    chooser.search.setText("Nairobi")
    assert chooser.list.count() == 1 and chooser.list.item(0).text() == "Nairobi (Kenya) — UTC+03:00"
    assert chooser.chosen() == "Africa/Nairobi"
    chooser.search.setText("kenya")
    assert chooser.chosen() == "Africa/Nairobi"
    chooser.search.setText("new york")
    assert chooser.chosen() == "America/New_York"
    chooser.search.setText("no such place")
    assert chooser.list.count() == 0 and chooser.chosen() is None


def test_time_zone_chosen_from_the_menu(qtbot, open_window, back_to_english):
    kenya = open_window("demo-kenya")

    def pick_nairobi(dialog):
        assert isinstance(dialog, ZoneChooser)
        dialog.search.setText("Nairobi")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    answer_next_dialog(pick_nairobi)
    kenya._ask_time_zone()
    assert kenya.settings.value("time_zone") == "Africa/Nairobi"
    model = kenya.workspace.agenda.model
    assert model.index(model.row_of("d1-opening"), 2).data().strip("\u2066\u2069") == "12:00"
    answer_next_dialog(lambda dialog: dialog.reject())
    kenya._ask_time_zone()
    assert kenya.settings.value("time_zone") == "Africa/Nairobi"  # cancelled: unchanged
    kenya.choose_time_zone(None)


def test_the_reason_a_list_refuses_is_in_the_interface_language(qtbot, open_window, back_to_english):
    import re

    kenya = open_window("demo-kenya")
    kenya.choose_language("ar")
    select_item(kenya, "d1-opening")  # its list was never opened
    why = kenya.workspace.panel.why_not.text()
    assert "قائمة المتكلمين لهذا البند غير مفتوحة" in why
    assert not re.search(r"[A-Za-z]", why)  # no English inside the Arabic sentence


def test_the_speaking_clock_in_the_locale_digits(back_to_english):
    from companion.ui.labels import duration

    assert (duration(177), duration(-12)) == ("2:57", "-0:12")
    assert (duration(5400), duration(-3725), duration(3599.6)) == ("1:30:00", "-1:02:05", "1:00:00")  # as the pages
    translations.apply_language("ar")
    assert duration(177) == "٢:٥٧"
    assert duration(5400) == "١:٣٠:٠٠"


def test_arabic_booth_shows_the_current_speakers_text_at_once(qtbot, open_window, api, back_to_english):
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")
    api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en", text="Kenya thanks the Chair.")
    api("demo-chair").ok(type="floor.call_next", item_id=ITEM)
    translations.apply_language("ar")  # right to left from the start
    board = open_window("demo-booth-zh").workspace.panel
    qtbot.waitUntil(lambda: board.text.toPlainText() == "Kenya thanks the Chair.", timeout=10_000)
    assert f"{FSI}Kenya – Daniel Otieno{PDI}" in board.text_title.text()


def test_the_details_give_your_time_only_where_it_differs_from_the_venues(
    qtbot, open_window, back_to_english
):
    kenya = open_window("demo-kenya")
    kenya.choose_time_zone("Europe/Zurich")  # Geneva's clock: "your time" would repeat it
    select_item(kenya, "d1-opening")
    details = kenya.workspace.agenda.details
    assert "CET (UTC+01:00)" in details.text() and "your time" not in details.text()
    kenya.choose_time_zone("Asia/Tokyo")
    select_item(kenya, "d1-opening")
    details = kenya.workspace.agenda.details
    assert "10:00 CET (UTC+01:00) · 18:00 your time" in details.text()
    kenya.choose_language("zh")
    select_item(kenya, "d1-opening")
    assert "您的时间" in kenya.workspace.agenda.details.text()
    kenya.choose_time_zone("Europe/Zurich")
    select_item(kenya, "d1-opening")
    text = kenya.workspace.agenda.details.text()
    assert "（UTC+01:00）" in text and "您的时间" not in text
    kenya.choose_time_zone(None)
