"""The agenda: a timeline table per day with search and starring, and the selected item's details."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain import MeetingState
from companion.domain.content_language import localized

from .accessibility import describe
from .agenda_model import COL_KIND, COL_STATUS, COL_TITLE, COL_YOUR_TIME, AgendaModel, ItemIdRole, StarredRole
from .labels import LANGUAGE_NAMES, both_clocks, isolate, kind_name, listing, sep, status_name, tr
from .table_columns import CappedColumn
from .translations import current_language


class AgendaFilter(QSortFilterProxyModel):
    """Search across all columns; optionally only starred items ("my agenda")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_starred = False
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def filterAcceptsRow(self, row, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.only_starred and not self.sourceModel().data(index, StarredRole):
            return False
        return super().filterAcceptsRow(row, parent)


class AgendaPanel(QWidget):
    sig_item_selected = Signal(str)
    """The user selected an agenda item (its id)."""
    sig_starred_changed = Signal(object)
    """The set of starred item ids changed."""

    def __init__(self, starred: set[str], parent=None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.model.starred = set(starred)
        self.proxy = AgendaFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(placeholderText=tr("Search the agenda…"))
        describe(
            self.search,
            tr("Search the agenda"),
            tr("Shows only the items whose text contains what you type."),
        )
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.mine = QCheckBox(tr("My agenda only"))
        describe(self.mine, tr("My agenda only"), tr("Shows only the items you starred."))
        self.mine.toggled.connect(self._only_starred)
        self.star = QPushButton(tr("★ Star"))
        describe(
            self.star,
            tr("Star or unstar the selected item"),
            tr("Starred items make up “my agenda”; you are reminded before they start."),
        )
        self.star.clicked.connect(self._toggle_star)
        self.seen_all = QPushButton(tr("All seen"))
        describe(
            self.seen_all,
            self.seen_all.text(),
            tr("Clears the ● marks of what changed since you last looked."),
        )
        self.seen_all.hide()  # shown while something is marked
        self.table = QTableView()
        describe(
            self.table,
            tr("Agenda"),
            tr("The two days, one item per row; arrow keys move, the details follow."),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # not every row of a long agenda
        self.table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        self.table.setColumnHidden(COL_KIND, True)  # in the details below: the title needs the room
        self._status_width = CappedColumn(self.table, COL_STATUS, 0.25)  # the status elides, not the title
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.details = QLabel(wordWrap=True, textFormat=Qt.RichText)
        self.details.setAlignment(Qt.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setAccessibleName(tr("Item details"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.mine)
        bar.addWidget(self.star)
        bar.addWidget(self.seen_all)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 1)
        self._state: MeetingState | None = None
        self.current_item: str | None = None

    def set_state(self, state: MeetingState) -> None:
        first = self._state is None
        self._state = state
        self.model.set_state(state)
        # At the venue (or on its clock), "your time" would repeat the meeting's: the title gets the room.
        self.table.setColumnHidden(COL_YOUR_TIME, not self.model.user_time_differs)
        if first:
            live = state.live_item()
            self.select(live.id if live else next(iter(state.items), None))
        self._show_details()

    def show_news(self, news: dict[str, str]) -> None:
        """Mark the items that changed since the user last looked (``agenda_news``)."""
        self.model.set_news(news)
        self.seen_all.setVisible(bool(news))
        self._show_details()

    def select(self, item_id: str | None) -> None:
        row = self.model.row_of(item_id) if item_id else -1
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _selected(self, current, _previous) -> None:
        self.current_item = current.data(ItemIdRole) if current.isValid() else None
        self._show_details()
        if self.current_item:
            self.sig_item_selected.emit(self.current_item)

    def _show_details(self) -> None:
        item = self._state.items.get(self.current_item) if self._state and self.current_item else None
        if item is None:
            self.details.setText("")
            return
        zone = self._state.meeting.time_zone
        people = "".join(
            f"<br>• {isolate(p.name)}{' — ' + isolate(p.affiliation) if p.affiliation else ''}"
            for p in (*item.moderators, *item.speakers)
        )
        formats = listing(
            {"room": tr("in the room"), "zoom": "Zoom", "webcast": tr("webcast")}.get(f, f)
            for f in item.formats
        )
        languages = listing(
            LANGUAGE_NAMES.get(code, code) for code in item.languages or self._state.meeting.languages
        )
        text = localized(item, current_language())
        fallback = (
            "<p><i>"
            + tr("Not available in your language: shown in the original ({language}).").format(
                language=LANGUAGE_NAMES.get(text.fallback, text.fallback)
            )
            + "</i></p>"
            if text.fallback
            else ""
        )
        self.details.setText(
            f"<h3>{text.title}</h3>{fallback}<p>{kind_name(item.kind)}{sep()}{status_name(item.status)}{sep()}"
            f"{both_clocks(item.start, zone)}</p><p>{text.description}</p>"
            f"<p>{isolate(item.room)}{sep()}{formats}</p>"
            f"<p>{tr('Interpretation')}: {languages}</p>{people}"
        )

    def _toggle_star(self) -> None:
        if self.current_item:
            self.model.toggle_star(self.current_item)
            self.proxy.invalidate()  # "my agenda only" may now hide or show the row
            self.sig_starred_changed.emit(set(self.model.starred))

    def _only_starred(self, on: bool) -> None:
        self.proxy.only_starred = on
        self.proxy.invalidate()
