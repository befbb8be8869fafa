"""A delegate speaks for a group their delegation belongs to; the app offers only those groups,
and says before sending that a statement is over the server's limit."""

from PySide6.QtCore import Qt
from ui_helpers import select_item

from companion.domain.limits import MAX_STATEMENT_CHARS

ITEM = "d1-floor-morning"


def test_a_member_asks_for_the_floor_for_its_group_and_the_chair_sees_it(qtbot, open_window):
    kenya, chair = open_window("demo-kenya"), open_window("demo-chair")
    select_item(kenya, ITEM)
    panel = kenya.workspace.panel
    offered = [panel.speaking_for.itemText(i) for i in range(panel.speaking_for.count())]
    assert offered == ["My delegation", "African Group"]  # Kenya's group only
    panel.speaking_for.setCurrentText("African Group")
    qtbot.mouseClick(panel.ask, Qt.LeftButton)
    select_item(chair, ITEM)
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 1, timeout=10_000)
    assert console.model.request_at(0).on_behalf_of == "African Group"


def test_a_delegation_in_no_group_is_not_offered_any(open_window):
    ifla = open_window("demo-ifla")
    select_item(ifla, ITEM)
    panel = ifla.workspace.panel
    assert panel.speaking_for.count() == 1 and not panel.speaking_for.isVisibleTo(ifla)


def test_a_statement_over_the_limit_is_explained_before_it_is_sent(qtbot, open_window):
    brazil = open_window("demo-brazil")
    select_item(brazil, ITEM)
    panel = brazil.workspace.panel
    panel.text.setPlainText("x" * (MAX_STATEMENT_CHARS + 1))
    with qtbot.assertNotEmitted(panel.sig_command):
        qtbot.mouseClick(panel.ask, Qt.LeftButton)
    assert "longer than" in panel.why_not.text()
