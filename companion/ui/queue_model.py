"""The list of speakers of one item as a table model (chair console, interpreter board)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal

from companion.domain import MeetingState
from companion.domain.booths import booths_of
from companion.domain.estimates import estimated_calls
from companion.domain.presence import Seen, presence_of
from companion.domain.relay_plan import uncovered

from .booth_words import uncovered_words
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
from .presence_words import presence_text
from .rows_model import RowsModel, one_step, runs

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
    tr_noop("App"),
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
    COL_PRESENCE,
) = range(len(COLUMNS))
#: Columns the chair's console shows below the table, for the selected row (they do not fit beside).
DETAIL_COLUMNS = (COL_STANDING, COL_MINUTES, COL_TEXT, COL_ESTIMATE)
RequestIdRole = Qt.UserRole + 1
#: The chair's narrow "text sent" mark (the interpreters' board says it in words).
TEXT_MARK = "✓"
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
        #: When set, the Text column shows this mark rather than "text sent" (a narrow column).
        self.text_mark: str | None = None
        self.seen: Seen | None = None  # who is connected (the chair's app asks; None: unknown)

    def show(self, state: MeetingState, item_id: str | None) -> None:
        """The queue of *item_id* in *state*.

        The same item again is told to the views as the one step it took (a move, a request in
        or out) and the rows whose words changed, not as a reset: after a reset the chair's
        table measures every row again for its column widths, which with 200 speakers took
        15–30 ms of the GUI thread per event.
        """
        rows = state.queue(item_id) if item_id and item_id in state.items else []
        estimates = estimated_calls(state, item_id, datetime.now(UTC)) if rows else {}
        step = None
        if self._state is not None and item_id == self._item_id:
            step = one_step([r.id for r in self._rows], [r.id for r in rows])
        if step is None:
            self.beginResetModel()
            self._state, self._item_id, self._rows, self._estimates = state, item_id, rows, estimates
            self._texts = {}
            self.endResetModel()
            return
        old = (self._state, self._rows, self._estimates, self._texts)
        self.begin_step(step)
        self._state, self._rows, self._estimates, self._texts = state, rows, estimates, {}
        self.end_step(step)
        for first, last in runs(self._keep_texts(*old)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))



    def _keep_texts(self, old_state: MeetingState, old_rows: list, old_estimates: dict, old_texts: dict):
        """Keep the texts of the rows that show the same words; the rows that were there and
        changed (place, request, estimate to the minute, a name) in ascending order."""
        state = self._state
        same_words = old_state.participants is state.participants and old_state.meeting is state.meeting
        before = {r.id: n for n, r in enumerate(old_rows)}
        changed = []
        for n, request in enumerate(self._rows):
            was = before.get(request.id)
            if was is None:
                continue  # a new row: told by the insertion
            old_at, new_at = old_estimates.get(request.id), self._estimates.get(request.id)
            if (
                same_words
                and was == n  # the place shown is the row's
                and old_rows[was] is request
                and (old_at == new_at or _clock(old_at, state) == _clock(new_at, state))
            ):
                if was in old_texts:
                    self._texts[n] = old_texts[was]
            else:
                changed.append(n)
        return changed

    def show_presence(self, seen: Seen | None) -> None:
        """Who is connected now: the App column says it again for every row."""
        self.seen, self._texts = seen, {}
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_PRESENCE), self.index(len(self._rows) - 1, COL_PRESENCE))

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
            # The chair and secretariat are warned before calling a speaker some booths cannot get.
            missing = uncovered(booths_of(self._state.meeting), r.language)
            warning = sep() + uncovered_words(missing) if missing else ""
            return LANGUAGE_NAMES.get(r.language, r.language) + warning
        if column == COL_WHERE:
            return status_name(r.attendance)
        if column == COL_MINUTES:
            return number(r.minutes)
        if column == COL_TEXT:
            return (self.text_mark or tr("text sent")) if r.has_text else ""
        if column == COL_PRESENCE:
            seen = self.seen
            return presence_text(*presence_of(seen, r.participant_id, seen.as_of)) if seen else ""
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


def _clock(at: datetime | None, state: MeetingState) -> str:
    """An estimate as shown (to the minute): estimates move with the clock, their text seldom."""
    return meeting_clock(at, state.meeting.time_zone) if at else ""



def request_details(model: QueueModel, row: int) -> list[str]:
    """The detail columns of a row as "Heading: value" (empty values left out)."""
    values = ((tr(COLUMNS[c]), model.index(row, c).data()) for c in DETAIL_COLUMNS)
    return [f"{heading}: {value}" for heading, value in values if value not in (None, "")]
