"""A delegate's own requests for the floor as a model: one row per request, keyed by its id.

Told of what changed like the chair's ``QueueModel``: a request added or settled is one inserted
or removed row, a new place or estimate one changed row, never a reset. So a selection survives
the list moving around it, and an action names its request by id, never by a row number.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from companion.domain import MeetingState
from companion.domain.entities import FloorRequest
from companion.domain.estimates import place_in_queue
from companion.domain.list_forecast import ListForecast, forecast
from companion.domain.turns import shows_estimate, shows_place, turn
from companion.domain.vocabulary import Attendance, RequestStatus

from .forecast_words import turn_estimate
from .labels import item_title, kind_name, number, tr
from .rows_model import RowsModel, one_step

#: The role that holds a row's request id.
RequestIdRole = Qt.UserRole + 1
_DISPLAY, _REQUEST_ID, _TOOLTIP = Qt.DisplayRole.value, int(RequestIdRole), Qt.ToolTipRole.value


class MyRequestsModel(RowsModel):
    """The open requests of one participant in order of request: kind, item, place or estimate."""

    columns = ("",)

    def __init__(self, me_id: str, parent=None) -> None:
        super().__init__(parent)
        self.me_id = me_id
        self._texts: list[str] = []
        self.notices: list[str] = []

    def show(self, state: MeetingState, now: datetime | None = None) -> None:
        """The requests as *state* has them; the views are told the one step and the changed rows."""
        rows = sorted(state.open_requests_of(self.me_id), key=lambda r: r.order)
        texts, self.notices = request_lines(state, rows, now or datetime.now(UTC))
        step = one_step([r.id for r in self._rows], [r.id for r in rows])
        if step is None:
            self.beginResetModel()
            self._rows, self._texts = rows, texts
            self.endResetModel()
            return
        old = dict(zip((r.id for r in self._rows), self._texts, strict=True))
        self.begin_step(step)  # a move: requests keep their order of request, so only a reset does it
        self._rows, self._texts = rows, texts
        self.end_step(step)
        for n, (request, text) in enumerate(zip(rows, texts, strict=True)):
            if request.id in old and old[request.id] != text:
                self.dataChanged.emit(self.index(n, 0), self.index(n, 0), [Qt.DisplayRole])

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        role = role if isinstance(role, int) else role.value
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._texts[index.row()]
        if role == _REQUEST_ID:
            return self._rows[index.row()].id
        return None

    def request_at(self, row: int) -> FloorRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: str) -> int | None:
        """The row of a request, or None when it is no longer open."""
        return next((n for n, r in enumerate(self._rows) if r.id == request_id), None)


def request_lines(state: MeetingState, requests: list[FloorRequest], now: datetime) -> tuple[list, list]:
    """(one text per request: what, on which item, where it stands; the notices "you are next"…)."""
    lines, notices = [], []
    estimates: dict[str, ListForecast] = {}  # per item: one pass over its queue, however many requests
    for r in requests:
        item = state.items[r.item_id]
        place = place_in_queue(state, r.id)
        if r.status == RequestStatus.SPEAKING:
            line = tr("Speaking now")
            notices.append(tr("You have the floor on “{item}”.").format(item=item_title(item)))
        elif shows_estimate(item):
            if r.item_id not in estimates:
                estimates[r.item_id] = forecast(state, r.item_id, now)
            line = turn_estimate(estimates[r.item_id], r.id, place, state.meeting.time_zone)
        elif shows_place(item):
            line = tr("Place {n} · times are estimated once the item is in session").format(n=number(place))
        elif item.over:
            line = tr("Still registered, but the item is over: the chair may move it to another item")
        else:
            line = tr("Registered · the list of speakers is not open yet")
        if turn(state, r) == 1:
            extra = tr(" Get ready to unmute.") if r.attendance == Attendance.REMOTE else ""
            notices.append(tr("You are next on “{item}”.").format(item=item_title(item)) + extra)
        lines.append(f"{kind_name(r.kind)} — {item_title(item)}\n{line}")
    return lines, notices
