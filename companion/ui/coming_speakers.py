"""The interpreter's short list: who speaks now and the next ones, with language, the booth's route
(direct, relay from which pivot, or pivot for whom) and whether a text was sent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from companion.domain import MeetingState
from companion.domain.booths import Booth
from companion.domain.entities import FloorRequest
from companion.domain.relay_plan import route_of

from .booth_words import route_words
from .labels import LANGUAGE_NAMES, isolate, number, person_name, tr, tr_noop
from .rows_model import RowsModel

#: How many waiting speakers the booth sees after the current one.
NEXT_SHOWN = 3
COLUMNS = [
    tr_noop("When"), tr_noop("Delegation"), tr_noop("Language"), tr_noop("Your booth"), tr_noop("Text")
]  # fmt: skip
COL_WHEN, COL_DELEGATION, COL_LANGUAGE, COL_ROUTE, COL_TEXT = range(len(COLUMNS))
RequestIdRole = Qt.UserRole + 1


class ComingSpeakers(RowsModel):
    """The current speaker (if any) and the next three of the live item."""

    columns = tuple(COLUMNS)

    def __init__(self, booth: str, parent=None) -> None:
        super().__init__(parent)
        self.booth = booth
        self._state: MeetingState | None = None
        self._booths: tuple[Booth, ...] = ()

    def show(self, state: MeetingState, booths: tuple[Booth, ...] = ()) -> None:
        """Follow *state*: the live item's floor and queue, routed through *booths* as worked now."""
        live = state.live_item()
        rows: list[tuple[bool, FloorRequest]] = []
        current = state.current_speaker()
        if current is not None:
            rows.append((True, current))
        if live is not None:
            rows += [(False, r) for r in state.queue(live.id)[:NEXT_SHOWN]]
        self.beginResetModel()
        self._state, self._rows, self._booths = state, rows, booths
        self.endResetModel()

    def request_at(self, row: int) -> FloorRequest | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: str | None) -> int:
        """The row of a request, or -1 when it is not (or no longer) shown."""
        return next((n for n, (_, r) in enumerate(self._rows) if r.id == request_id), -1)

    def speaker_name(self, request: FloorRequest) -> str:
        """Whose request this is: "Country – Name", isolated in right-to-left interfaces."""
        return person_name(self._state.participants.get(request.participant_id), request.participant_id)

    def route(self, language: str):
        """This booth's route for a speaker in *language* (the domain's relay plan)."""
        return route_of(self._booths, language, self.booth)

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        speaking, request = self._rows[index.row()]
        if role == RequestIdRole:
            return request.id
        if role != Qt.DisplayRole:
            return None
        column = index.column()
        if column == COL_WHEN:
            place = index.row() + (0 if self._rows[0][0] else 1)
            return tr("Now") if speaking else tr("Next {n}").format(n=number(place))
        if column == COL_DELEGATION:
            name = self.speaker_name(request)
            return f"{name} ({tr('for')} {isolate(request.on_behalf_of)})" if request.on_behalf_of else name
        if column == COL_LANGUAGE:
            return LANGUAGE_NAMES.get(request.language, request.language)
        if column == COL_ROUTE:
            return route_words(self.route(request.language))
        return tr("text sent") if request.has_text else tr("no text")
