"""A delegate withdraws the request they chose while the list moves (held 10 s with Undo), and
replaces a statement's text and language keeping their place; the interpreters are told."""

from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import answer_next_dialog

ITEM, LATER = "d1-floor-morning", "d1-floor-afternoon"


def _listed(api):
    """The item live; Brazil, Japan, Egypt and Kenya on its list; Kenya also on the afternoon's."""
    chair = api("demo-chair")
    chair.ok(type="agenda.set_status", item_id=ITEM, status="live")
    for code in ("demo-brazil", "demo-japan", "demo-egypt"):
        api(code).ok(type="floor.request", item_id=ITEM, language="en")
    kenya = api("demo-kenya")
    mine = kenya.ok(type="floor.request", item_id=ITEM, language="en", text="Draft")["events"][0]
    kenya.ok(type="floor.request", item_id=LATER, language="en")
    return chair, mine["data"]["request"]["id"]


def _requests(api_user) -> dict:
    """The requests of the user's snapshot, by id."""
    return {r["id"]: r for r in api_user.snapshot()["requests"]}


def _choose(panel, row):
    index = panel.mine_model.index(row, 0)
    panel.mine.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)


def test_the_chosen_request_stays_chosen_while_the_list_moves_and_withdraws_after_undo(
    qtbot, open_window, api
):
    chair, mine = _listed(api)
    kenya = open_window("demo-kenya")
    panel = kenya.workspace.panel
    qtbot.waitUntil(lambda: panel.mine.count() == 2, timeout=10_000)
    _choose(panel, 0)
    assert panel.mine.current_request_id() == mine
    others = [r["id"] for r in _requests(chair).values() if r["participant_id"] == "del-br"]
    for position in (3, 0, 2, 0, 3, 1):  # the chair reorders around Kenya's request
        chair.ok(type="floor.move", request_id=others[0], position=position)
    seq = chair.snapshot()["seq"]
    qtbot.waitUntil(lambda: kenya.sync.state.seq == seq, timeout=10_000)
    qtbot.waitUntil(lambda: panel.speakers.delegations()[1].startswith("Brazil"), timeout=10_000)
    assert panel.mine.current_request_id() == mine  # the selection survived every event
    qtbot.mouseClick(panel.withdraw, Qt.LeftButton)
    assert panel.undo.isVisible() and "Open floor: use cases" in panel.undo.label.text()
    assert kenya.sync.pending() == []  # nothing sent during the undo time
    qtbot.mouseClick(panel.undo.undo, Qt.LeftButton)
    assert not panel.undo.isVisible() and kenya.sync.pending() == []
    qtbot.mouseClick(panel.withdraw, Qt.LeftButton)
    qtbot.mouseClick(panel.undo.send_now, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.mine.count() == 1, timeout=10_000)
    assert _requests(chair)[mine]["status"] == "withdrawn"
    assert kenya.sync.state.requests[mine].status == "withdrawn"
    assert [r.item_id for r in kenya.sync.state.open_requests_of("del-ke")] == [LATER]  # the other stays


def test_withdraw_with_two_requests_and_none_chosen_says_what_to_do(qtbot, open_window, api):
    _listed(api)
    kenya = open_window("demo-kenya")
    panel = kenya.workspace.panel
    qtbot.waitUntil(lambda: panel.mine.count() == 2, timeout=10_000)
    panel.mine.selectionModel().clearSelection()
    qtbot.mouseClick(panel.withdraw, Qt.LeftButton)
    assert panel.mine_note.text() == "Select one of your requests first."
    assert not panel.undo.isVisible() and kenya.sync.pending() == []


def test_a_replaced_statement_keeps_the_place_and_the_booths_are_told(qtbot, open_window, api):
    chair, mine = _listed(api)
    kenya, booth = open_window("demo-kenya"), open_window("demo-booth-fr")
    panel = kenya.workspace.panel
    qtbot.waitUntil(lambda: panel.mine.count() == 2, timeout=10_000)
    before = chair.snapshot()["queues"][ITEM]
    _choose(panel, 0)

    def revise(dialog):
        assert dialog.text.toPlainText() == "Draft"  # the author's own text, to edit
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.text.setPlainText("Monsieur le Président, le texte final.")
        dialog.accept()

    answer_next_dialog(revise)
    qtbot.mouseClick(panel.revise, Qt.LeftButton)
    qtbot.waitUntil(lambda: kenya.sync.state.requests[mine].language == "fr", timeout=10_000)
    snapshot = chair.snapshot()
    assert snapshot["queues"][ITEM] == before  # the same place
    assert _requests(chair)[mine]["text"] == "Monsieur le Président, le texte final."
    seen = _requests(api("demo-japan"))[mine]
    assert (seen["text"], seen["has_text"], seen["language"]) == (None, True, "fr")
    lines = booth.workspace.alerts.lines
    qtbot.waitUntil(lambda: any("will now speak in Français" in line for line in lines()), timeout=10_000)
    assert any("replaced their statement text" in line and "Kenya" in line for line in lines())


def test_a_request_that_has_the_floor_is_neither_withdrawn_nor_replaced(qtbot, open_window, api):
    chair, mine = _listed(api)
    chair.ok(type="floor.call_next", item_id=ITEM, request_id=mine)
    kenya = open_window("demo-kenya")
    panel = kenya.workspace.panel
    qtbot.waitUntil(lambda: panel.mine.count() == 2 and "Speaking now" in panel.mine.text(0), timeout=10_000)
    _choose(panel, 0)
    for button in (panel.withdraw, panel.revise):
        qtbot.mouseClick(button, Qt.LeftButton)
        assert panel.mine_note.text() == "You have the floor on this request: it can no longer be changed."
    assert not panel.undo.isVisible() and kenya.sync.pending() == []
