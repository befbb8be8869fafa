"""The main flows through real widgets against the real server on loopback."""

from PySide6.QtCore import Qt
from ui_helpers import answer_next_dialog, select_item

from companion.ui.chair_panel import ChairPanel
from companion.ui.coming_speakers import COL_ROUTE
from companion.ui.floor_panel import FloorPanel
from companion.ui.interpreter_panel import InterpreterPanel

ITEM = "d1-floor-morning"


def test_delegate_asks_chair_reorders_and_calls_interpreter_sees_language_and_text(qtbot, open_window):
    kenya, brazil, chair, booth = (
        open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-chair", "demo-booth-zh")
    )
    # Kenya asks first, then Brazil with a statement text for the interpreters.
    for window, language, text in ((kenya, "English", ""), (brazil, "Español", "Señor Presidente: gracias.")):
        select_item(window, ITEM)
        panel: FloorPanel = window.workspace.panel
        panel.language.setCurrentText(language)
        panel.text.setPlainText(text)
        assert panel.ask.isEnabled()
        qtbot.mouseClick(panel.ask, Qt.LeftButton)
        qtbot.waitUntil(lambda p=panel: p.mine.count() == 1, timeout=10_000)  # accepted before the next asks
    qtbot.waitUntil(lambda: "Place 2" in brazil.workspace.panel.mine.text(0), timeout=10_000)

    # The chair takes the item live, moves Brazil up, calls and starts the clock.
    select_item(chair, ITEM)
    console: ChairPanel = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 2, timeout=10_000)
    qtbot.mouseClick(console.buttons["live"], Qt.LeftButton)
    console.table.selectRow(1)
    qtbot.mouseClick(console.buttons["up"], Qt.LeftButton)
    qtbot.waitUntil(
        lambda: console.model.request_at(0) and console.model.request_at(0).participant_id == "del-br",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: "Place 1" in brazil.workspace.panel.mine.text(0), timeout=10_000)
    assert "You are next" in brazil.workspace.alert.text() and "unmute" in brazil.workspace.alert.text()

    # The interpreter of the Chinese booth sees who is next, in Spanish, with relay, and the text.
    board: InterpreterPanel = booth.workspace.panel
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: "Next: Brazil – Ana Souza in Español" in board.now_next.text(), timeout=10_000)
    # the relay plan of the UN booths: the Chinese booth takes Spanish from the English booth (pivot)
    assert board.model.index(0, COL_ROUTE).data() == "relay from English booth"
    board.table.selectRow(0)
    assert board.text.toPlainText() == "Señor Presidente: gracias."

    qtbot.mouseClick(console.buttons["call"], Qt.LeftButton)
    qtbot.waitUntil(lambda: console.buttons["start"].isEnabled(), timeout=10_000)
    qtbot.mouseClick(console.buttons["start"], Qt.LeftButton)
    qtbot.waitUntil(lambda: "You have the floor" in brazil.workspace.banner.speaker.text(), timeout=10_000)
    first = brazil.workspace.banner.clock.text()
    qtbot.waitUntil(lambda: brazil.workspace.banner.clock.text() != first, timeout=5_000)  # the clock runs
    assert "Speaking: Brazil – Ana Souza" in kenya.workspace.banner.speaker.text()


def test_closed_list_disables_the_request_button_and_says_why(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    select_item(kenya, ITEM)
    select_item(chair, ITEM)
    assert kenya.workspace.panel.ask.isEnabled()
    answer_next_dialog(lambda box: box.defaultButton().click())  # "Close the list?": yes
    qtbot.mouseClick(chair.workspace.panel.buttons["list"], Qt.LeftButton)
    qtbot.mouseClick(chair.workspace.panel.undo.send_now, Qt.LeftButton)  # not the 10 s to undo
    qtbot.waitUntil(lambda: not kenya.workspace.panel.ask.isEnabled(), timeout=10_000)
    assert "closed" in kenya.workspace.panel.why_not.text()
    kenya.workspace.panel.kind.setCurrentIndex(kenya.workspace.panel.kind.findData("point_of_order"))
    assert kenya.workspace.panel.ask.isEnabled()  # points of order are still accepted


def test_server_stop_shows_reconnecting_and_the_window_recovers(qtbot, open_window, server):
    kenya = open_window("demo-kenya")
    server.stop()
    qtbot.waitUntil(
        lambda: "Reconnecting" in kenya.connection_label.text() or "Offline" in kenya.connection_label.text(),
        timeout=10_000,
    )
    kenya.workspace.sig_command.emit({"type": "channel.choose", "channel": "ar"})
    qtbot.waitUntil(lambda: "waiting to be sent" in kenya.pending_label.text(), timeout=5_000)
    server.start()
    qtbot.waitUntil(lambda: "Live" in kenya.connection_label.text(), timeout=15_000)
    qtbot.waitUntil(lambda: kenya.workspace.channel.currentData() == "ar", timeout=10_000)
    qtbot.waitUntil(lambda: kenya.pending_label.text() == "", timeout=10_000)


def test_starred_items_make_my_agenda(qtbot, open_window):
    kenya = open_window("demo-kenya")
    agenda = kenya.workspace.agenda
    select_item(kenya, "d2-final-panel")
    qtbot.mouseClick(agenda.star, Qt.LeftButton)
    agenda.mine.setChecked(True)
    assert agenda.proxy.rowCount() == 1
    assert agenda.proxy.index(0, 3).data().startswith("★ Final panel")
    qtbot.mouseClick(agenda.star, Qt.LeftButton)  # unstar: "my agenda" is empty again
    assert agenda.proxy.rowCount() == 0
