"""Sign in: enter a server, meeting and code, or pick a demo persona where the server has them.

The meeting is chosen from the list the server gives (``/api/v1/meetings``, fetched off the GUI
thread whenever the server address changes); the server last signed in to is remembered. A real
server looks real: the demo personas are offered only when the server's list marks its meeting as
the demo (``"demo": true``, a server started with ``--demo``), and the meeting the app was started
with stays in the field only if the server's list has it (else its only meeting, or a choice).
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from datetime import date
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.client.errors import ClientError
from companion.paths import BUNDLED_MEETING, DEMO_PARTICIPANTS

from .accessibility import readable_colour
from .labels import isolate, isolate_ltr, number, role_name, sep, short_date, tr, tr_noop
from .messages import error_text
from .preferences import LAST_SERVER, open_settings, text_value

#: How long the meeting list may take before the form says the server does not answer.
LIST_TIMEOUT_S = 5.0


def demo_personas() -> list[dict]:
    return json.loads(DEMO_PARTICIPANTS.read_text(encoding="utf-8"))["participants"]


@functools.cache
def demo_meeting_id() -> str:
    """The bundled meeting's id: the demo personas' codes sign in there only."""
    return json.loads(BUNDLED_MEETING.read_text(encoding="utf-8"))["meeting"]["id"]


def meeting_line(meeting: dict) -> str:
    """A meeting as the server lists it: "Title · 14 Apr – 15 Apr · Europe/Zurich (id)"."""
    parts = [isolate(str(meeting.get("title") or meeting.get("id")))]
    days = meeting.get("days")
    try:
        first, last = date.fromisoformat(str(days[0])), date.fromisoformat(str(days[-1]))
    except (TypeError, ValueError, IndexError, KeyError):
        first = last = None  # a server that sends no usable days: the title is enough
    if first is not None:
        parts.append(short_date(first) if first == last else f"{short_date(first)} – {short_date(last)}")
    if meeting.get("time_zone"):
        parts.append(isolate_ltr(str(meeting["time_zone"])))
    return f"{sep().join(parts)} ({isolate_ltr(str(meeting.get('id')))})"


def remembered_server(default: str) -> str:
    """The server last signed in to, else *default*."""
    return text_value(open_settings(), LAST_SERVER, default)


def server_to_offer(given: str) -> str:
    """The app's server (an explicit ``--server`` wins), unless that is a server on this machine
    (the embedded demo) and the user last signed in to another one: then that one."""
    remembered = remembered_server("")
    if remembered and _on_this_machine(given) and not _on_this_machine(remembered):
        return remembered
    return given


def _on_this_machine(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


def remember_server(url: str) -> None:
    open_settings().setValue(LAST_SERVER, url)


class SignInWidget(QWidget):
    sig_sign_in = Signal(str, str, str)
    """The user asks to sign in: (server URL, meeting id, code)."""
    _sig_meetings_listed = Signal(str, object)
    """From the worker thread: (server URL, its meetings as a list, or the ClientError)."""

    def __init__(self, server_url: str, meeting_id: str, parent=None, ca_file: str | None = None) -> None:
        super().__init__(parent)
        self._ca_file = ca_file  # the app's --ca-file: a private CA's server lists its meetings too
        self._demo = (server_url, demo_meeting_id())  # the personas' codes are for this meeting
        self._demo_meeting: str | None = None  # the meeting the listed server marks as its demo
        self._busy = False
        self._listed_for = ""
        self.server = QLineEdit(server_to_offer(server_url))
        self.meeting = QComboBox(editable=True)
        # A long meeting title must not set the form's width: it widened a 700-pixel window to 867
        # when the server's list arrived. The box takes the width it is given; the list shows all.
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(16)
        # The app's meeting (--meeting, or its default) until the server's list arrives; replaced
        # by what the server has if it has not this one.
        self._hint = meeting_id
        self.meeting.setEditText(meeting_id)
        self.meeting.lineEdit().setPlaceholderText(tr("Choose a meeting"))
        # Plain text: these labels show what a server says, and a hostile one may send markup.
        self.meeting_status = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.code = QLineEdit(echoMode=QLineEdit.Password)
        for field, name in (
            (self.server, tr_noop("Server address")),
            (self.meeting, tr_noop("Meeting")),
            (self.code, tr_noop("Personal code")),
        ):
            field.setAccessibleName(tr(name))
        self.meeting_status.setAccessibleName(tr("Meetings on this server"))
        self.personas = self._persona_list()
        self.listing = QListWidget()  # the server's meetings, shown where no demo is offered
        self.listing.setAccessibleName(tr("Meetings on this server"))
        self.listing.currentRowChanged.connect(self._listed_meeting_chosen)
        self.listing.itemActivated.connect(lambda _item: self.code.setFocus())
        self.button = QPushButton(tr("Sign in"))
        self.button.setDefault(True)
        self.button.clicked.connect(lambda: self._submit())
        self.code.returnPressed.connect(lambda: self._submit())
        self.server.editingFinished.connect(self.refresh_meetings)
        self._sig_meetings_listed.connect(self._meetings_listed)
        self.error = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {readable_colour(self, '#b71c1c', '#ff8a80')};")
        self.error.setAccessibleName(tr("Sign-in problem"))
        self._lay_out()
        self.refresh_meetings()

    def _persona_list(self) -> QListWidget:
        personas = QListWidget()
        personas.setAccessibleName(tr("Demo personas"))
        for persona in demo_personas():
            where = persona.get("delegation") or ""
            personas.addItem(f"{where} – {persona['name']} ({role_name(persona['role'])})")
        personas.itemActivated.connect(self._persona)
        personas.itemDoubleClicked.connect(self._persona)
        return personas

    def _lay_out(self) -> None:
        self.demo = demo = QGroupBox(tr("Try it: sign in as a demo persona (double-click or Enter)"))
        QVBoxLayout(demo).addWidget(self.personas)
        demo.hide()  # until the server's list says its meeting is the demo
        self.meetings_box = QGroupBox(tr("Meetings on this server"))
        QVBoxLayout(self.meetings_box).addWidget(self.listing)
        self.meetings_box.hide()  # until the server has listed its meetings
        self.manual = manual = QGroupBox(tr("Sign in with the code the secretariat gave you"))
        form = QFormLayout(manual)
        form.addRow(tr("Server"), self.server)
        form.addRow(tr("Meeting"), self.meeting)
        form.addRow("", self.meeting_status)
        form.addRow(tr("Personal code"), self.code)
        form.addRow(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{tr('Meeting Companion')}</h2>"))
        layout.addWidget(demo, 1)
        layout.addWidget(self.meetings_box, 1)
        layout.addWidget(manual)
        layout.addWidget(self.error)

    # --- the server's meetings ------------------------------------------------------

    def refresh_meetings(self) -> None:
        """Ask the server in the Server field for its meetings (in the background)."""
        url = self.server.text().strip().rstrip("/")
        if not url or url == self._listed_for:
            return
        self._listed_for = url
        self.meeting_status.setText(tr("Looking for meetings on this server…"))
        threading.Thread(target=self._fetch, args=(url,), daemon=True, name="meeting-list").start()

    def _fetch(self, url: str) -> None:
        from companion.client.http_api import list_meetings  # requests: not before the first paint

        try:
            found = list_meetings(url, LIST_TIMEOUT_S, self._ca_file)
        except ClientError as exc:
            found = exc
        with contextlib.suppress(RuntimeError):  # the form was closed meanwhile: nobody to tell
            self._sig_meetings_listed.emit(url, found)

    def _meetings_listed(self, url: str, found) -> None:
        if url != self.server.text().strip().rstrip("/"):
            return  # the address changed meanwhile: a newer answer is on its way
        if isinstance(found, ClientError):
            self._listed_for = ""  # try again when the user next leaves the field
            self._demo_meeting = None
            self._show_choices([])
            self.meeting_status.setText(error_text(found))
            return
        typed = self.meeting_id()
        previous = {self.meeting.itemData(n) for n in range(self.meeting.count())}
        self.meeting.clear()
        for meeting in found:
            self.meeting.addItem(f"{meeting.get('title') or meeting['id']} ({meeting['id']})", meeting["id"])
        known = [self.meeting.itemData(n) for n in range(self.meeting.count())]
        wanted = typed or self._hint
        if wanted in known:
            self.meeting.setCurrentIndex(known.index(wanted))
        elif typed and typed not in previous and typed != self._hint:
            self.meeting.setEditText(typed)  # typed by the user: kept, the server will say if it is wrong
        else:  # nothing this server has: its only meeting, or a choice to make
            self.meeting.setCurrentIndex(0 if len(known) == 1 else -1)
        self._demo_meeting = next((str(m["id"]) for m in found if m.get("demo") is True), None)
        self._show_choices(found)
        self.meeting_status.setText(tr("{n} meeting(s) on this server").format(n=number(len(found))))

    def _show_choices(self, found: list[dict]) -> None:
        """The demo personas where the server has the demo; else the server's meetings, listed."""
        demo = self.offers_personas()
        self.demo.setVisible(demo)
        self.manual.setTitle(
            tr("Or sign in with the code the secretariat gave you")
            if demo
            else tr("Sign in with the code the secretariat gave you")
        )
        self.listing.blockSignals(True)
        self.listing.clear()
        for meeting in found:
            self.listing.addItem(meeting_line(meeting))
        self.listing.setCurrentRow(self.meeting.currentIndex())
        self.listing.blockSignals(False)
        self.meetings_box.setVisible(bool(found) and not demo)

    def _listed_meeting_chosen(self, row: int) -> None:
        if 0 <= row < self.meeting.count():
            self.meeting.setCurrentIndex(row)

    def offers_personas(self) -> bool:
        """Whether the listed server has the demo meeting the personas' codes are for."""
        return self._demo_meeting is not None and self._demo_meeting == self._demo[1]

    def meeting_id(self) -> str:
        """The chosen meeting's id (a listed one's, or what was typed)."""
        index = self.meeting.currentIndex()
        text = self.meeting.currentText().strip()
        if index >= 0 and self.meeting.itemText(index) == text:
            return str(self.meeting.itemData(index))
        return text

    # --- signing in -------------------------------------------------------------------

    def _persona(self, item) -> None:
        if not self.offers_personas():
            return  # a server without the demo: the persona's code would only be a wrong code
        persona = demo_personas()[self.personas.row(item)]
        self.code.setText(persona["code"])
        self._submit(self._listed_for, self._demo[1])

    def _submit(self, server: str = "", meeting: str = "") -> None:
        if self._busy:
            return  # one click, one sign-in (a double-click also activates the item)
        if not self.code.text().strip():
            self.error.setText(tr("Enter your personal code."))
            return
        server = server or self.server.text().strip()
        meeting = meeting or self.meeting_id()
        if not server or not meeting:
            self.error.setText(tr("Enter the server's address and choose a meeting."))
            return
        if server.rstrip("/") == self._listed_for and server != self._demo[0]:
            remember_server(server)  # it answered as a meeting server: offer it next time
        self._busy = True
        self.button.setEnabled(False)
        self.error.setText(tr("Signing in…"))
        self.sig_sign_in.emit(server, meeting, self.code.text().strip())

    def failed(self, why: ClientError | str) -> None:
        """Sign-in did not work: say why (a typed error is worded here) and allow another try."""
        self._busy = False
        self.button.setEnabled(True)
        self.error.setText(error_text(why) if isinstance(why, ClientError) else why)
