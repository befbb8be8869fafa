"""The chair's small traps at real size: adding from the floor among 4,942 people, the item to carry
a list to, the "text sent" mark, and the columns that fit at 1366×768 in six languages."""

import pytest
from meeting_factory import Meeting
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import select_item

from companion.domain import record
from companion.domain.codec import to_plain
from companion.domain.entities import Participant
from companion.domain.vocabulary import LANGUAGES, Role
from companion.ui import translations
from companion.ui.chair_columns import possible_words
from companion.ui.done_dialog import DoneDialog
from companion.ui.floor_entry import FloorEntry
from companion.ui.queue_model import (
    COL_DELEGATION,
    COL_KIND,
    COL_LANGUAGE,
    COL_PLACE,
    COL_PRESENCE,
    COL_TEXT,
    COL_WHERE,
)

ITEM = "d1-floor-morning"


def real_size(people: int = 4942) -> Meeting:
    m = Meeting()
    for n in range(people):
        p = Participant(f"p-{n}", f"Delegate {n}", Role.DELEGATE, delegation=f"State {n % 190}",
                        language=("fr", "es", "ar")[n % 3])
        m.state, _ = record(m.state, "participant.added", {"participant": to_plain(p)}, m.now)
    return m


def test_add_from_the_floor_opens_empty_and_finds_delegations_then_people(qtbot):
    m = real_size()
    dialog = FloorEntry(None, m.state, ITEM)
    qtbot.addWidget(dialog)
    assert dialog.search.text() == "" and dialog.command()["participant_id"] == "del-br"  # Brazil first
    qtbot.keyClicks(dialog.search, "state 18")
    found = [dialog.found.item(r).text() for r in range(dialog.found.count())]
    assert found[:3] == ["State 18", "State 180", "State 181"]
    assert dialog.speaker.itemText(0) == "Delegate 18" and dialog.speaker.count() == 26  # its people
    assert dialog.language.currentData() == "fr"  # the speaker's registered language
    qtbot.keyClick(dialog.search, Qt.Key_Down)  # Down moves among the delegations, typing stays
    assert dialog.found.currentItem().text() == "State 180" and dialog.speaker.currentText() == "Delegate 180"
    assert dialog.language.currentData() == "fr"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "haruka")  # a person's name: under their delegation
    assert dialog.found.currentItem().text() == "Japan — Haruka Sato"
    command = dialog.command()
    assert (command["participant_id"], command["attendance"]) == ("del-jp", "onsite")


def test_add_from_the_floor_starts_with_what_was_typed(qtbot):
    dialog = FloorEntry(None, Meeting().state, ITEM, typed="ken")
    qtbot.addWidget(dialog)
    assert dialog.search.text() == "ken" and dialog.found.count() == 1
    assert dialog.command()["participant_id"] == "del-ke"
    qtbot.keyClicks(dialog.search, "zzz")  # nobody: nothing to send, never a guess
    assert dialog.found.count() == 0 and dialog.command() is None


def test_set_done_proposes_the_next_item_with_a_list_never_the_break(qtbot):
    m = Meeting()
    m.request("del-ke")
    dialog = DoneDialog(None, m.state, ITEM, 1)
    qtbot.addWidget(dialog)
    assert dialog.target.currentData() == "d1-floor-afternoon"  # not "Lunch break" right after it
    assert dialog.target.findData("d1-lunch") == -1


def crowded(waiting: int = 300) -> Meeting:
    """The morning's open floor live with *waiting* requests, 60 % with texts, some long names."""
    m = real_size(waiting)
    for n in range(waiting):
        extra = {"text": "Mr. Chair…"} if n % 5 < 3 else {}
        m.request("chair", participant_id=f"p-{n}", kind=("statement", "question")[n % 2], **extra)
    m.run("chair", type="agenda.set_status", item_id=ITEM, status="live")
    return m


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_chairs_short_columns_never_elide_at_1366x768(qtbot, open_window, back_to_english, lang):
    window = open_window("demo-chair")
    window.choose_language(lang)
    window.resize(1366, 696)
    state = crowded().state
    window.bridge.sig_state_changed.disconnect(window.workspace.set_state)  # the server's list is empty
    window.workspace.set_state(state)  # 300 waiting, as the bridge would hand it over
    select_item(window, ITEM)
    console = window.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == 300)
    table = console.table
    qtbot.waitUntil(table.verticalScrollBar().isVisible)  # laid out: 300 rows do not fit
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    shown = [COL_PLACE, COL_DELEGATION, COL_KIND, COL_LANGUAGE, COL_WHERE, COL_TEXT, COL_PRESENCE]
    right = max(table.columnViewportPosition(c) + table.columnWidth(c) for c in shown)
    assert right <= table.viewport().width()  # every column inside the list
    metrics = table.fontMetrics()
    for column, words in possible_words().items():
        for word in words:  # the longest kind, language and place fit whole
            assert metrics.horizontalAdvance(word) + 8 <= table.columnWidth(column), (lang, word)
    assert table.columnWidth(COL_DELEGATION) >= 200  # the names keep room, and elide past it
    assert console.model.index(0, COL_TEXT).data() == "✓"  # a text was sent
    assert console.model.index(3, COL_TEXT).data() == ""


@pytest.fixture
def back_to_english():
    yield
    translations.apply_language("en")
