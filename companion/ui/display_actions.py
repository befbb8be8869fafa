"""Meeting ▸ Room display: open the room display, copy the overlay's address, speak to the room.

For the chair and secretariat only (the roles that may issue the ``display.*`` commands).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
)

from companion.client import MeetingSync
from companion.client.public_pages import public_page_url
from companion.domain import command_builders as build
from companion.domain.display import (
    DEFAULT_NEXT_SPEAKERS,
    MAX_COUNTDOWN_SECONDS,
    MAX_MESSAGE_CHARS,
    MAX_NEXT_SPEAKERS,
    PageView,
)
from companion.domain.permissions import may_issue
from companion.domain.vocabulary import LANGUAGES

from .labels import LANGUAGE_NAMES, tr
from .translations import current_language


class DisplayActions(QObject):
    """The *Room display* submenu of *menu*; shown only to those who may speak to the room."""

    def __init__(self, window: QMainWindow, sync: MeetingSync, send, menu: QMenu) -> None:
        super().__init__(menu)
        self.window, self.sync, self.send = window, sync, send
        self.menu = menu.addMenu(tr("Room display"))
        self.open = self._action(tr("Open room display"), self.open_room_display)
        self.copy = self._action(tr("Copy the webcast overlay address"), self.copy_overlay_url)
        self.copy_list = self._action(
            tr("Copy the public list of speakers address"), lambda: self.copy_url(PageView.SPEAKERS)
        )
        self.menu.addSeparator()
        self._action(tr("Show a message on the room displays…"), self.ask_message)
        self.clear_message = self._action(
            tr("Clear the message"), lambda: self.send(build.display_clear_message())
        )
        self._action(tr("Start a countdown…"), self.ask_countdown)
        self.clear_countdown = self._action(
            tr("Stop the countdown"), lambda: self.send(build.display_clear_countdown())
        )
        self._action(tr("Next speakers shown…"), self.ask_next_speakers)
        menu.aboutToShow.connect(self.follow_person)
        self.follow_person()

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def follow_person(self) -> None:
        """Show the submenu only to a signed-in chair or secretariat; offer to clear only what is shown."""
        me, state = self.sync.me, self.sync.state
        self.menu.menuAction().setVisible(me is not None and may_issue(me, "display.message"))
        self.clear_message.setEnabled(bool(state and state.display.message))
        self.clear_countdown.setEnabled(bool(state and state.display.countdown_ends))

    def url(self, view: PageView) -> str:
        return public_page_url(self.sync.server_url, self.sync.meeting_id, view, current_language())

    def open_room_display(self) -> None:
        """In the system's browser, in the interface language."""
        QDesktopServices.openUrl(QUrl(self.url(PageView.ROOM)))

    def copy_overlay_url(self) -> None:
        """For the webcast's browser source (transparent, one line)."""
        self.copy_url(PageView.LOWER_THIRD)

    def copy_url(self, view: PageView) -> None:
        QGuiApplication.clipboard().setText(self.url(view))
        self.window.statusBar().showMessage(tr("Copied: {url}").format(url=self.url(view)), 8000)

    # --- speaking to the room --------------------------------------------------------------

    def ask_message(self) -> None:
        dialog = TextsDialog(self.window, tr("Message to the room"), self._languages())
        if dialog.exec() == QDialog.Accepted and dialog.texts():
            self.send(build.display_message(dialog.texts()))

    def ask_countdown(self) -> None:
        dialog = TextsDialog(self.window, tr("Countdown on the room displays"), self._languages(), minutes=15)
        if dialog.exec() == QDialog.Accepted:
            self.send(build.display_countdown(dialog.minutes.value() * 60, dialog.texts()))

    def ask_next_speakers(self) -> None:
        state = self.sync.state
        current = state.display.next_speakers if state else DEFAULT_NEXT_SPEAKERS
        count, ok = QInputDialog.getInt(
            self.window, tr("Room display"), tr("Next speakers shown:"), current, 0, MAX_NEXT_SPEAKERS
        )
        if ok and count != current:
            self.send(build.display_configure(count))

    def _languages(self) -> tuple[str, ...]:
        state = self.sync.state
        return state.meeting.languages if state and state.meeting else LANGUAGES


class TextsDialog(QDialog):
    """A short text in each of the meeting's languages (any may stay empty); optionally minutes."""

    def __init__(self, parent, title: str, languages: tuple[str, ...], minutes: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.minutes = QSpinBox(minimum=1, maximum=MAX_COUNTDOWN_SECONDS // 60, value=minutes or 1)
        if minutes is not None:
            self.minutes.setSuffix(" " + tr("min"))
            form.addRow(tr("Minutes:"), self.minutes)
        self.fields: dict[str, QLineEdit] = {}
        for code in languages:
            field = self.fields[code] = QLineEdit(maxLength=MAX_MESSAGE_CHARS)
            field.setAccessibleName(LANGUAGE_NAMES.get(code, code))
            form.addRow(LANGUAGE_NAMES.get(code, code), field)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def texts(self) -> dict[str, str]:
        """The texts filled in, by language."""
        return {code: f.text().strip() for code, f in self.fields.items() if f.text().strip()}
