"""Closing a list safely: a confirmation that says how many wait, 10 s to undo, and a deadline set,
moved or lifted on a list already open — the console against the real server."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import answer_next_dialog, console_of

from companion.ui.list_closing import ListDeadline

ITEM = "d1-floor-morning"


def test_closing_asks_with_the_number_waiting_and_can_be_undone(qtbot, open_window, api):
    for code in ("demo-kenya", "demo-brazil"):
        api(code).ok(type="floor.request", item_id=ITEM, language="en")
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 2)
    asked = {}

    def answer(box, button):
        assert isinstance(box, QMessageBox)
        asked["text"] = box.text()
        button(box).click()

    answer_next_dialog(lambda box: answer(box, lambda b: b.button(QMessageBox.Cancel)))
    qtbot.mouseClick(console.buttons["list"], Qt.LeftButton)
    assert "2 still waiting keep their places" in asked["text"]
    assert not console.undo.isVisible()  # cancelled: nothing held, nothing sent
    answer_next_dialog(lambda box: answer(box, lambda b: b.defaultButton()))
    qtbot.mouseClick(console.buttons["list"], Qt.LeftButton)
    assert console.undo.isVisible() and "closed" in console.undo.label.text()
    qtbot.mouseClick(console.undo.undo, Qt.LeftButton)
    items = {i["id"]: i for i in api("demo-chair").snapshot()["items"]}
    assert items[ITEM]["list_state"] == "open"  # undone in time
    answer_next_dialog(lambda box: answer(box, lambda b: b.defaultButton()))
    qtbot.mouseClick(console.buttons["list"], Qt.LeftButton)
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: console.buttons["list"].text() == "Open the list", timeout=10_000)
    assert not console.buttons["deadline"].isEnabled()  # a closed list has no deadline to move


def test_a_deadline_is_set_moved_and_lifted_on_an_open_list(qtbot, open_window):
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 0)
    zone_deadline = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)

    def set_to(when):
        def answer(dialog):
            assert isinstance(dialog, ListDeadline)
            answer.seen = (dialog.with_deadline.isChecked(), dialog.when.dateTime().toSecsSinceEpoch())
            dialog.with_deadline.setChecked(when is not None)
            if when is not None:
                dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
            dialog.accept()

        answer_next_dialog(answer)
        qtbot.mouseClick(console.buttons["deadline"], Qt.LeftButton)
        return answer

    set_to(zone_deadline)
    qtbot.waitUntil(lambda: "list closes at" in console.title.text(), timeout=10_000)
    first = console.title.text()
    moved = set_to(zone_deadline + timedelta(minutes=30))
    assert moved.seen == (True, int(zone_deadline.timestamp()))  # the current deadline filled in
    qtbot.waitUntil(lambda: "list closes at" in console.title.text() and console.title.text() != first)
    set_to(None)  # lifted
    qtbot.waitUntil(lambda: "list closes at" not in console.title.text(), timeout=10_000)
    assert chair.sync.state.items[ITEM].list_deadline is None


def test_the_chair_files_a_point_of_order_under_a_category(qtbot, open_window, api):
    kenya = api("demo-kenya")
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")
    kenya.ok(type="floor.request", item_id=ITEM, language="en", kind="point_of_order")
    api("demo-brazil").ok(type="floor.request", item_id=ITEM, language="en")
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 2)
    console.table.selectRow(1)  # Brazil's statement: no category to choose
    assert not console.category.isVisible()
    console.table.selectRow(0)  # Kenya's point of order
    assert console.category.isVisible() and console.category.currentText() == "Category…"
    index = console.category.findText("Interpretation")
    console.category.setCurrentIndex(index)
    console.category.activated.emit(index)
    qtbot.waitUntil(
        lambda: chair.sync.state.requests[console.model.request_at(0).id].category == "interpretation",
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: console.category.currentText() == "Interpretation", timeout=10_000)


def test_an_interposed_question_pauses_the_speaker_and_gives_the_floor_back(qtbot, open_window, api):
    from companion.ui.floor_entry import InterposedEntry

    api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en")
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 1)
    assert not console.buttons["interpose"].isEnabled()  # nobody speaks: nothing to interrupt
    api("demo-chair").ok(type="floor.call_next", item_id=ITEM)
    api("demo-chair").ok(type="floor.start")
    qtbot.waitUntil(console.buttons["interpose"].isEnabled, timeout=10_000)

    def brazil_asks(dialog):
        assert isinstance(dialog, InterposedEntry)
        qtbot.keyClicks(dialog.search, "bra")
        dialog.accept()

    answer_next_dialog(brazil_asks)
    qtbot.mouseClick(console.buttons["interpose"], Qt.LeftButton)
    state = lambda: chair.sync.state  # noqa: E731
    qtbot.waitUntil(lambda: state().floor is not None and state().floor.interrupted_id is not None, timeout=10_000)
    assert state().requests[state().floor.request_id].participant_id == "del-br"
    qtbot.waitUntil(lambda: not console.buttons["interpose"].isEnabled(), timeout=10_000)  # one at a time
    qtbot.mouseClick(console.buttons["finish"], Qt.LeftButton)  # the question ends
    qtbot.waitUntil(lambda: state().floor is not None and state().floor.interrupted_id is None, timeout=10_000)
    floor = state().floor
    assert state().requests[floor.request_id].participant_id == "del-ke" and floor.running_since is not None


def test_a_deadline_can_be_announced_on_the_room_display_in_every_language(qtbot, open_window, api):
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 0)
    deadline = datetime(2026, 1, 5, 10, 30, tzinfo=UTC)  # 11:30 in Geneva

    def announce(dialog):
        dialog.with_deadline.setChecked(True)
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(deadline.timestamp())))
        dialog.announce.setChecked(True)
        answer.commands = dialog.commands()
        dialog.reject()  # what it would send is enough here (the deadline lies in the past)

    def answer(dialog):
        announce(dialog)

    answer_next_dialog(answer)
    qtbot.mouseClick(console.buttons["deadline"], Qt.LeftButton)
    qtbot.waitUntil(lambda: hasattr(answer, "commands"), timeout=10_000)
    shown = answer.commands[1]
    assert shown["type"] == "display.message" and set(shown["texts"]) == {"ar", "zh", "en", "fr", "ru", "es"}
    assert shown["texts"]["en"] == "The list of speakers closes at 11:30."
    assert "11:30" in shown["texts"]["fr"] and shown["texts"]["fr"] != shown["texts"]["en"]
    api("demo-chair").ok(**shown)  # the server takes it as it is
