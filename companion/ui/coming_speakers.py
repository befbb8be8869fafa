"""The interpreter's short list: who speaks now and the next ones, with language, the booth's route
(direct, relay from which pivot, or pivot for whom) and whether a text was sent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from companion.domain import MeetingState
from companion.domain.booth_preparation import Coming, TextNews
from companion.domain.booths import Booth
from companion.domain.entities import FloorRequest
from companion.domain.relay_plan import route_of

from .booth_words import route_words
from .labels import LANGUAGE_NAMES, isolate, meeting_clock, number, person_name, sep, tr, tr_noop
from .rows_model import RowsModel

COLUMNS = [
    tr_noop("When"), tr_noop("Delegation"), tr_noop("Language"), tr_noop("Your booth"), tr_noop("Text")
]  # fmt: skip
COL_WHEN, COL_DELEGATION, COL_LANGUAGE, COL_ROUTE, COL_TEXT = range(len(COLUMNS))
RequestIdRole = Qt.UserRole + 1


class ComingSpeakers(RowsModel):
    """The speaker on the floor (if any) and the next ones of an item, with their expected times."""

    columns = tuple(COLUMNS)

    def __init__(self, booth: str, parent=None) -> None:
        super().__init__(parent)
        self.booth = booth
        self._state: MeetingState | None = None
        self._booths: tuple[Booth, ...] = ()
        self._rows: list[Coming] = []
        self._marks: dict[str, TextNews] = {}

    def show(
        self, state: MeetingState, rows: list[Coming], booths: tuple[Booth, ...] = (), marks=None
    ) -> None:
        """Show *rows* (``booth_preparation.coming``), routed through *booths* as worked now, with the
        texts not read yet marked."""
        self.beginResetModel()
        self._state, self._rows, self._booths = state, rows, booths
        self._marks = dict(marks or {})
        self.endResetModel()

    def set_marks(self, marks) -> None:
        """The unread texts changed (the booth read one): the Text column again."""
        self._marks = dict(marks)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_TEXT), self.index(len(self._rows) - 1, COL_TEXT))

    def request_at(self, row: int) -> FloorRequest | None:
        return self._rows[row].request if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: str | None) -> int:
        """The row of a request, or -1 when it is not (or no longer) shown."""
        return next((n for n, row in enumerate(self._rows) if row.request.id == request_id), -1)

    def speaker_name(self, request: FloorRequest) -> str:
        """Whose request this is: "Country – Name", isolated in right-to-left interfaces."""
        return self.speaker_name_in(self._state, request)

    @staticmethod
    def speaker_name_in(state: MeetingState, request: FloorRequest) -> str:
        return person_name(state.participants.get(request.participant_id), request.participant_id)

    def route(self, language: str):
        """This booth's route for a speaker in *language* (the domain's relay plan)."""
        return route_of(self._booths, language, self.booth)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        speaking, request = row.speaking, row.request
        if role == RequestIdRole:
            return request.id
        if role != Qt.DisplayRole:
            return None
        column = index.column()
        if column == COL_WHEN:
            place = index.row() + (0 if self._rows[0].speaking else 1)
            when = tr("Now") if speaking else tr("Next {n}").format(n=number(place))
            at = "" if speaking or row.expected is None else sep() + meeting_clock(row.expected, self._zone())
            return when + at
        if column == COL_DELEGATION:
            name = self.speaker_name(request)
            return f"{name} ({tr('for')} {isolate(request.on_behalf_of)})" if request.on_behalf_of else name
        if column == COL_LANGUAGE:
            return LANGUAGE_NAMES.get(request.language, request.language)
        if column == COL_ROUTE:
            return route_words(self.route(request.language))
        mark = self._marks.get(request.id)
        if mark == TextNews.NEW:
            return tr("● new text")
        if mark == TextNews.CHANGED:
            return tr("● text changed")
        return tr("text sent") if request.has_text else tr("no text")

    def _zone(self) -> str:
        return self._state.meeting.time_zone
