"""What delegates and interpreters see on the live item: the public list of speakers, a point of
order in one click, the booth's short list and whose text it shows; alerts kept in a list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from ui_helpers import select_item

from companion.ui import translations

ITEM = "d1-floor-morning"


def go_live(api):
    api("demo-chair").ok(type="agenda.set_status", item_id=ITEM, status="live")


def ask(qtbot, window, language=None, text=""):
    select_item(window, ITEM)
    panel = window.workspace.panel
    if language:
        panel.language.setCurrentIndex(panel.language.findData(language))
    panel.text.setPlainText(text)
    before = panel.mine.count()
    qtbot.mouseClick(panel.ask, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.mine.count() == before + 1, timeout=10_000)


def test_delegate_sees_the_public_list_of_speakers_of_the_live_item(qtbot, open_window, api):
    go_live(api)
    kenya, brazil, eu = (open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-eu"))
    ask(qtbot, eu)
    ask(qtbot, brazil, text="Señor Presidente: texto confidencial.")
    speakers = kenya.workspace.panel.speakers
    # Member states before observers: Brazil first although the EU asked first.
    qtbot.waitUntil(lambda: len(speakers.delegations()) == 2, timeout=10_000)
    assert speakers.delegations() == ["Brazil – Ana Souza", "European Union – Claire Martin"]
    rows = [[speakers.cell(r, c) for c in range(speakers.columnCount())] for r in range(2)]
    assert rows[0] == ["1", "Brazil – Ana Souza", "Statement", "Remote"]
    assert rows[1][3] == "In the room"
    assert not any("confidencial" in cell for row in rows for cell in row)  # never the texts
    assert kenya.workspace.panel.speakers_title.text() == "List of speakers — Open floor: use cases"
    api("demo-chair").ok(type="floor.call_next", item_id=ITEM)
    qtbot.waitUntil(lambda: speakers.rowCount() == 2 and speakers.cell(0, 0) == "▶", timeout=10_000)


def test_point_of_order_in_one_click_on_the_live_item(qtbot, open_window, api):
    kenya = open_window("demo-kenya")
    button = kenya.workspace.panel.point_of_order
    assert not button.isEnabled()  # nothing is live
    go_live(api)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    select_item(kenya, "d2-closing")  # whatever item is selected, the point of order is on the live one
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: kenya.workspace.panel.mine.count() == 1, timeout=10_000)
    request = kenya.sync.state.open_requests_of("del-ke")[0]
    assert (request.item_id, request.kind) == (ITEM, "point_of_order")
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=10_000)  # one is enough


def test_i_will_speak_in_defaults_to_the_interface_language_then_the_last_choice(qtbot, open_window):
    try:
        translations.apply_language("fr")
        kenya = open_window("demo-kenya")
        assert kenya.workspace.panel.language.currentData() == "fr"
        ask(qtbot, kenya, language="es")
        kenya.choose_language("en")  # the workspace is rebuilt: the delegate's own choice stays
        assert kenya.workspace.panel.language.currentData() == "es"
    finally:
        translations.apply_language("en")


def test_booth_sees_now_and_next_three_and_whose_text(qtbot, open_window, api):
    go_live(api)
    booth = open_window("demo-booth-zh")
    kenya, brazil, japan, egypt, eu = (
        open_window(c) for c in ("demo-kenya", "demo-brazil", "demo-japan", "demo-egypt", "demo-eu")
    )
    ask(qtbot, kenya, language="en", text="Kenya's statement.")
    ask(qtbot, brazil, language="es", text="Texto de Brasil.")
    for window in (japan, egypt, eu):
        ask(qtbot, window)
    board = booth.workspace.panel
    api("demo-chair").ok(type="floor.call_next", item_id=ITEM)  # Kenya speaks; four wait
    qtbot.waitUntil(lambda: board.model.rowCount() == 4, timeout=10_000)  # now + next three
    whens = [board.model.index(r, 0).data().split(" · ")[0] for r in range(4)]  # then the expected time
    assert whens == ["Now", "Next 1", "Next 2", "Next 3"]
    assert board.model.index(0, 4).data() == "text sent" and board.model.index(2, 4).data() == "no text"
    assert board.text.toPlainText() == "Kenya's statement."  # the current speaker's, at once
    assert "Text of Kenya – Daniel Otieno" in board.text_title.text()
    board.table.selectRow(1)
    assert board.text.toPlainText() == "Texto de Brasil."
    assert "Brazil – Ana Souza" in board.text_title.text()
    # Brazil withdraws: the text goes with the request.
    brazil_request = brazil.sync.state.open_requests_of("del-br")[0].id
    brazil.workspace.sig_command.emit({"type": "floor.withdraw", "request_id": brazil_request})
    qtbot.waitUntil(lambda: board.text.toPlainText() != "Texto de Brasil.", timeout=10_000)
    assert "Brazil" not in board.text_title.text()
    assert all("Brazil" not in board.model.index(r, 1).data() for r in range(board.model.rowCount()))
    # Kenya finishes: their text is gone too.
    api("demo-chair").ok(type="floor.finish")
    qtbot.waitUntil(lambda: board.model.index(0, 0).data().startswith("Next 1"), timeout=10_000)
    assert "Kenya" not in board.text_title.text() and board.text.toPlainText() != "Kenya's statement."


def test_alerts_stay_in_a_list_with_the_decline_reason(qtbot, open_window, api):
    kenya = open_window("demo-kenya")
    ask(qtbot, kenya)
    request = kenya.sync.state.open_requests_of("del-ke")[0].id
    api("demo-chair").ok(type="floor.decline", request_id=request, reason="Off topic.")
    log = kenya.workspace.alerts
    qtbot.waitUntil(lambda: any("Off topic." in line for line in log.lines()), timeout=10_000)
    kenya.workspace.alert.hide()  # the banner fades; the list keeps it
    assert "new" in log.text()
    qtbot.mouseClick(log, Qt.LeftButton)
    listing = log.dialog.findChild(QListWidget)
    shown = [listing.item(r).text() for r in range(listing.count())]
    assert any("Off topic." in line for line in shown) and any("registered" in line for line in shown)
    assert shown[0].endswith("The chair declined your request on “Open floor: use cases”: Off topic.")
    assert "new" not in log.text()


def test_status_messages_do_not_hide_the_connection_badge(qtbot, open_window):
    kenya = open_window("demo-kenya")
    badge = kenya.connection_label
    qtbot.waitUntil(lambda: badge.text() == "● Live", timeout=10_000)
    assert badge.isVisible()
    kenya.statusBar().showMessage("Not done: something", 5_000)
    assert badge.isVisible() and "border" in badge.styleSheet()
