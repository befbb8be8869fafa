"""The delegate's defaults: the language they are registered with, "My request" to find one's row
in a long list, and at least eight rows of the list of speakers on a 1366×768 laptop."""

from dataclasses import replace

import pytest
from meeting_factory import Meeting
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import select_item

from companion.ui import translations
from companion.ui.floor_panel import FloorPanel

ITEM = "d1-floor-morning"
#: A 1366×768 screen less its title bar and task bar (as the README's screenshots).
LAPTOP = QSize(1366, 696)


@pytest.fixture
def arabic():
    translations.apply_language("ar")
    yield
    translations.apply_language("en")


def test_the_registered_language_is_preselected_under_another_interface_language(qtbot, tmp_path, arabic):
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    me = replace(m.state.participants["del-ke"], language="en")
    m.state = replace(m.state, participants={**m.state.participants, "del-ke": me})
    panel = FloorPanel(me, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(panel)
    panel.set_state(m.state)
    assert panel.language.currentData() == "en"  # not the interface's Arabic
    with qtbot.waitSignal(panel.sig_command) as sent:
        qtbot.mouseClick(panel.point_of_order, Qt.LeftButton)
    assert (sent.args[0]["kind"], sent.args[0]["language"]) == ("point_of_order", "en")
    unregistered = FloorPanel(
        replace(me, language=""), QSettings(str(tmp_path / "b.ini"), QSettings.IniFormat)
    )
    qtbot.addWidget(unregistered)
    assert unregistered.language.currentData() == "ar"  # none registered: the interface's


def _long_list(api):
    """15 requests before Kenya's on the live item (the demo's delegates, a request of each kind)."""
    chair = api("demo-chair")
    chair.ok(type="agenda.set_status", item_id=ITEM, status="live")
    for kind in ("statement", "question", "presentation"):
        for who in ("del-br", "del-jp", "del-eg", "obs-eu", "ngo-ifla"):
            chair.ok(type="floor.request", item_id=ITEM, language="en", kind=kind, participant_id=who)
    api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en", kind="right_of_reply")


def _whole_rows(table) -> int:
    height = table.viewport().height()
    return sum(
        1 for r in range(table.rowCount()) if table.rowViewportPosition(r) >= 0 and
        table.rowViewportPosition(r) + table.rowHeight(r) <= height
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_eight_rows_of_the_list_show_at_1366x768_and_my_request_finds_mine(qtbot, open_window, api, lang):
    _long_list(api)
    kenya = open_window("demo-kenya")
    try:
        kenya.choose_language(lang)
        kenya.resize(LAPTOP)
        select_item(kenya, ITEM)
        panel = kenya.workspace.panel
        qtbot.waitUntil(lambda: panel.speakers.rowCount() == 16, timeout=10_000)
        QApplication.processEvents()
        assert _whole_rows(panel.speakers) >= 8
        mine = panel.speakers.model_.rows_of("del-ke")
        assert mine == [15] and panel.jump.isEnabled()
        assert panel.speakers.rowViewportPosition(15) > panel.speakers.viewport().height()  # out of view
        qtbot.mouseClick(panel.jump, Qt.LeftButton)
        QApplication.processEvents()
        assert panel.speakers.selectionModel().isRowSelected(15)
        top = panel.speakers.rowViewportPosition(15)
        assert top >= 0 and top + panel.speakers.rowHeight(15) <= panel.speakers.viewport().height()
    finally:
        translations.apply_language("en")
