"""The delegate's own requests: the list (a model told of each step), withdraw with 10 s to undo,
and "Replace statement…" — each acting on the request named by its id, never by a row that the
list moving would have taken away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.vocabulary import RequestStatus

from .accessibility import describe, readable_colour
from .labels import item_title, tr
from .my_requests import MyRequestsModel, RequestIdRole
from .statement_dialog import StatementDialog
from .undo_bar import UndoBar


class NoteLabel(QLabel):
    """A line that takes room only while it says something (the lists below need the room)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setVisible(bool(text))


class RequestsView(QListView):
    """The list of one's own requests (a view over ``MyRequestsModel``)."""

    def count(self) -> int:
        return self.model().rowCount()

    def text(self, row: int) -> str:
        """The words of a row, as shown."""
        return self.model().index(row, 0).data() or ""

    def current_request_id(self) -> str | None:
        """The selected request's id; the only one when there is just one; else None."""
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isSelected(index):
            return index.data(RequestIdRole)
        return self.model().index(0, 0).data(RequestIdRole) if self.count() == 1 else None


class RequestsPane(QWidget):
    """Your requests, the actions on them, and the undo bar of a withdrawal."""

    sig_command = Signal(dict)
    """A command to send (a withdrawal once its undo time is over, a replaced statement)."""

    def __init__(self, me_id: str, parent=None) -> None:
        super().__init__(parent)
        self._state: MeetingState | None = None
        self.model = MyRequestsModel(me_id, self)
        self.view = RequestsView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)  # two lines each: no row measured when the list moves
        describe(self.view, tr("Your requests"), tr("Each request with your place and the estimated time."))
        self.undo = UndoBar()  # a withdrawal waits 10 s: the place cannot be had back once gone
        self.undo.sig_command.connect(self.sig_command.emit)
        self.note = NoteLabel(wordWrap=True)
        self.note.setStyleSheet(f"color: {readable_colour(self, '#8a4b00', '#ffc766')};")
        self.view.clicked.connect(lambda *_: self.note.setText(""))
        self.withdraw = self._button(
            tr("Withdraw selected request"),
            tr("Takes the selected request off the list of speakers (you can undo it for 10 s)."),
            self._withdraw,
        )
        self.revise = self._button(
            tr("Replace statement…"),
            tr("Replaces the text and the language of the selected request; you keep your place."),
            self._revise,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Your requests")), 1)
        buttons.addWidget(self.withdraw)
        buttons.addWidget(self.revise)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        column.addWidget(self.note)
        column.addWidget(self.undo)

    @staticmethod
    def _button(text: str, description: str, slot) -> QPushButton:
        button = QPushButton(text)
        describe(button, text, description)
        button.clicked.connect(slot)
        return button

    def show_state(self, state: MeetingState) -> list[str]:
        """Show *state*'s requests (the model tells the view what changed); the notices they bring."""
        self._state = state
        self.model.show(state)
        return self.model.notices

    def _chosen_waiting(self):
        """The chosen request if it still waits, else None (and the note says why)."""
        request_id = self.view.current_request_id()
        request = self._state.requests.get(request_id) if self._state and request_id else None
        if request is None:
            self.note.setText(tr("Select one of your requests first."))
        elif request.status != RequestStatus.WAITING:  # the server's not_waiting, said before asking
            self.note.setText(tr("You have the floor on this request: it can no longer be changed."))
            request = None
        return request

    def _withdraw(self) -> None:
        """Hold the withdrawal of the request named by its id for 10 s, with Undo."""
        request = self._chosen_waiting()
        if request is None:
            return
        title = item_title(self._state.items.get(request.item_id))
        what = tr("Your request on “{item}” withdrawn").format(item=title)
        self.undo.hold([build.floor_withdraw(request.id)], what)

    def _revise(self) -> None:
        """Replace the selected request's text and language, keeping its place."""
        request = self._chosen_waiting()
        if request is None:
            return
        dialog = StatementDialog(self, request, item_title(self._state.items.get(request.item_id)))
        if dialog.exec() == StatementDialog.Accepted:
            self.sig_command.emit(dialog.command())

    def flush(self) -> None:
        """Send a withdrawal still waiting for its undo time (the window is going away)."""
        self.undo.flush()
