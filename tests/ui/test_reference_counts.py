"""The Qt binding must not lose references while views repaint: PySide6 6.12.0 dropped one to None
on every model reset, so a two-day meeting would end with the app aborting. Pinned below 6.12."""

import gc
import sys

from meeting_factory import Meeting
from PySide6.QtWidgets import QApplication

from companion.ui.agenda_panel import AgendaPanel
from companion.ui.interpreter_panel import InterpreterPanel


def test_hundreds_of_state_changes_keep_none_true_and_false_alive(qtbot):
    m = Meeting()
    agenda, board = AgendaPanel(set()), InterpreterPanel(m.state.participants["int-fr"])
    for widget in (agenda, board):
        qtbot.addWidget(widget)
        widget.show()
    states = []
    for n in range(200):
        m.run("del-ke", type="channel.choose", channel=("en", "fr")[n % 2])
        states.append(m.state)
    gc.collect()
    before = [sys.getrefcount(v) for v in (None, True, False)]
    for state in states:
        agenda.set_state(state)
        board.set_state(state)
        QApplication.processEvents()
    gc.collect()
    after = [sys.getrefcount(v) for v in (None, True, False)]
    # A little movement is caches filling; a leak loses several per change (hundreds here).
    assert all(b - a < 50 for a, b in zip(after, before, strict=True)), (before, after)
