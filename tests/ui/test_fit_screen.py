"""Every workspace fits a 1366×768 laptop and a 1280×720 screen (1920×1080 at 150 %), in long languages."""

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication
from ui_helpers import select_item

from companion.ui import translations
from companion.ui.preferences import WINDOW_GEOMETRY
from companion.ui.window_fit import PREFERRED, fitted, within

#: Title bar and task bar take about this much of the screen's height (logical pixels).
CHROME = 72
SCREENS = [QSize(1366, 768), QSize(1280, 720)]


@pytest.fixture
def language():
    yield
    translations.apply_language("en")


def cut_buttons(window):
    """Buttons shown narrower than their text, or reaching outside the window."""
    inside = QRect(0, 0, window.width(), window.height())
    cut = []
    for button in window.centralWidget().findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        if not inside.contains(rect) or button.width() < button.minimumSizeHint().width():
            cut.append(button.text())
    return cut


def columns_visible(table, columns):
    """True when each column is shown whole inside the table's viewport."""
    width = table.viewport().width()
    return all(
        not table.isColumnHidden(c)
        and table.columnViewportPosition(c) >= 0
        and table.columnViewportPosition(c) + table.columnWidth(c) <= width
        for c in columns
    )


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
@pytest.mark.parametrize("code", ["demo-chair", "demo-kenya", "demo-booth-fr"])
def test_workspace_fits_the_screen(qtbot, open_window, language, screen, lang, code):
    window = open_window(code)
    window.choose_language(lang)
    select_item(window, "d1-floor-morning")
    room = QSize(screen.width(), screen.height() - CHROME)
    window.resize(room)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= room.width()
    assert window.minimumSizeHint().height() <= room.height()
    assert window.size() == room  # nothing forced it larger than the screen
    assert cut_buttons(window) == []
    panel = window.workspace.panel
    if code == "demo-chair":
        from companion.ui.queue_model import COL_DELEGATION, COL_KIND, COL_LANGUAGE, COL_PLACE, COL_WHERE

        qtbot.waitUntil(lambda: panel.model.rowCount() >= 0)
        assert columns_visible(panel.table, [COL_PLACE, COL_DELEGATION, COL_KIND, COL_LANGUAGE, COL_WHERE])
    if code == "demo-booth-fr":
        from companion.ui.coming_speakers import COL_LANGUAGE, COL_TEXT, COL_WHEN

        assert columns_visible(panel.table, [COL_WHEN, COL_LANGUAGE, COL_TEXT])
    # The agenda's titles get room: the status ("Запланировано · список открыт") elides before the
    # titles shrink to three letters (they did in Russian and Arabic at 1366×768).
    from companion.ui.agenda_model import COL_STATUS, COL_TITLE

    agenda = window.workspace.agenda.table
    assert agenda.columnWidth(COL_STATUS) <= agenda.viewport().width() * 0.25 + 1
    assert agenda.columnWidth(COL_TITLE) >= 90  # a dozen letters of each title, not three


def test_window_opens_within_the_screen_and_remembers_its_size(qtbot, open_window):
    window = open_window("demo-kenya")
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(700, 500)
    window.close()
    again = open_window("demo-kenya")
    assert again.size() == QSize(700, 500)
    assert again.settings.value(WINDOW_GEOMETRY) is not None


def test_the_fit_rules():
    assert fitted(PREFERRED, QSize(1366, 728)) == QSize(1280, 728)
    assert fitted(QSize(1919, 1199), QSize(1280, 680)) == QSize(1280, 680)  # 150 % scaling
    moved = within(QRect(900, 600, 1280, 800), QRect(0, 0, 1366, 728))
    assert QRect(0, 0, 1366, 728).contains(moved) and moved.size() == QSize(1280, 728)


def test_the_division_between_agenda_and_panel_is_remembered_per_role(qtbot, open_window):
    chair = open_window("demo-chair")
    chair.resize(1366, 696)
    split = chair.workspace.split
    split.setSizes([400, 966])
    split.splitterMoved.emit(400, 1)  # what a drag of the handle signals
    wanted = split.sizes()
    chair.close()
    again = open_window("demo-chair")
    again.resize(1366, 696)
    assert again.workspace.split.sizes() == wanted
    kenya = open_window("demo-kenya")  # another role keeps its own division
    assert kenya.workspace.split.sizes() != wanted


