"""A queue event changes in the views what it changed, and no more.

At real size (200 waiting, 1,000 agenda items) the chair's console stalled the GUI thread at
every reorder: Qt measured the 200 rows of the list again for its column widths. These tests keep
the mechanism, not a timing: the step a queue took is told as that step, the agenda is not
touched by a queue event, and the chair's table measures only the rows in view.
"""

from meeting_factory import Meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView

from companion.domain import record
from companion.ui.agenda_model import AgendaModel
from companion.ui.chair_panel import ChairPanel
from companion.ui.queue_model import COL_PLACE, QueueModel
from companion.ui.rows_model import one_step, select_row

ITEM = "d1-floor-morning"


def long_list(waiting: int) -> Meeting:
    """The bundled meeting with *ITEM* live and *waiting* delegates on its list, in order."""
    m = Meeting()
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    for n in range(waiting):
        person = {"id": f"p-{n:03d}", "name": f"Delegate {n}", "role": "delegate",
                  "delegation": f"Delegation {n}", "delegation_kind": "member_state", "attendance": "onsite"}
        m.state, _ = record(m.state, "participant.added", {"participant": person}, m.now)
        m.run("chair", type="floor.request", item_id=ITEM, participant_id=person["id"], language="en")
    return m


def ids(model: QueueModel) -> list[str]:
    return [model.request_at(n).id for n in range(model.rowCount())]


class Told:
    """What a model told its views: resets, moves, insertions, removals, changed rows."""

    def __init__(self, model) -> None:
        self.resets, self.moves, self.inserted, self.removed, self.changed = 0, [], [], [], []
        model.modelReset.connect(self._reset)
        model.rowsMoved.connect(lambda _p, first, _last, _d, row: self.moves.append((first, row)))
        model.rowsInserted.connect(lambda _p, first, _last: self.inserted.append(first))
        model.rowsRemoved.connect(lambda _p, first, _last: self.removed.append(first))
        model.dataChanged.connect(lambda a, b, *_: self.changed.append((a.row(), b.row())))

    def _reset(self) -> None:
        self.resets += 1


def test_one_step_names_a_move_an_insertion_a_removal_or_nothing_simpler():
    assert one_step(list("abcd"), list("abcd")) == ("same", -1, -1)
    assert one_step(list("abcd"), list("bcad")) == ("move", 0, 2)
    assert one_step(list("abcd"), list("dabc")) == ("move", 3, 0)
    assert one_step(list("abcd"), list("abxcd")) == ("insert", -1, 2)
    assert one_step(list("abcd"), list("abcdx")) == ("insert", -1, 4)
    assert one_step(list("abcd"), list("acd")) == ("remove", 1, -1)
    assert one_step(list("abcd"), list("badc")) is None  # two swaps
    assert one_step(list("abcd"), list("ab")) is None
    assert one_step(list("abcd"), list("abcx")) is None  # same length, another request


def test_the_chairs_moves_reach_the_views_as_moves_and_the_selection_follows(qtbot, qtmodeltester):
    m = long_list(30)
    model = QueueModel()
    model.show(m.state, ITEM)
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    moved = model.request_at(25).id
    select_row(view, 25)
    told = Told(model)
    m.run("chair", type="floor.move", request_id=moved, position=2)
    model.show(m.state, ITEM)
    assert (told.resets, told.moves) == (0, [(25, 2)])
    assert ids(model) == [r.id for r in m.state.queue(ITEM)]
    assert told.changed == [(2, 25)]  # the rows whose place changed, as one run
    assert model.index(2, COL_PLACE).data() == "3" and model.index(25, COL_PLACE).data() == "26"
    assert view.currentIndex().row() == 2 and view.currentIndex().data(Qt.UserRole + 1) == moved
    down = model.request_at(0).id
    m.run("chair", type="floor.move", request_id=down, position=10)
    model.show(m.state, ITEM)
    assert told.moves[-1] == (0, 11) and ids(model) == [r.id for r in m.state.queue(ITEM)]  # Qt counts before
    qtmodeltester.check(model)


