"""The chair's console on a laptop: undo, add from the floor, ending an item with people waiting,
following the live item, and the speaking-time cue — real widgets against the real server."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from ui_helpers import answer_next_dialog, console_of, delegations, select_item

from companion.ui.done_dialog import DoneDialog
from companion.ui.floor_entry import FloorEntry

ITEM, AFTERNOON = "d1-floor-morning", "d1-floor-afternoon"


def ask(qtbot, window, item=ITEM):
    select_item(window, item)
    panel = window.workspace.panel
    before = panel.mine.count()
    qtbot.mouseClick(panel.ask, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.mine.count() == before + 1, timeout=10_000)


def decline_selected(qtbot, console, reason):
    def give_reason(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(reason)
        dialog.accept()

    answer_next_dialog(give_reason)
    qtbot.mouseClick(console.buttons["decline"], Qt.LeftButton)


def test_a_decline_can_be_undone_for_ten_seconds(qtbot, open_window, api):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    ask(qtbot, kenya)
    console = console_of(qtbot, chair, 1)
    console.table.selectRow(0)
    decline_selected(qtbot, console, "Wrong item.")
    assert console.undo.isVisible() and "Kenya" in console.undo.label.text()
    assert "10 s" in console.undo.label.text() and console.undo.seconds == 10
    qtbot.mouseClick(console.undo.undo, Qt.LeftButton)
    assert not console.undo.isVisible() and chair.sync.pending() == []
    # Nothing reached the server: the request still waits there.
    waiting = api("demo-chair").snapshot()["queues"][ITEM]
    assert len(waiting) == 1
    # Without undo, the decline is sent when the countdown ends (shortened here).
    console.undo.seconds = 1
    console.table.selectRow(0)
    decline_selected(qtbot, console, "Wrong item.")
    qtbot.waitUntil(lambda: console.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "Wrong item." in kenya.workspace.alert.text(), timeout=10_000)


def test_chair_adds_a_speaker_from_the_floor_in_two_clicks(qtbot, open_window):
    chair, japan = open_window("demo-chair"), open_window("demo-japan")
    console = console_of(qtbot, chair, 0)

    def choose_japan(dialog):
        assert isinstance(dialog, FloorEntry)
        assert dialog.search.text() == ""  # opens empty, ready to type
        qtbot.keyClicks(dialog.search, "jap")
        assert dialog.found.currentItem().text() == "Japan" and dialog.speaker.currentText() == "Haruka Sato"
        dialog.accept()

    answer_next_dialog(choose_japan)
    qtbot.mouseClick(console.buttons["floor"], Qt.LeftButton)
    qtbot.waitUntil(lambda: delegations(console) == ["Japan"], timeout=10_000)
    assert console.model.index(0, 5).data() == "In the room"
    qtbot.waitUntil(lambda: japan.workspace.panel.mine.count() == 1, timeout=10_000)  # Japan sees it


def test_set_done_with_people_waiting_carries_them_to_the_next_item(qtbot, open_window):
    kenya, brazil, chair = (open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-chair"))
    ask(qtbot, kenya)
    ask(qtbot, brazil)
    console = console_of(qtbot, chair, 2)
    seen = {}

    def carry(dialog):
        assert isinstance(dialog, DoneDialog)
        seen["question"] = dialog.findChildren(type(console.title))[0].text()
        dialog.target.setCurrentIndex(dialog.target.findData(AFTERNOON))
        dialog.carry.setChecked(True)
        dialog.accept()

    answer_next_dialog(carry)
    qtbot.mouseClick(console.buttons["done"], Qt.LeftButton)
    assert "2 request(s) still wait" in seen["question"]
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: chair.sync.state.items[ITEM].status == "done", timeout=10_000)
    afternoon = console_of(qtbot, chair, 2, AFTERNOON)
    assert delegations(afternoon) == ["Kenya", "Brazil"]
    moved = lambda: [r.item_id for r in kenya.sync.state.open_requests_of("del-ke")] == [AFTERNOON]  # noqa: E731
    qtbot.waitUntil(moved, timeout=10_000)  # the delegate's own request moved with it
    # What Kenya sees follows the replica on the GUI thread: wait for the screen, not the replica.
    mine = kenya.workspace.panel.mine
    qtbot.waitUntil(lambda: "Open floor interventions" in mine.text(0), timeout=10_000)


def test_set_done_can_decline_everyone_with_a_reason_or_be_cancelled(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    ask(qtbot, kenya)
    console = console_of(qtbot, chair, 1)
    answer_next_dialog(lambda dialog: dialog.reject())
    qtbot.mouseClick(console.buttons["done"], Qt.LeftButton)
    assert not console.undo.isVisible() and chair.sync.pending() == []

    def decline(dialog):
        dialog.decline.setChecked(True)
        dialog.reason.setText("Time is over for this item.")
        dialog.accept()

    answer_next_dialog(decline)
    qtbot.mouseClick(console.buttons["done"], Qt.LeftButton)
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Time is over for this item." in kenya.workspace.alert.text(), timeout=10_000)
    qtbot.waitUntil(lambda: kenya.sync.state.items[ITEM].status == "done", timeout=10_000)
    # no place left that means nothing, once the screen has the replica's state
    qtbot.waitUntil(lambda: kenya.workspace.panel.mine.count() == 0, timeout=10_000)


def test_console_follows_the_item_set_live_elsewhere(qtbot, open_window):
    chair, secretary = open_window("demo-chair"), open_window("demo-secretariat")
    select_item(chair, ITEM)
    select_item(secretary, "d1-panel-ip")
    qtbot.mouseClick(secretary.workspace.panel.buttons["live"], Qt.LeftButton)
    qtbot.waitUntil(lambda: chair.workspace.panel.item_id == "d1-panel-ip", timeout=10_000)
    assert chair.workspace.agenda.current_item == "d1-panel-ip"


def test_speaking_time_cue_for_chair_and_speaker(qtbot, open_window, api):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    short = {"member_state": 10, "observer": 10}  # the shortest limit allowed: the cue at once, then time up
    api("demo-chair").ok(type="agenda.update", item_id=ITEM, changes={"limits": short})
    ask(qtbot, kenya)
    console = console_of(qtbot, chair, 1)
    qtbot.mouseClick(console.buttons["call"], Qt.LeftButton)
    qtbot.waitUntil(lambda: console.buttons["start"].isEnabled(), timeout=10_000)
    qtbot.mouseClick(console.buttons["start"], Qt.LeftButton)
    for window in (kenya, chair):
        cue = window.workspace.banner.cue
        qtbot.waitUntil(lambda c=cue: "30 s left" in c.text(), timeout=10_000)
    for window in (kenya, chair):
        cue = window.workspace.banner.cue
        qtbot.waitUntil(lambda c=cue: c.text() == "Time is up", timeout=20_000)


def test_done_dialog_is_not_asked_when_nobody_waits(qtbot, open_window):
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 0, "d1-quiz")
    qtbot.mouseClick(console.buttons["done"], Qt.LeftButton)  # no dialog: it would block here
    assert console.undo.isVisible() and QApplication.activeModalWidget() is None
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: chair.sync.state.items["d1-quiz"].status == "done", timeout=10_000)


def test_inscription_in_advance_closes_by_itself_at_the_deadline(qtbot, open_window):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDateTime

    from companion.ui.list_opening import ListOpening

    chair, kenya = open_window("demo-chair"), open_window("demo-kenya")
    console = console_of(qtbot, chair, 0, "d2-floor")  # tomorrow's open floor, not live
    deadline = datetime.now(UTC) + timedelta(seconds=3)

    def open_with_deadline(dialog):
        assert isinstance(dialog, ListOpening)
        dialog.with_deadline.setChecked(True)
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(deadline.timestamp()) + 1))
        dialog.accept()

    answer_next_dialog(open_with_deadline)
    qtbot.mouseClick(console.buttons["list"], Qt.LeftButton)
    qtbot.waitUntil(lambda: "list closes at" in console.title.text(), timeout=10_000)
    ask(qtbot, kenya, "d2-floor")
    notes = kenya.workspace.notifier.sent
    qtbot.waitUntil(lambda: any("is registered: place 1." in text for _, text in notes), timeout=10_000)
    assert "list closes at" in kenya.workspace.panel.item_label.text()
    # No one touches anything: the server closes the list, every screen shows it.
    qtbot.waitUntil(lambda: not kenya.workspace.panel.ask.isEnabled(), timeout=15_000)
    assert "closed" in kenya.workspace.panel.why_not.text()
    qtbot.waitUntil(lambda: console.buttons["list"].text() == "Open the list", timeout=10_000)
    assert console.model.rowCount() == 1  # who asked in time keeps their place