@pytest.mark.parametrize("lang", ["en", "ru", "ar"])
def test_sign_in_fits_the_smallest_screen(qtbot, open_window, language, lang):
    window = open_window("demo-kenya")
    window.choose_language(lang)
    window.show_sign_in()
    room = QSize(1280, 720 - CHROME)
    window.resize(room)
    QApplication.processEvents()
    assert window.size() == room and cut_buttons(window) == []


def test_a_long_reconnecting_badge_never_widens_the_window(qtbot):
    """The badge as the main window holds it (a permanent status-bar widget), fed a long reason: a
    narrow window stays narrow. (The app's own connection is live; its news would replace this one.)"""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QMainWindow

    from companion.client import Connection, Status
    from companion.client.errors import Problem, Unreachable
    from companion.ui.connection_indicator import ConnectionIndicator

    window = QMainWindow()
    qtbot.addWidget(window)
    badge = ConnectionIndicator()
    window.statusBar().addPermanentWidget(badge)
    window.show()
    narrow = QSize(420, 300)
    window.resize(narrow)
    now = datetime.now(UTC)
    failed = Unreachable("The connection to the server failed.", Problem.CONNECTION_FAILED)
    badge.show_connection(Connection(Status.RECONNECTING, retry_at=now + timedelta(seconds=3), as_of=now, error=failed))
    QApplication.processEvents()
    assert window.size() == narrow and window.minimumSizeHint().width() <= narrow.width()
    assert badge.text().startswith("Reconnecting (next try in 3 s)") and badge.text().endswith("…")
    assert badge.toolTip() == badge.accessibleDescription() == badge.full_text()
    assert badge.full_text().endswith("The connection to the server failed.")  # whole for screen readers
    window.resize(1280, 300)
    QApplication.processEvents()
    assert badge.text() == badge.full_text()  # room enough: nothing cut


@pytest.mark.parametrize("lang", ["ar", "ru", "zh", "en"])
def test_the_badge_is_whole_when_the_window_has_room(qtbot, language, lang):
    """Arabic's "Signed out" was cut (لم يتم تسجيل الدخ…) in a 1,280-pixel window: the cut was measured
    a pixel wider than the size the badge asked for."""
    from PySide6.QtWidgets import QMainWindow

    from companion.client import Connection, Status
    from companion.ui.connection_indicator import ConnectionIndicator
    from companion.ui.labels import tr

    translations.apply_language(lang)
    window = QMainWindow()
    qtbot.addWidget(window)
    badge = ConnectionIndicator()
    window.statusBar().addPermanentWidget(badge)
    window.resize(1280, 300)
    window.show()
    badge.show_connection(Connection(Status.SIGNED_OUT))
    QApplication.processEvents()
    assert badge.full_text() == tr("Signed out")
    assert badge.text() == badge.full_text()


def test_a_long_meeting_title_never_widens_the_sign_in_window(qtbot, server, tmp_path):
    """The sign-in's meeting box took the width of the longest title the server listed: a
    700-pixel window grew to 867 when the list arrived (the flake of
    test_window_opens_within_the_screen_and_remembers_its_size, under load)."""
    from companion.client import MeetingSync
    from companion.ui.main_window import CompanionWindow

    sync = MeetingSync(server.url, "wipo-conv-12", profile="narrow", data_root=tmp_path / "clients")
    window = CompanionWindow(sync)
    qtbot.addWidget(window)
    window.show_sign_in()  # the server's list arrives before the form is first shown, as under load
    form = window.sign_in
    qtbot.waitUntil(lambda: form.meeting.count() == 1, timeout=10_000)
    title = form.meeting.itemText(0)
    assert form.meeting.fontMetrics().horizontalAdvance(title) > 700  # long enough to have widened it
    window.resize(700, 500)
    window.show()
    QApplication.processEvents()
    assert window.width() == 700 and window.minimumSizeHint().width() <= 700
