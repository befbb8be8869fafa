"""The chair's small traps at real size: adding from the floor among 4,942 people, the item to carry
a list to, the "text sent" mark, and the columns that fit at 1366×768 in six languages."""

from meeting_factory import Meeting
from PySide6.QtCore import Qt

from companion.domain import record
from companion.domain.codec import to_plain
from companion.domain.entities import Participant
from companion.domain.vocabulary import Role
from companion.ui.done_dialog import DoneDialog
from companion.ui.floor_entry import FloorEntry

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
