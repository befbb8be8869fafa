"""The two-day agenda as a table model, fed from the meeting state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from companion.domain import MeetingState
from companion.domain.content_language import localized
from companion.domain.meeting_time import meeting_city
from companion.domain.vocabulary import ItemStatus, ListState

from .city_names import city_name
from .labels import (
    isolate,
    isolate_ltr,
    kind_name,
    meeting_clock,
    number,
    sep,
    short_date,
    status_name,
    tr,
    user_clock,
    user_clock_differs,
)
from .translations import current_language

COL_DAY, COL_MEETING_TIME, COL_YOUR_TIME, COL_TITLE, COL_KIND, COL_STATUS = range(6)
ItemIdRole = Qt.UserRole + 1
StarredRole = Qt.UserRole + 2
DISPLAY = Qt.DisplayRole.value  # a plain int: compares fast in the hottest function
ANSWERED_ROLES = frozenset(
    r.value if hasattr(r, "value") else int(r)
    for r in (ItemIdRole, StarredRole, Qt.BackgroundRole, Qt.ForegroundRole, Qt.FontRole, Qt.ToolTipRole)
)


class AgendaModel(QAbstractTableModel):
    """One row per agenda item, in time order; the live item is highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._state: MeetingState | None = None
        self._items: list = []
        self._rows: dict[int, tuple[str, ...]] = {}  # display texts, made when a view first asks
        self._index: dict[str, int] = {}
        self.starred: set[str] = set()
        #: {item id: what changed since the user last looked, in words} (``agenda_news``)
        self.news: dict[str, str] = {}
        #: Whether "your time" tells anything: False when the user's clock is the venue's throughout.
        self.user_time_differs = True

    def set_state(self, state: MeetingState) -> None:
        """Show *state*: a reset when the items or their order changed, else the changed rows.

        The states share what an event did not change: an event that left the agenda and the
        meeting alone (a queue move, a channel choice) touches no row of it.
        """
        old = self._state
        if old is not None and state.items is old.items and state.meeting is old.meeting:
            self._state = state
            return
        items = list(state.items.values())  # in the agenda's one order already (reducer.agenda_order)
        if [i.id for i in items] != [i.id for i in self._items]:
            self._judge_user_time(state, items)
            self.beginResetModel()
            self._state, self._items, self._rows = state, items, {}
            self._index = {item.id: n for n, item in enumerate(items)}
            self.endResetModel()
        else:
            # Most items are the very objects of the last state: compared by identity first.
            pairs = enumerate(zip(self._items, items, strict=True))
            changed = [n for n, (was, now) in pairs if was is not now and was != now]
            meeting_changed = old is None or old.meeting != state.meeting
            retimed = any(_times(self._items[n]) != _times(items[n]) for n in changed)
            if meeting_changed or retimed:  # a status or a title leaves the clocks as they were
                self._judge_user_time(state, items)
            self._state, self._items = state, items
            if meeting_changed:
                self.headerDataChanged.emit(Qt.Horizontal, COL_MEETING_TIME, COL_MEETING_TIME)
            for n in changed:
                self._rows.pop(n, None)
                self.dataChanged.emit(self.index(n, 0), self.index(n, COL_STATUS))

    def _judge_user_time(self, state: MeetingState, items: list) -> None:
        moments = [moment for item in items for moment in _times(item)]
        self.user_time_differs = state.meeting is None or user_clock_differs(moments, state.meeting.time_zone)

    def set_news(self, news: dict[str, str]) -> None:
        """Mark the items that changed since seen; the rows whose mark changed are told."""
        old, self.news = self.news, news
        for item_id in {k for k in old.keys() | news.keys() if old.get(k) != news.get(k)}:
            row = self.row_of(item_id)
            if row >= 0:
                self._rows.pop(row, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COL_STATUS))

    def toggle_star(self, item_id: str) -> None:
        self.starred ^= {item_id}
        row = self.row_of(item_id)
        self._rows.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_STATUS))

    def item_at(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return self._index.get(item_id, -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [tr("Day"), self._place(), tr("Your time"), tr("Item"), tr("Kind"), tr("Status")][section]
        return None

    def _place(self) -> str:
        """The meeting-time column is named after the meeting's city (its clock), translated if known."""
        meeting = self._state.meeting if self._state else None
        return city_name(meeting_city(meeting.venue, meeting.time_zone)) if meeting else tr("Meeting time")

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        row = index.row()
        if not index.isValid() or row >= len(self._items):
            return None
        if role == DISPLAY:  # by far the most asked: from the row's cached texts
            texts = self._rows.get(row)
            if texts is None:
                texts = self._rows[row] = self._texts(self._items[row])
            return texts[index.column()]
        if role not in ANSWERED_ROLES:  # alignment, decoration, size hints… asked per cell: fast exit
            return None
        item = self._items[row]
        if role == ItemIdRole:
            return item.id
        if role == StarredRole:
            return item.id in self.starred
        if role == Qt.BackgroundRole and item.status == ItemStatus.LIVE:
            return QBrush(QColor("#fff3c4"))
        if role == Qt.ForegroundRole and item.status == ItemStatus.LIVE:
            return QBrush(QColor("#000000"))  # on the pale highlight, whatever the palette
        if role == Qt.ForegroundRole and item.over:
            return QApplication.palette().brush(QPalette.Disabled, QPalette.Text)  # dimmed, by the palette
        if role == Qt.FontRole and (item.status == ItemStatus.LIVE or item.id in self.news):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and index.column() == COL_TITLE:
            description = localized(item, current_language()).description
            news = self.news.get(item.id)  # the title's ● says something changed; this says what
            return tr("● {what}").format(what=news) + "\n" + description if news else description
        if role == Qt.ToolTipRole and index.column() == COL_STATUS:
            return self._display(item, COL_STATUS, "")  # whole, where the column elides it
        return None

    def _texts(self, item) -> tuple[str, ...]:
        zone = self._state.meeting.time_zone
        return tuple(self._display(item, column, zone) for column in range(6))

    def _display(self, item, column: int, zone: str):
        if column == COL_DAY:
            day = tr("Day {n}").format(n=number(self._state.meeting.days.index(item.day) + 1))
            return f"{day}{sep()}{short_date(item.day)}"
        if column == COL_MEETING_TIME:
            return isolate_ltr(f"{meeting_clock(item.start, zone)}–{meeting_clock(item.end, zone)}")
        if column == COL_YOUR_TIME:
            return isolate_ltr(user_clock(item.start, zone))
        if column == COL_TITLE:
            text = localized(item, current_language())
            marker = " ⟨" + text.fallback.upper() + "⟩" if text.fallback else ""  # shown in the original
            # An original in another script is isolated: elided, its "…" stays at its own end.
            title = isolate(text.title + marker) if text.fallback else text.title
            return ("★ " if item.id in self.starred else "") + ("● " if item.id in self.news else "") + title
        if column == COL_KIND:
            return kind_name(item.kind)
        status = status_name(item.status)
        if item.moved:
            status += sep() + tr("moved")
        if item.list_state == ListState.OPEN:
            status += sep() + tr("list open")
        elif item.list_state == ListState.CLOSED:
            status += sep() + tr("list closed")
        return status


def _times(item) -> tuple:
    return item.start, item.end
