"""Sign in: pick a demo persona on the embedded server, or enter a server, meeting and code."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.paths import DEMO_PARTICIPANTS

from .accessibility import readable_colour
from .labels import role_name, tr, tr_noop


def demo_personas() -> list[dict]:
    return json.loads(DEMO_PARTICIPANTS.read_text(encoding="utf-8"))["participants"]


class SignInWidget(QWidget):
    sig_sign_in = Signal(str, str, str)
    """The user asks to sign in: (server URL, meeting id, code)."""

    def __init__(self, server_url: str, meeting_id: str, parent=None) -> None:
        super().__init__(parent)
        self.server = QLineEdit(server_url)
        self.meeting = QLineEdit(meeting_id)
        self.code = QLineEdit(echoMode=QLineEdit.Password)
        for field, name in (
            (self.server, tr_noop("Server address")),
            (self.meeting, tr_noop("Meeting")),
            (self.code, tr_noop("Personal code")),
        ):
            field.setAccessibleName(tr(name))
        self.personas = QListWidget()
        self.personas.setAccessibleName(tr("Demo personas"))
        for persona in demo_personas():
            where = persona.get("delegation") or ""
            self.personas.addItem(f"{where} – {persona['name']} ({role_name(persona['role'])})")
        self.personas.itemActivated.connect(self._persona)
        self.personas.itemDoubleClicked.connect(self._persona)
        button = QPushButton(tr("Sign in"))
        button.setDefault(True)
        button.clicked.connect(self._submit)
        self.code.returnPressed.connect(self._submit)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {readable_colour(self, '#b71c1c', '#ff8a80')};")
        self.error.setAccessibleName(tr("Sign-in problem"))
        demo = QGroupBox(tr("Try it: sign in as a demo persona (double-click or Enter)"))
        QVBoxLayout(demo).addWidget(self.personas)
        manual = QGroupBox(tr("Or sign in with the code the secretariat gave you"))
        form = QFormLayout(manual)
        form.addRow(tr("Server"), self.server)
        form.addRow(tr("Meeting"), self.meeting)
        form.addRow(tr("Personal code"), self.code)
        form.addRow(button)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{tr('Meeting Companion')}</h2>")
        layout.addWidget(title)
        layout.addWidget(demo, 1)
        layout.addWidget(manual)
        layout.addWidget(self.error)

    def _persona(self, item) -> None:
        persona = demo_personas()[self.personas.row(item)]
        self.code.setText(persona["code"])
        self._submit()

    def _submit(self) -> None:
        if not self.code.text().strip():
            self.error.setText(tr("Enter your personal code."))
            return
        self.error.setText(tr("Signing in…"))
        self.sig_sign_in.emit(
            self.server.text().strip(), self.meeting.text().strip(), self.code.text().strip()
        )

    def failed(self, message: str) -> None:
        self.error.setText(message)