def test_a_new_request_and_a_call_are_told_as_one_row_in_and_one_out(qtmodeltester):
    m = long_list(12)
    model = QueueModel()
    model.show(m.state, ITEM)
    told = Told(model)
    m.run("del-ke", type="floor.request", item_id=ITEM, language="fr")
    model.show(m.state, ITEM)
    assert (told.resets, told.inserted, told.changed) == (0, [12], [])  # at the end: nobody else moved
    m.run("chair", type="floor.call_next", item_id=ITEM)
    model.show(m.state, ITEM)
    assert (told.resets, told.removed) == (0, [0])
    assert told.changed == [(0, 11)]  # everyone's place went up by one
    assert model.index(0, COL_PLACE).data() == "1" and ids(model) == [r.id for r in m.state.queue(ITEM)]
    qtmodeltester.check(model)


def test_another_item_or_a_reordered_list_starts_the_views_afresh():
    m = long_list(6)
    model = QueueModel()
    model.show(m.state, ITEM)
    told = Told(model)
    model.show(m.state, "d1-opening")
    assert told.resets == 1 and model.rowCount() == 0


def test_a_queue_event_touches_no_row_of_the_agenda():
    m = long_list(5)
    model = AgendaModel()
    model.set_state(m.state)
    told = Told(model)
    m.run("chair", type="floor.move", request_id=m.state.queues[ITEM][-1], position=0)
    model.set_state(m.state)
    assert (told.resets, told.changed) == (0, [])
    m.run("chair", type="agenda.set_status", item_id="d1-quiz", status="postponed")
    model.set_state(m.state)
    row = model.row_of("d1-quiz")
    assert (told.resets, told.changed) == (0, [(row, row)])


class MeasuringDelegate(QStyledItemDelegate):
    """The table's own delegate, noting the rows Qt measures (asks the size of) for the columns."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.measured: set[int] = set()

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        self.measured.add(index.row())
        return super().sizeHint(option, index)


def test_the_chairs_table_measures_only_the_rows_in_view(qtbot):
    """Sized to its contents, the table measured all its rows again at every event; in view only now."""
    m = long_list(60)
    panel = ChairPanel()
    qtbot.addWidget(panel)
    measuring = MeasuringDelegate(panel.table)
    panel.table.setItemDelegate(measuring)
    panel.resize(700, 500)
    panel.set_state(m.state)
    panel.show_item(ITEM)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    in_view = panel.table.rowAt(panel.table.viewport().height() - 1)
    assert 0 < in_view < 40  # the test means something only if most rows are out of view
    measuring.measured.clear()
    m.run("chair", type="floor.move", request_id=m.state.queues[ITEM][-1], position=0)
    panel.set_state(m.state)
    qtbot.waitUntil(lambda: panel.model.request_at(0).participant_id == "p-059")
    QApplication.processEvents()  # the table lays out on a later turn of the loop
    # Its short columns have fixed widths now (chair_columns): no row is measured at all.
    assert max(measuring.measured, default=0) <= in_view + 1, sorted(measuring.measured)


def test_a_delegates_list_of_speakers_measures_only_the_rows_in_view(qtbot):
    """A delegate's public list is refilled at every state; sized over all 200 rows, it would cost a
    delegate's app what the chair's table did."""
    from companion.ui.speakers_list import SpeakersList

    m = long_list(60)
    table = SpeakersList("p-000")
    qtbot.addWidget(table)
    measuring = MeasuringDelegate(table)
    table.setItemDelegate(measuring)
    table.resize(500, 400)
    table.show_state(m.state)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: bool(measuring.measured))
    QApplication.processEvents()
    in_view = table.rowAt(table.viewport().height() - 1)
    assert 0 < in_view < 40 and table.rowCount() >= 60
    measuring.measured.clear()
    m.run("chair", type="floor.move", request_id=m.state.queues[ITEM][-1], position=0)
    table.show_state(m.state)
    qtbot.waitUntil(lambda: bool(measuring.measured))
    QApplication.processEvents()
    assert max(measuring.measured) <= in_view + 1, sorted(measuring.measured)
