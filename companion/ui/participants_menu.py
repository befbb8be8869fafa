"""Meeting ▸ Participants…: the menu entry, shown to those who may import participants.

The dialog itself (and the roster reader it needs) loads when the entry is first chosen: none of it
is needed to paint the meeting at start.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from companion.domain.permissions import may_issue

from .labels import tr


def install(window, menu: QMenu) -> QAction:
    """Add *Participants…* to the window's Meeting menu, shown to those who may import participants."""
    action = QAction(tr("Participants…"), menu)  # rebuilt with the menu when the language changes
    action.triggered.connect(lambda _checked=False: _open(window))

    def show_if_allowed() -> None:
        me = window.sync.me
        action.setVisible(me is not None and may_issue(me, "participants.import"))

    menu.aboutToShow.connect(show_if_allowed)
    show_if_allowed()
    menu.addAction(action)
    return action


def _open(window) -> None:
    from .participants_dialog import ParticipantsDialog

    ParticipantsDialog(window).open()
