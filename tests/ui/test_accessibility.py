"""Assistive technology and the keyboard: names and descriptions, keyboard-only flows, announcements."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)


def unnamed(window):
    found = []
    for widget in window.centralWidget().findChildren(QWidgetBase):
        if isinstance(widget, INTERACTIVE) and widget.isVisibleTo(window) and widget.focusPolicy() != Qt.NoFocus:
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the editor inside a combo or spin box: the outer widget carries the name
            if not widget.accessibleName() or not widget.accessibleDescription():
                found.append(f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', str)()!r}")
    return found


from PySide6.QtWidgets import QWidget as QWidgetBase  # noqa: E402


@pytest.mark.parametrize("code", ["demo-kenya", "demo-chair", "demo-booth-fr"])
def test_every_interactive_widget_has_a_name_and_a_description(qtbot, open_window, code):
    window = open_window(code)
    window.workspace.agenda.select("d1-floor-morning")
    missing = unnamed(window)
    print('MISSING', code, missing)
    assert missing == [], missing


def tab_to(qtbot, window, target, limit=60):
    """Press Tab (as a keyboard user would) until *target* has the focus; fails if it never does."""
    seen = []
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        focused = QApplication.focusWidget()
        seen.append(focused.accessibleName() if focused else None)
        qtbot.keyClick(focused or window, Qt.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} cannot be reached with Tab; the focus went {seen}")


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_delegate_by_keyboard_alone_finds_an_item_asks_withdraws_and_chooses_a_channel(qtbot, open_window):
    kenya = open_window("demo-kenya")
    activate(qtbot, kenya)
    workspace, panel = kenya.workspace, kenya.workspace.panel
    workspace.agenda.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.agenda.search)
    qtbot.keyClicks(workspace.agenda.search, "Open floor: use")
    tab_to(qtbot, kenya, workspace.agenda.table)
    qtbot.keyClick(workspace.agenda.table, Qt.Key_Down)
    qtbot.keyClick(workspace.agenda.table, Qt.Key_Up)  # first row of what the search left
    assert panel.item_id == "d1-floor-morning"
    tab_to(qtbot, kenya, panel.ask)
    qtbot.keyClick(panel.ask, Qt.Key_Space)
    qtbot.waitUntil(lambda: panel.mine.count() == 1, timeout=10_000)
    tab_to(qtbot, kenya, panel.mine)
    qtbot.keyClick(panel.mine, Qt.Key_Down)
    tab_to(qtbot, kenya, next(b for b in panel.findChildren(QAbstractButton) if b.text().startswith("Withdraw")))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert panel.undo.isVisible()  # held 10 s with Undo; sent at once by keyboard too
    tab_to(qtbot, kenya, panel.undo.send_now)
    qtbot.keyClick(panel.undo.send_now, Qt.Key_Space)
    qtbot.waitUntil(lambda: panel.mine.count() == 0, timeout=10_000)
    tab_to(qtbot, kenya, workspace.channel)
    qtbot.keyClick(workspace.channel, Qt.Key_Down)
    qtbot.waitUntil(lambda: kenya.sync.state.channels.get("del-ke") == "ar", timeout=10_000)


def test_chair_by_keyboard_alone_calls_starts_and_finishes(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    kenya.workspace.agenda.select("d1-floor-morning")
    kenya.workspace.panel.ask.click()
    activate(qtbot, chair)
    chair.workspace.agenda.select("d1-floor-morning")
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10_000)
    console.table.setFocus()
    qtbot.keyClick(console.table, Qt.Key_N, Qt.ControlModifier)  # call next
    qtbot.waitUntil(lambda: chair.sync.state.floor is not None, timeout=10_000)
    # A shortcut works once its button is enabled, which follows the replica on the GUI thread.
    qtbot.waitUntil(console.buttons["start"].isEnabled, timeout=10_000)
    qtbot.keyClick(console.table, Qt.Key_S, Qt.ControlModifier)  # start the clock
    qtbot.waitUntil(lambda: chair.sync.state.floor.running_since is not None, timeout=10_000)
    qtbot.waitUntil(console.buttons["pause"].isEnabled, timeout=10_000)  # the screen sees it run
    qtbot.keyClick(console.table, Qt.Key_F, Qt.ControlModifier)  # finish
    qtbot.waitUntil(lambda: chair.sync.state.floor is None, timeout=10_000)
    assert "Ctrl+N" in console.buttons["call"].accessibleDescription()


def test_alerts_are_announced_with_their_words(qtbot, open_window):
    kenya = open_window("demo-kenya")
    kenya.workspace.agenda.select("d1-floor-morning")
    kenya.workspace.panel.ask.click()
    alert = kenya.workspace.alert
    qtbot.waitUntil(lambda: "is registered" in alert.text(), timeout=10_000)
    assert alert.accessibleDescription() == alert.text()


def test_connection_state_stays_readable_on_a_dark_high_contrast_palette(qtbot, open_window):
    from PySide6.QtGui import QColor, QPalette

    kenya = open_window("demo-kenya")
    dark = QPalette(kenya.palette())
    dark.setColor(QPalette.Window, QColor("#000000"))
    dark.setColor(QPalette.WindowText, QColor("#ffffff"))
    kenya.setPalette(dark)
    kenya.on_connection_changed(kenya.sync.connection)
    colour = QColor(kenya.connection_label.styleSheet().split("color: ")[1].split(";")[0])
    assert colour.lightness() > 128  # light text on the dark window
