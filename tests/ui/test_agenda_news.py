"""What changed on the agenda since the delegate last looked is marked until seen: what changed
while the app was closed when it opens, and what changes while it is open."""

from PySide6.QtCore import Qt
from ui_helpers import select_item

from companion.ui.agenda_model import COL_STATUS, COL_TITLE

MOVED = {"start": "2025-10-28T13:00:00Z", "end": "2025-10-28T13:30:00Z"}


def _marked(window) -> dict[str, str]:
    return dict(window.workspace.agenda.model.news)


def _row_texts(window, item_id):
    model = window.workspace.agenda.model
    row = model.row_of(item_id)
    return model.index(row, COL_TITLE).data(), model.index(row, COL_STATUS).data()


def test_changes_made_while_the_app_was_closed_are_marked_until_seen(qtbot, open_window, api):
    first = open_window("demo-kenya")
    assert _marked(first) == {}  # the first time: nothing is news
    first.close()
    chair = api("demo-chair")
    chair.ok(type="agenda.update", item_id="d1-quiz", changes=MOVED)
    chair.ok(type="agenda.set_status", item_id="d1-remarks", status="postponed")
    chair.ok(type="list.open", item_id="d2-floor")
    kenya = open_window("demo-kenya")
    qtbot.waitUntil(lambda: len(_marked(kenya)) == 3, timeout=10_000)
    assert _marked(kenya) == {"d1-quiz": "time changed", "d1-remarks": "postponed", "d2-floor": "list opened"}
    title, _ = _row_texts(kenya, "d1-quiz")
    model = kenya.workspace.agenda.model
    tip = model.index(model.row_of("d1-quiz"), COL_TITLE).data(Qt.ToolTipRole)
    assert title.startswith("● ") and tip.startswith("● time changed\n")
    agenda = kenya.workspace.agenda
    assert agenda.seen_all.isVisible()
    select_item(kenya, "d1-quiz")  # seen
    assert set(_marked(kenya)) == {"d1-remarks", "d2-floor"}
    assert not _row_texts(kenya, "d1-quiz")[0].startswith("●")
    qtbot.mouseClick(agenda.seen_all, Qt.LeftButton)
    assert _marked(kenya) == {} and not agenda.seen_all.isVisible()


def test_a_change_while_the_app_is_open_is_marked_and_the_item_in_view_is_seen(qtbot, open_window, api):
    kenya = open_window("demo-kenya")
    select_item(kenya, "d1-opening")
    chair = api("demo-chair")
    chair.ok(type="agenda.update", item_id="d1-quiz", changes=MOVED)
    chair.ok(type="list.open", item_id="d1-opening")  # the item the delegate has in view
    # what the screen shows, not the replica: the list's opening has reached the agenda
    qtbot.waitUntil(lambda: "list open" in _row_texts(kenya, "d1-opening")[1], timeout=10_000)
    assert "d1-quiz" in _marked(kenya)
    assert "d1-opening" not in _marked(kenya)


def test_the_chair_who_moves_the_agenda_gets_no_marks(qtbot, open_window, api):
    chair = open_window("demo-chair")
    api("demo-secretariat").ok(type="agenda.update", item_id="d1-quiz", changes=MOVED)
    qtbot.waitUntil(lambda: chair.sync.state.items["d1-quiz"].moved, timeout=10_000)
    assert chair.workspace.news is None and _marked(chair) == {}
