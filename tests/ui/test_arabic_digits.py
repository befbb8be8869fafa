"""In Arabic every number is written in the locale's digits: the three workspaces are walked and
no ASCII digit is found outside a bidi-isolated name or code (FSI…PDI), which is shown as spelled."""

import re
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QListWidget, QTabBar, QTableView
from ui_helpers import select_item

from companion.ui import translations

ITEM = "d1-floor-morning"
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")  # a name or a code, shown as its owner spells it
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")  # tags and entities (colours like #fff3c4 are not text)


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")


def rendered_texts(window) -> list[str]:
    """What the window shows: labels, buttons, titles, tabs, list entries, every table cell and header."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    texts += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    texts += [box.title() for box in window.findChildren(QGroupBox)]
    texts += [bar.tabText(n) for bar in window.findChildren(QTabBar) for n in range(bar.count())]
    texts += [w.item(n).text() for w in window.findChildren(QListWidget) for n in range(w.count())]
    texts += [box.itemText(n) for box in window.findChildren(QComboBox) for n in range(box.count())]
    for table in window.findChildren(QTableView):
        model = table.model()
        texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
        texts += [
            str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())
        ]
    return [t for t in texts if t]


def ascii_digits(texts: list[str]) -> list[str]:
    return [t for t in texts if re.search(r"[0-9]", ISOLATED.sub("", MARKUP.sub("", t)))]


def busy_meeting(api) -> None:
    chair = api("demo-chair")
    chair.ok(type="agenda.set_status", item_id=ITEM, status="live")
    api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en", text="Kenya thanks the Chair.")
    api("demo-egypt").ok(type="floor.request", item_id=ITEM, language="ar", on_behalf_of="African Group")
    api("demo-brazil").ok(type="floor.request", item_id=ITEM, language="es", kind="question")
    chair.ok(type="floor.call_next", item_id=ITEM)
    chair.ok(type="floor.start")


@pytest.mark.parametrize("code", ["demo-chair", "demo-egypt", "demo-booth-fr"])
def test_no_ascii_digit_in_the_arabic_workspaces(qtbot, open_window, api, back_to_english, code):
    busy_meeting(api)
    window = open_window(code)
    select_item(window, ITEM)
    english = rendered_texts(window)
    assert ascii_digits(english), "the check sees ASCII digits where English writes them"
    window.choose_language("ar")
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the English widgets it replaced
    qtbot.waitUntil(lambda: window.workspace.agenda.model.rowCount() > 0, timeout=5_000)
    select_item(window, ITEM)
    qtbot.waitUntil(lambda: "١" in " ".join(rendered_texts(window)), timeout=5_000)
    arabic = rendered_texts(window)
    assert any("UTC" in t and "٠١:٠٠" in t for t in arabic)  # the item's offset was walked, in Arabic digits
    left = ascii_digits(arabic)
    assert left == [], "\n".join(left)


def test_offsets_day_shifts_and_enumerations_in_the_locales_writing(back_to_english):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from companion.ui.labels import listing, offset_text, set_user_zone, user_clock

    kathmandu = datetime(2025, 10, 28, 12, 0, tzinfo=UTC).astimezone(ZoneInfo("Asia/Kathmandu"))
    new_york = datetime(2025, 10, 28, 12, 0, tzinfo=UTC).astimezone(ZoneInfo("America/New_York"))
    assert (offset_text(kathmandu), offset_text(new_york)) == ("UTC+05:45", "UTC-04:00")
    assert listing(["a", "b"]) == "a, b"
    translations.apply_language("ar")
    assert offset_text(kathmandu).startswith("\u2066UTC") and offset_text(kathmandu).endswith("٠٥:٤٥\u2069")
    assert listing(["a", "b"]) == "a، b"
    set_user_zone("Asia/Tokyo")
    try:
        late = datetime(2025, 10, 28, 16, 30, tzinfo=UTC)  # 17:30 in Geneva, 01:30 next day in Tokyo
        shifted = user_clock(late, "Europe/Zurich")
        assert "١" in shifted and not re.search(r"[0-9]", shifted)
    finally:
        set_user_zone(None)
    translations.apply_language("zh")
    assert listing(["a", "b"]) == "a、b"


def test_no_right_to_left_mark_inside_an_offset(back_to_english):
    """Arabic's sign carries a letter mark; inside the isolated offset it would put "+" after the digits."""
    from datetime import UTC, datetime

    from companion.ui.labels import offset_text, signed

    translations.apply_language("ar")
    winter = datetime(2025, 10, 28, 12, 0, tzinfo=UTC).astimezone(ZoneInfo("Europe/Zurich"))
    assert offset_text(winter) == "\u2066UTC+٠١:٠٠\u2069"
    assert signed(-1).endswith("١") and "\u061c" not in signed(-1) + signed(1)


def test_the_secretariats_counts_in_the_locales_digits(qtbot, back_to_english):
    """The import reports and the sign-in form count in Arabic-Indic digits; titles and ids stay isolated."""
    from companion.ui.exchange_actions import _summary
    from companion.ui.schedule_words import report_text

    entry = {"id": "d1-x2", "title": "Panel 2", "fields": ["start"]}
    report = {
        "dry_run": True, "format": "csv", "added": [entry, entry], "changed": [entry], "cancelled": [],
        "removed": [], "kept_postponed": [], "unchanged": 12,
        "skipped": [{"code": "broken_json", "fields": {"line": 7, "column": 31}}],
        "notes": [
            {"code": "floating_times", "fields": {"count": 5, "zone": "Europe/Zurich"}},
            {"code": "recurrence_capped", "place": "VEVENT 3", "line": 40,
             "fields": {"count": 30, "last": "2025-11-26 10:00"}},
        ],
    }
    english = report_text(report)
    assert "2 added" in english and "12 unchanged" in english and "at line 7, column 31" in english
    assert "5 event(s)" in english and "its 30 occurrence(s) up to 2025-11-26 10:00" in english
    translations.apply_language("ar")
    for text in (report_text(report), _summary(report)):
        assert "٢" in text and ascii_digits([text]) == [], text
    assert "٣٠" in report_text(report) and "٥" in report_text(report)
    assert "\u2068d1-x2\u2069" in report_text(report)


def test_the_sign_in_form_counts_meetings_in_arabic_digits(qtbot, open_window, back_to_english):
    window = open_window("demo-kenya")
    translations.apply_language("ar")
    window.show_sign_in()
    form = window.sign_in
    qtbot.waitUntil(lambda: "١" in form.meeting_status.text(), timeout=10_000)
    assert ascii_digits([form.meeting_status.text()]) == []


def test_the_connection_badge_counts_in_arabic_digits(back_to_english):
    from datetime import UTC, datetime, timedelta

    from companion.client import Connection, Status
    from companion.ui.connection_indicator import describe_connection

    as_of = datetime(2025, 10, 28, 9, 0, tzinfo=UTC)
    offline = Connection(Status.OFFLINE, retry_at=as_of + timedelta(minutes=3, seconds=20), as_of=as_of)
    translations.apply_language("ar")
    text = describe_connection(offline, as_of + timedelta(minutes=3))
    assert "٢٠" in text and "٣" in text and ascii_digits([text]) == [], text
