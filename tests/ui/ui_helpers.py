"""Small steps the UI tests share."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def select_item(window, item_id):
    """Select an agenda item in a window, as a click in the agenda would."""
    window.workspace.agenda.select(item_id)


def answer_next_dialog(answer):
    """Call *answer(dialog)* on the next modal dialog once it is open (a dialog runs its own loop)."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            answer(dialog)

    QTimer.singleShot(0, poll)


def console_of(qtbot, chair, rows, item="d1-floor-morning"):
    """The chair's console on *item*, once it lists *rows* waiting requests."""
    select_item(chair, item)
    console = chair.workspace.panel
    qtbot.waitUntil(lambda: console.model.rowCount() == rows, timeout=10_000)
    return console


def delegations(console):
    """The delegations in the console's list, top to bottom."""
    return [console.model.index(r, 1).data().split(" – ")[0] for r in range(console.model.rowCount())]
