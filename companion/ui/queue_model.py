"""The list of speakers of one item as a table model (chair console, interpreter board)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal

from companion.domain import MeetingState
from companion.domain.estimates import estimated_calls
from companion.domain.interpretation import needs_relay

from .labels import (
    LANGUAGE_NAMES,
    isolate,
    kind_name,
    meeting_clock,
    number,
    person_name,
    sep,
    status_name,
    tr,
    tr_noop,
)
from .rows_model import RowsModel

COLUMNS = [
    "#",
    tr_noop("Delegation"),
    tr_noop("Standing"),
    tr_noop("Kind"),
    tr_noop("Language"),
    tr_noop("Where"),
    tr_noop("Min"),
    tr_noop("Text"),
    tr_noop("Estimated"),
]
(
    COL_PLACE,
    COL_DELEGATION,
    COL_STANDING,
    COL_KIND,
    COL_LANGUAGE,
    COL_WHERE,
    COL_MINUTES,
    COL_TEXT,
    COL_ESTIMATE,
) = range(len(COLUMNS))
#: Columns the chair's console shows below the table, for the selected row (they do not fit beside).
DETAIL_COLUMNS = (COL_STANDING, COL_MINUTES, COL_TEXT, COL_ESTIMATE)
RequestIdRole = Qt.UserRole + 1
MIME = "application/x-meeting-request"
# Plain ints: views ask data() for every role of every cell on each repaint (a 200-speaker list
# is ~15,000 calls), and comparing Qt's enum objects there costs more than the answer.
_DISPLAY, _TOOLTIP, _REQUEST_ID = Qt.DisplayRole.value, Qt.ToolTipRole.value, int(RequestIdRole)
#: QueueModel.flags by index validity (the same for every row of every queue).
_FLAGS: dict[bool, Qt.ItemFlag] = {}


class QueueModel(RowsModel):
    """Waiting requests of an item, in calling order. A drop asks the server to move; the model waits."""

    columns = tuple(COLUMNS)

    sig_move_requested = Signal(str, int)
    """The chair dropped a request at a new place: (request_id, position)."""

    def __init__(self, parent=None, booth: str | None = None) -> None:
        super().__init__(parent)
        self._state: MeetingState | None = None
        self._item_id: str | None = None
        self._estimates: dict = {}
        self._texts: dict[int, list] = {}  # display texts per row, made when a view first asks
        self.booth = booth

    def show(self, state: MeetingState, item_id: str | None) -> None:
        self.beginResetModel()
        self._state, self._item_id = state, item_id
        self._rows = state.queue(item_id) if item_id and item_id in state.items else []
        now = datetime.now(UTC)
        self._estimates = estimated_calls(state, item_id, now) if self._rows else {}
        self._texts = {}
        self.endResetModel()

    def request_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        role = role if isinstance(role, int) else role.value
        if role not in (_DISPLAY, _REQUEST_ID, _TOOLTIP):
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        if role == _DISPLAY:
            texts = self._texts.get(row)
            if texts is None:
                request = self._rows[row]
                texts = self._texts[row] = [self._display(request, c, row) for c in range(len(COLUMNS))]
            return texts[index.column()]
        request = self._rows[row]
        if role == _REQUEST_ID:
            return request.id
        return request.text if index.column() == COL_TEXT else None

    def _display(self, r, column: int, row: int):
        p = self._state.participants.get(r.participant_id)
        if column == COL_PLACE:
            return number(row + 1)
        if column == COL_DELEGATION:
            name = person_name(p, r.participant_id)
            return f"{name} ({tr('for')} {isolate(r.on_behalf_of)})" if r.on_behalf_of else name
        if column == COL_STANDING:
            return tr("Group") if r.on_behalf_of else status_name(p.delegation_kind if p else "other")
        if column == COL_KIND:
            return kind_name(r.kind)
        if column == COL_LANGUAGE:
            relay = self.booth and needs_relay(self.booth, r.language)
            return LANGUAGE_NAMES.get(r.language, r.language) + (sep() + tr("relay") if relay else "")
        if column == COL_WHERE:
            return status_name(r.attendance)
        if column == COL_MINUTES:
            return number(r.minutes)
        if column == COL_TEXT:
            return tr("text sent") if r.has_text else ""
        estimate = self._estimates.get(r.id)
        return meeting_clock(estimate, self._state.meeting.time_zone) if estimate else ""

    # --- drag and drop: the chair reorders; the server decides -----------------------

    def flags(self, index: QModelIndex):
        # Asked for every cell on every repaint: the flags of a row and of the space between rows
        # are worked out once (Qt's flag arithmetic in Python costs more than the question).
        valid = index.isValid()
        flags = _FLAGS.get(valid)
        if flags is None:
            extra = Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled if valid else Qt.ItemIsDropEnabled
            flags = _FLAGS[valid] = super().flags(index) | extra
        return flags

    def supportedDropActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        if indexes:
            data.setData(MIME, self._rows[indexes[0].row()].id.encode())
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME):
            return False
        request_id = bytes(data.data(MIME)).decode()
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        ids = [r.id for r in self._rows]
        if request_id not in ids:
            return False
        position = min(target, len(ids) - 1)
        if position != ids.index(request_id):
            self.sig_move_requested.emit(request_id, position)
        return False  # the view changes when the server's event arrives


def request_details(model: QueueModel, row: int) -> list[str]:
    """The detail columns of a row as "Heading: value" (empty values left out)."""
    values = ((tr(COLUMNS[c]), model.index(row, c).data()) for c in DETAIL_COLUMNS)
    return [f"{heading}: {value}" for heading, value in values if value not in (None, "")]
