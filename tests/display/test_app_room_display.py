"""The app's side of the room display: the chair's menu, and the message and countdown in every app."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from ui.ui_helpers import answer_next_dialog

from companion.client.public_pages import public_page_url
from companion.domain.display import PageView


class UrlCatcher(QObject):
    """Qt's own hook for opening web addresses: the test receives them instead of a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_only_chair_and_secretariat_have_the_room_display_menu(open_window):
    chair, kenya = open_window("demo-chair"), open_window("demo-kenya")
    secretariat = open_window("demo-secretariat")
    for window in (chair, kenya, secretariat):
        window.room_display.follow_person()
    assert chair.room_display.menu.menuAction().isVisible()
    assert secretariat.room_display.menu.menuAction().isVisible()
    assert not kenya.room_display.menu.menuAction().isVisible()


def test_open_the_room_display_and_copy_the_overlay_address(qtbot, open_window, server):
    chair = open_window("demo-chair")
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        chair.room_display.open.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert catcher.opened == [f"{server.url}/display/wipo-conv-12?lang=en"]
    chair.room_display.copy.trigger()
    assert QGuiApplication.clipboard().text() == f"{server.url}/display/wipo-conv-12?view=lower-third&lang=en"
    assert "lower-third" in chair.statusBar().currentMessage()


def test_the_chairs_countdown_and_message_reach_a_delegates_app(qtbot, open_window):
    chair, kenya = open_window("demo-chair"), open_window("demo-kenya")
    notice = kenya.workspace.room_notice
    assert notice.isHidden()

    def fill(dialog):
        dialog.findChild(QSpinBox).setValue(10)
        dialog.fields["en"].setText("Coffee break — back in")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    answer_next_dialog(fill)
    chair.room_display.ask_countdown()
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=5000)
    assert re.fullmatch(r"Coffee break — back in \u2066(10:00|9:[45]\d)\u2069", notice.text())
    chair.room_display.send({"type": "display.message", "texts": {"en": "Please take your seats"}})
    qtbot.waitUntil(lambda: "Please take your seats" in notice.text(), timeout=5000)
    qtbot.waitUntil(lambda: bool(chair.sync.state.display.message), timeout=5000)
    chair.room_display.follow_person()  # as the menu opens
    assert chair.room_display.clear_message.isEnabled() and chair.room_display.clear_countdown.isEnabled()
    chair.room_display.send({"type": "display.clear_countdown"})
    chair.room_display.send({"type": "display.clear_message"})
    qtbot.waitUntil(lambda: notice.isHidden(), timeout=5000)
    qtbot.waitUntil(lambda: not chair.sync.state.display.message, timeout=5000)
    chair.room_display.follow_person()
    assert not chair.room_display.clear_message.isEnabled()


def test_a_refusal_is_explained_in_words(qtbot, open_window):
    chair = open_window("demo-chair")
    chair.room_display.send({"type": "display.clear_message"})
    qtbot.waitUntil(lambda: "Nothing is shown on the room displays." in chair.statusBar().currentMessage())


def test_page_addresses():
    url = public_page_url("http://h:1/", "a b", PageView.SPEAKERS, "ar")
    assert url == "http://h:1/display/a%20b?view=speakers&lang=ar"
    assert public_page_url("http://h:1", "m", PageView.ROOM) == "http://h:1/display/m"
