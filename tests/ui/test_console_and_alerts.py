"""The chair's console and the alerts, through real widgets against the real server on loopback."""

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from ui_helpers import answer_next_dialog, console_of, delegations, select_item

from companion.client import Status

ITEM = "d1-floor-morning"


def ask_floor(qtbot, window, text=""):
    select_item(window, ITEM)
    panel = window.workspace.panel
    panel.text.setPlainText(text)
    before = panel.mine.count()
    qtbot.mouseClick(panel.ask, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.mine.count() == before + 1, timeout=10_000)


def test_chair_reorders_by_drag_and_drop(qtbot, open_window):
    kenya, brazil, chair = (open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-chair"))
    ask_floor(qtbot, kenya)
    ask_floor(qtbot, brazil)
    console = console_of(qtbot, chair, 2)
    assert delegations(console) == ["Kenya", "Brazil"]
    # What the view does on a drop: the dragged row's data, dropped onto the first row.
    data = console.model.mimeData([console.model.index(1, 0)])
    assert console.model.canDropMimeData(data, Qt.MoveAction, -1, -1, console.model.index(0, 0))
    console.model.dropMimeData(data, Qt.MoveAction, -1, -1, console.model.index(0, 0))
    qtbot.waitUntil(lambda: delegations(console) == ["Brazil", "Kenya"], timeout=10_000)
    qtbot.waitUntil(lambda: "Place 2" in kenya.workspace.panel.mine.text(0), timeout=10_000)
    # Dropped below the last row: back to the end.
    data = console.model.mimeData([console.model.index(0, 0)])
    console.model.dropMimeData(data, Qt.MoveAction, 2, 0, QModelIndex())
    qtbot.waitUntil(lambda: delegations(console) == ["Kenya", "Brazil"], timeout=10_000)


def test_chair_reorders_by_keyboard(qtbot, open_window):
    kenya, brazil, chair = (open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-chair"))
    ask_floor(qtbot, kenya)
    ask_floor(qtbot, brazil)
    console = console_of(qtbot, chair, 2)
    chair.activateWindow()
    qtbot.waitUntil(chair.isActiveWindow)
    console.table.setFocus()
    console.table.selectRow(1)
    qtbot.keyClick(console.table, Qt.Key_Up, Qt.ControlModifier)
    qtbot.waitUntil(lambda: delegations(console) == ["Brazil", "Kenya"], timeout=10_000)


def test_declined_with_a_reason_the_delegate_is_told(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    ask_floor(qtbot, kenya)
    console = console_of(qtbot, chair, 1)
    console.table.selectRow(0)

    def give_reason(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("The list was closed by decision of the meeting.")
        dialog.accept()

    answer_next_dialog(give_reason)
    qtbot.mouseClick(console.buttons["decline"], Qt.LeftButton)
    assert console.undo.isVisible()  # held for its undo time; the chair need not wait
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: console.model.rowCount() == 0, timeout=10_000)
    alert = kenya.workspace.alert
    qtbot.waitUntil(lambda: "declined" in alert.text(), timeout=10_000)
    assert "closed by decision of the meeting" in alert.text() and alert.isVisible()
    assert kenya.workspace.panel.mine.count() == 0
    assert any("declined" in text for _, text in kenya.workspace.notifier.sent)


def test_cancelled_decline_dialog_declines_nothing(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    ask_floor(qtbot, kenya)
    console = console_of(qtbot, chair, 1)
    console.table.selectRow(0)
    answer_next_dialog(lambda dialog: dialog.reject())
    qtbot.mouseClick(console.buttons["decline"], Qt.LeftButton)
    # The click returns once the dialog was answered: a decline would be in the outbox already.
    assert console.model.rowCount() == 1 and chair.sync.pending() == []


def test_slow_down_reaches_the_chair_at_once(qtbot, open_window):
    chair, booth = open_window("demo-chair"), open_window("demo-booth-ar")
    board = booth.workspace.panel
    answer_next_dialog(lambda dialog: dialog.button(QMessageBox.No).click())
    qtbot.mouseClick(board.slow, Qt.LeftButton)
    assert booth.sync.pending() == [] and board.slow_sent.text() == ""  # said no: nothing sent
    answer_next_dialog(lambda dialog: dialog.button(QMessageBox.Yes).click())
    qtbot.mouseClick(board.slow, Qt.LeftButton)
    alert = chair.workspace.alert
    qtbot.waitUntil(lambda: "SLOW DOWN" in alert.text(), timeout=10_000)
    assert alert.isVisible() and "Arabic booth" in alert.text()  # the booth by name, not "ar"
    assert chair.workspace.notifier.sent[-1][1] == alert.text()
    qtbot.waitUntil(lambda: "the chair has been told" in board.slow_sent.text() or "showed it" in board.slow_sent.text(),
                    timeout=10_000)  # fmt: skip
    # The chair's screen acknowledged it: the booth reads when it reached the chair.
    qtbot.waitUntil(lambda: "the chair's screen showed it at" in board.slow_sent.text(), timeout=10_000)
    assert booth.sync.state.slow_downs[-1].seen_at is not None


def set_live(qtbot, chair, window):
    select_item(chair, ITEM)
    qtbot.mouseClick(chair.workspace.panel.buttons["live"], Qt.LeftButton)
    qtbot.waitUntil(lambda: window.sync.state.items[ITEM].status == "live", timeout=10_000)


def test_being_next_and_called_notifies_the_desktop(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    set_live(qtbot, chair, kenya)
    ask_floor(qtbot, kenya)
    notes = kenya.workspace.notifier.sent
    qtbot.waitUntil(lambda: any("You are next" in text for _, text in notes), timeout=10_000)
    assert any("is registered: place 1." in text for _, text in notes)  # the acknowledgement, with the place
    console = console_of(qtbot, chair, 1)
    qtbot.mouseClick(console.buttons["call"], Qt.LeftButton)
    qtbot.waitUntil(lambda: any("You have the floor" in text for _, text in notes), timeout=10_000)
    assert kenya.workspace.notifier.channel in ("tray", "notify-send", "window only")


def test_no_you_are_next_for_an_item_not_in_session(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    ask_floor(qtbot, kenya)  # the morning's list is open, but the item is not live
    notes = kenya.workspace.notifier.sent
    qtbot.waitUntil(lambda: any("is registered: place 1." in text for _, text in notes), timeout=10_000)
    line = kenya.workspace.panel.mine.text(0)
    assert "Place 1" in line and "about" not in line  # a place, but no estimated time
    assert not any("next" in text for _, text in notes)
    assert "next" not in kenya.workspace.panel.notice.text()
    set_live(qtbot, chair, kenya)
    qtbot.waitUntil(lambda: any("You are next" in text for _, text in notes), timeout=10_000)
    assert "about" in kenya.workspace.panel.mine.text(0)


def test_reminder_before_a_starred_item_starts(qtbot, open_window):
    kenya = open_window("demo-kenya")
    workspace = kenya.workspace
    select_item(kenya, "d2-final-panel")
    workspace.agenda.star.click()
    start = kenya.sync.state.items["d2-final-panel"].start
    workspace.check_reminders(start - timedelta(minutes=20))
    assert not workspace.alert.isVisible()
    workspace.check_reminders(start - timedelta(minutes=8))
    assert workspace.alert.isVisible() and "Starting in 8 min: Final panel" in workspace.alert.text()
    workspace.check_reminders(start - timedelta(minutes=7))
    assert sum("Final panel" in text for _, text in workspace.notifier.sent) == 1  # once only


def test_statement_loaded_from_a_text_file(qtbot, open_window, tmp_path, monkeypatch):
    kenya = open_window("demo-kenya")
    select_item(kenya, ITEM)
    panel = kenya.workspace.panel
    good = tmp_path / "statement.txt"
    good.write_text("\ufeffMr. Chair, Kenya thanks the Secretariat.", encoding="utf-8")
    monkeypatch.setattr(
        "companion.ui.floor_panel.QFileDialog.getOpenFileName", lambda *a, **k: (str(good), "")
    )
    qtbot.mouseClick(panel.load, Qt.LeftButton)
    assert panel.text.toPlainText() == "Mr. Chair, Kenya thanks the Secretariat."
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Déclaration".encode("latin-1"))
    assert "Could not load latin1.txt" in panel.load_text_file(bad)
    assert "Could not load latin1.txt" in panel.why_not.text()
    assert panel.text.toPlainText() == "Mr. Chair, Kenya thanks the Secretariat."  # nothing lost


def test_sign_out_returns_to_sign_in_and_forgets_the_token(qtbot, open_window):
    kenya = open_window("demo-kenya")
    action = next(a for a in kenya.menuBar().actions()[0].menu().actions() if a.text() == "Sign out")
    action.trigger()
    qtbot.waitUntil(lambda: kenya.workspace is None and kenya.centralWidget() is kenya.sign_in, timeout=10_000)
    qtbot.waitUntil(lambda: kenya.sync.connection.status == Status.SIGNED_OUT, timeout=10_000)
    assert kenya.sync.tokens.load() is None


def test_item_details_list_the_interpretation_languages(qtbot, open_window):
    kenya = open_window("demo-kenya")
    select_item(kenya, "d1-quiz")
    details = kenya.workspace.agenda.details.text()
    assert "Interpretation: العربية, 中文, English, Français, Русский, Español" in details

