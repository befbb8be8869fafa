"""Meeting ▸ Booths…: the menu entry, shown to those who may set the booths' languages.

The dialog loads when the entry is first chosen: none of it is needed to paint the meeting at start.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from companion.domain.permissions import may_issue

from .labels import tr


def install(window, menu: QMenu) -> QAction:
    """Add *Booths…* to the window's Meeting menu, shown to the secretariat."""
    action = QAction(tr("Booths…"), menu)  # rebuilt with the menu when the language changes
    action.triggered.connect(lambda _checked=False: open_dialog(window))

    def show_if_allowed() -> None:
        me = window.sync.me
        action.setVisible(me is not None and may_issue(me, "booths.set"))

    menu.aboutToShow.connect(show_if_allowed)
    show_if_allowed()
    menu.addAction(action)
    return action


def open_dialog(window):
    """Open the booths dialog on the window's meeting; returns it (tests drive it)."""
    from .booths_dialog import BoothsDialog

    dialog = BoothsDialog(window.sync.state, window.bridge.send, window)
    dialog.open()
    return dialog
