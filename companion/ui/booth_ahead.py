"""The booth's view ahead of time: which item's speakers to list and how many, and which texts
arrived or changed since the booth last read them (the rules are domain/booth_preparation.py's)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from companion.domain import MeetingState
from companion.domain.booth_preparation import TextNews, items_ahead, text_news, texts_of

from .accessibility import describe
from .labels import item_title, number, tr
from .preferences import text_value

#: The lengths a booth may choose for its list (None: the whole list).
COUNTS: tuple[int | None, ...] = (3, 5, 10, 20, None)
#: Where the booth's choice of length is kept ("all" for the whole list).
COUNT_KEY = "booth/next_speakers"


class AheadChooser(QWidget):
    """"Speakers of: [the live item ▾]  Show: [3 ▾]"."""

    sig_changed = Signal()
    """The booth chose another item or another length."""

    def __init__(self, parent=None, settings=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.items = QComboBox()
        describe(self.items, tr("Speakers of"), tr("The live item, or another item whose list is open."))
        self.count = QComboBox()
        describe(self.count, tr("How many speakers"), tr("How many of the next speakers the board lists."))
        for count in COUNTS:
            self.count.addItem(number(count) if count else tr("all"), count)
        self.items.activated.connect(lambda *_: self.sig_changed.emit())
        self.count.setCurrentIndex(self._saved_count())
        self.count.activated.connect(lambda *_: self._count_chosen())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Speakers of:")))
        row.addWidget(self.items, 1)
        row.addWidget(QLabel(tr("Show:")))
        row.addWidget(self.count)
        self._ids: list[str | None] = []

    def _saved_count(self) -> int:
        saved = text_value(self.settings, COUNT_KEY) if self.settings is not None else ""
        wanted = None if saved == "all" else int(saved) if saved.isdigit() else COUNTS[0]
        return COUNTS.index(wanted) if wanted in COUNTS else 0

    def _count_chosen(self) -> None:
        if self.settings is not None:  # the booth's choice holds for its next sessions too
            count = self.count.currentData()
            self.settings.setValue(COUNT_KEY, "all" if count is None else str(count))
        self.sig_changed.emit()

    def set_items(self, state: MeetingState) -> None:
        """Offer the live item (first, followed by default) and the items with a list open."""
        ahead = [i for i in items_ahead(state) if i.status != "live"]
        ids = [None, *(i.id for i in ahead)]
        if ids == self._ids:
            return
        chosen = self.items.currentData()
        self.items.clear()
        self.items.addItem(tr("the live item"), None)
        for item in ahead:
            self.items.addItem(item_title(item), item.id)
        self._ids = ids
        self.items.setCurrentIndex(max(0, self.items.findData(chosen)) if chosen else 0)

    def item_id(self, state: MeetingState) -> str | None:
        """The item chosen, or the live one."""
        chosen = self.items.currentData()
        live = state.live_item()
        return chosen if chosen in state.items else (live.id if live else None)

    def chosen_count(self) -> int | None:
        return self.count.currentData()

    def choose(self, item_id: str | None = None, count: int | None | str = "keep") -> None:
        """Choose an item (None: the live one) and, if given, a length — as the booth would."""
        self.items.setCurrentIndex(max(0, self.items.findData(item_id)) if item_id else 0)
        if count != "keep":
            self.count.setCurrentIndex(COUNTS.index(count))
            self._count_chosen()
            return
        self.sig_changed.emit()


class TextMarks:
    """Texts the booth has not read since they arrived or changed. The texts there at the start are
    marked unread without an alert; later ones come with one (``update`` returns them)."""

    def __init__(self) -> None:
        self._seen: dict[str, str] | None = None
        self.marks: dict[str, TextNews] = {}

    def update(self, state: MeetingState) -> dict[str, TextNews]:
        """Take in *state*; returns the texts that arrived or changed since the last state."""
        texts = texts_of(state)
        news = text_news(self._seen or {}, texts)
        self.marks = {rid: mark for rid, mark in {**self.marks, **news}.items() if rid in texts}
        first = self._seen is None
        self._seen = texts
        return {} if first else news

    def read(self, request_id: str | None) -> bool:
        """The booth read this text: its mark goes; True when there was one."""
        return self.marks.pop(request_id, None) is not None
