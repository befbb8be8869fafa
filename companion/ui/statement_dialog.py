"""Replace the statement text (and the language) of one's waiting request, keeping one's place."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from companion.domain import command_builders as build
from companion.domain.entities import FloorRequest
from companion.domain.statements import MAX_STATEMENT_CHARS, statement_fits

from .accessibility import describe, readable_colour
from .labels import LANGUAGE_NAMES, tr


class StatementDialog(QDialog):
    """The request's text and language, editable; OK sends ``floor.revise`` for that request id."""

    def __init__(self, parent: QWidget | None, request: FloorRequest, title: str) -> None:
        super().__init__(parent)
        self.request_id = request.id
        self.setWindowTitle(tr("Replace the statement") + f" — {title}")
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(request.language)))
        describe(self.language, tr("Language you will speak"), tr("The interpreters prepare for it."))
        self.text = QPlainTextEdit(request.text or "")
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in the text box
        self.text.setPlaceholderText(tr("Optional: paste the statement for the interpreters"))
        describe(
            self.text,
            tr("Statement text for the interpreters"),
            tr("Optional; only the interpreters and the chair can read it."),
        )
        self.why_not = QLabel(wordWrap=True)
        self.why_not.setStyleSheet(f"color: {readable_colour(self, '#8a4b00', '#ffc766')};")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("You keep your place on the list; the interpreters are told."), wordWrap=True))
        form.addRow(tr("I will speak in"), self.language)
        form.addRow(self.text)
        form.addRow(self.why_not)
        form.addRow(buttons)
        self.resize(560, 360)

    def accept(self) -> None:
        """Close only with a text the server will take (its limit, said before sending)."""
        if not statement_fits(self.text.toPlainText()):
            self.why_not.setText(too_long_text())
            return
        super().accept()

    def command(self) -> dict:
        """The ``floor.revise`` command for the request, as edited."""
        return build.floor_revise(self.request_id, self.language.currentData(), self.text.toPlainText())


def too_long_text() -> str:
    """The statement limit in words (the request form and this dialog say it alike)."""
    return tr("the statement is longer than {n} characters; send a summary").format(
        n=QLocale().toString(MAX_STATEMENT_CHARS)
    )
