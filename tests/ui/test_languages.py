"""The interface in six languages: complete .ts sources, lrelease builds, switching live, right to left."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView
from ui_helpers import select_item

from companion.domain.vocabulary import LANGUAGES
from companion.ui import translation_tools as tools
from companion.ui import translations

PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_the_same_placeholders(language):
    sources = tools.extract_messages()
    assert tools.problems(language, sources) == []
    entries = tools.read_ts(language)
    for source in sources:
        text = entries[source][0]
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)
        assert ("<br>" in text) == ("<br>" in source)


def test_a_new_untranslated_string_is_caught(tmp_path):
    code = tmp_path / "widget.py"
    code.write_text('label = tr("A string nobody translated yet")\n')
    sources = tools.extract_messages(tmp_path)
    assert tools.problems("fr", sources) == ["A string nobody translated yet"]


def test_lrelease_builds_the_catalogues(tmp_path):
    built = tools.build(tmp_path)
    assert [p.name for p in built] == [f"companion_{lang}.qm" for lang in LANGUAGES]
    assert all(p.stat().st_size > 1000 for p in built)


def test_the_build_command_works_from_a_venv_that_is_not_activated(tmp_path):
    """``.venv/bin/python -m companion.ui.translations build`` with the venv's ``bin/`` off ``PATH``
    (a venv used without activating it) finds the compiler PySide6 ships."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    bare_path = os.pathsep.join(
        folder for folder in os.environ.get("PATH", "").split(os.pathsep)
        if not (Path(folder) / "pyside6-lrelease").exists()
    )
    script = (
        "import sys; from pathlib import Path; from companion.ui import translation_files as t; "
        "print(len(t.build(Path(sys.argv[1]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], env={**os.environ, "PATH": bare_path},
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(len(LANGUAGES))


def visible_texts(window):
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        texts.append(widget.text())
    texts += [box.title() for box in window.findChildren(QGroupBox)]
    texts += [
        a.text()
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for a in menu.actions()
    ]
    for table in window.findChildren(QTableView):
        model = table.model()
        texts += [str(model.headerData(c, Qt.Horizontal)) for c in range(model.columnCount())]
    return [t for t in texts if t]


@pytest.mark.parametrize("code", ["demo-chair", "demo-kenya", "demo-booth-fr"])
def test_switching_to_arabic_mirrors_translates_everything_and_keeps_the_session(
    qtbot, open_window, back_to_english, code
):
    window = open_window(code)
    select_item(window, "d1-floor-morning")
    english = set(tools.extract_messages())
    arabic = tools.read_ts("ar")
    window.choose_language("ar")
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the English widgets it replaced
    assert window.layoutDirection() == Qt.RightToLeft
    assert window.workspace is not None and window.sync.me is not None  # still signed in
    qtbot.waitUntil(lambda: window.workspace.agenda.model.rowCount() > 0, timeout=5_000)
    left_in_english = [t for t in visible_texts(window) if t in english and arabic[t][0] != t]
    assert left_in_english == [], left_in_english
    assert "جدول الأعمال" in visible_texts(window)[0] or window.menuBar().actions()[0].text() == "&الاجتماع"


def test_switching_back_and_to_chinese_follows_at_once(qtbot, open_window, back_to_english):
    kenya = open_window("demo-kenya")
    kenya.choose_language("zh")
    assert kenya.workspace.panel.ask.text() == "请求发言"
    assert kenya.layoutDirection() == Qt.LeftToRight
    kenya.choose_language("en")
    assert kenya.workspace.panel.ask.text() == "Ask for the floor"
    assert kenya.settings.value("language") == "en"


def test_agenda_titles_in_arabic_where_translated_and_marked_where_not(qtbot, open_window, back_to_english):
    kenya = open_window("demo-kenya")
    kenya.choose_language("ar")
    model = kenya.workspace.agenda.model
    assert model.index(model.row_of("d1-opening"), 3).data() == "افتتاح الدورة من قبل المدير العام"
    assert (
        model.index(model.row_of("d1-quiz"), 3).data()
        == "\u2068What do we know about synthetic media? An interactive quiz ⟨EN⟩\u2069"
    )
    select_item(kenya, "d1-quiz")
    assert "غير متاح بلغتك" in kenya.workspace.agenda.details.text()


def test_your_time_follows_the_chosen_zone_with_the_day_shift(qtbot, open_window):
    kenya = open_window("demo-kenya")
    try:
        kenya.choose_time_zone("Asia/Tokyo")
        model = kenya.workspace.agenda.model
        assert (
            model.index(model.row_of("d1-floor-afternoon"), 2).data().strip("\u2066\u2069") == "01:30 (+1 d)"
        )
        assert kenya.settings.value("time_zone") == "Asia/Tokyo"
    finally:
        kenya.choose_time_zone(None)


def test_your_time_is_left_out_where_it_would_repeat_the_meetings(qtbot, open_window):
    """In Lagos (UTC+01:00 all year) the meeting's late-October days read as in Geneva: the column
    would repeat the meeting's time, and the titles get its room; in Tokyo it is back."""
    from companion.ui.agenda_model import COL_TITLE, COL_YOUR_TIME

    kenya = open_window("demo-kenya")
    kenya.resize(1366, 768)
    try:
        for zone, hidden in (("Africa/Lagos", True), ("Asia/Tokyo", False), ("Europe/Zurich", True)):
            kenya.choose_time_zone(zone)
            table = kenya.workspace.agenda.table
            qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=5_000)
            assert table.isColumnHidden(COL_YOUR_TIME) is hidden, zone
            if zone == "Asia/Tokyo":
                narrow = table.columnWidth(COL_TITLE)
            elif zone == "Europe/Zurich":
                assert table.columnWidth(COL_TITLE) > narrow  # the room went to the titles
    finally:
        kenya.choose_time_zone(None)


def test_times_follow_the_locale_on_the_24_hour_clock(back_to_english):
    from datetime import datetime

    from companion.ui.labels import clock_text

    evening = datetime(2025, 10, 28, 17, 5)
    translations.apply_language("ar")
    assert clock_text(evening) == "١٧:٠٥"  # Arabic-Indic digits
    translations.apply_language("en")
    assert clock_text(evening) == "17:05"


def test_a_refused_command_is_explained_in_arabic(qtbot, open_window, back_to_english):
    kenya = open_window("demo-kenya")
    kenya.choose_language("ar")
    kenya.workspace.sig_command.emit({"type": "floor.start"})  # a delegate may not: the server refuses
    qtbot.waitUntil(lambda: "لا يجوز لدورك القيام بذلك" in kenya.statusBar().currentMessage(), timeout=10_000)
    assert kenya.statusBar().currentMessage().startswith("لم يُنفَّذ")
