"""Find and move in the chair's list: type to filter, Enter jumps to the request found, a selection
moved to the top or declined as one command (one event, one undo) — against the real server."""

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog
from ui_helpers import answer_next_dialog, console_of, delegations

ITEM = "d1-floor-morning"
CODES = ["demo-brazil", "demo-kenya", "demo-japan", "demo-egypt", "demo-eu", "demo-ifla"]


def listed(qtbot, open_window, api):
    for code in CODES:
        api(code).ok(type="floor.request", item_id=ITEM, language="en")
    chair = open_window("demo-chair")
    chair.resize(1366, 696)
    return chair, console_of(qtbot, chair, len(CODES))


def select_rows(console, rows):
    model, selection = console.model, QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    console.table.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)


def test_type_to_filter_then_enter_jumps_to_the_request_in_the_whole_list(qtbot, open_window, api):
    chair, console = listed(qtbot, open_window, api)
    qtbot.keyClicks(console.finder.line, "ken")
    shown = [r for r in range(console.model.rowCount()) if not console.table.isRowHidden(r)]
    assert [console.model.index(r, 1).data().split(" – ")[0] for r in shown] == ["Kenya"]
    assert console.finder.count.text() == "1 found"
    qtbot.keyClick(console.finder.line, Qt.Key_Return)
    assert console.finder.line.text() == "" and console.finder.count.text() == ""
    assert not any(console.table.isRowHidden(r) for r in range(console.model.rowCount()))
    row = console.table.currentIndex().row()
    assert console.model.index(row, 1).data().split(" – ")[0] == "Kenya"  # the one found, selected
    console.finder.line.setText("statement")  # a kind finds too
    assert console.finder.count.text() == "6 found"


def test_a_selection_moves_to_the_top_in_one_event_and_keeps_selected(qtbot, open_window, api):
    chair, console = listed(qtbot, open_window, api)
    before = delegations(console)
    seq = api("demo-chair").snapshot()["seq"]
    select_rows(console, [3, 5])
    qtbot.mouseClick(console.buttons["top"], Qt.LeftButton)
    wanted = [before[3], before[5], *before[:3], before[4]]
    qtbot.waitUntil(lambda: delegations(console) == wanted, timeout=10_000)
    assert api("demo-chair").snapshot()["seq"] == seq + 1  # one event
    chosen = sorted({i.row() for i in console.table.selectionModel().selectedIndexes()})
    assert chosen == [0, 1]  # the selection followed its requests
    qtbot.mouseClick(console.buttons["bottom"], Qt.LeftButton)
    qtbot.waitUntil(lambda: delegations(console)[-2:] == wanted[:2], timeout=10_000)

    def to_place_two(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(2)
        dialog.accept()

    answer_next_dialog(to_place_two)
    qtbot.mouseClick(console.buttons["place"], Qt.LeftButton)
    qtbot.waitUntil(lambda: delegations(console)[1:3] == wanted[:2], timeout=10_000)
    moved = delegations(console)
    assert console.move_undo.isVisible()
    select_rows(console, [4])
    qtbot.mouseClick(console.buttons["top"], Qt.LeftButton)  # a move of one…
    qtbot.waitUntil(lambda: delegations(console) != moved, timeout=10_000)
    qtbot.mouseClick(console.move_undo.undo, Qt.LeftButton)  # …undone in one click
    qtbot.waitUntil(lambda: delegations(console) == moved, timeout=10_000)
    assert not console.move_undo.isVisible()


def test_a_selection_declined_is_one_command_held_for_undo(qtbot, open_window, api):
    chair, console = listed(qtbot, open_window, api)
    select_rows(console, [0, 1])

    def give_reason(dialog):
        dialog.setTextValue("Duplicate")
        dialog.accept()

    answer_next_dialog(give_reason)
    qtbot.mouseClick(console.buttons["decline"], Qt.LeftButton)
    assert console.undo.isVisible() and "2 requests declined" in console.undo.label.text()
    assert [c["type"] for c in console.undo.held] == ["floor.decline_many"]
    qtbot.mouseClick(console.undo.undo, Qt.LeftButton)  # nothing sent
    assert len(api("demo-chair").snapshot()["queues"][ITEM]) == 6
    answer_next_dialog(give_reason)
    qtbot.mouseClick(console.buttons["decline"], Qt.LeftButton)
    qtbot.mouseClick(console.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: console.model.rowCount() == 4, timeout=10_000)


def test_the_chair_sees_whose_app_is_connected_before_calling(qtbot, open_window, api):
    from companion.ui.queue_model import COL_PRESENCE

    kenya = open_window("demo-kenya")  # Kenya's app holds its stream
    api("demo-kenya").ok(type="floor.request", item_id=ITEM, language="en")
    api("demo-chair").ok(type="floor.request", item_id=ITEM, language="es", participant_id="del-br")
    chair = open_window("demo-chair")
    console = console_of(qtbot, chair, 2)

    def app_of(delegation):
        rows = [r for r in range(2) if console.model.index(r, 1).data().startswith(delegation)]
        return console.model.index(rows[0], COL_PRESENCE).data()

    qtbot.waitUntil(lambda: app_of("Kenya") == "connected", timeout=10_000)
    assert app_of("Brazil") == "never connected"  # added from the floor: no app seen
    assert not console.table.isColumnHidden(COL_PRESENCE)
    kenya.close()  # Kenya's app goes

    def asked_again_away():
        console.presence.ask()  # not waiting 15 s for the next question (one at a time)
        return app_of("Kenya") == "away 0 min"

    qtbot.waitUntil(asked_again_away, timeout=10_000)
