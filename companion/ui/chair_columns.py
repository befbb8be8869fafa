"""The chair's list at 1366×768 in six languages: the short columns (place, kind, language, where,
text mark) as wide as their longest possible word, worked out once; Delegation takes the rest and
elides. Nothing is measured again when the list moves (300 rows at 100 changes a minute)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from companion.domain.presence import Presence
from companion.domain.vocabulary import Attendance, RequestKind

from .labels import LANGUAGE_NAMES, kind_name, number, status_name
from .presence_words import presence_text
from .queue_model import (
    COL_DELEGATION,
    COL_KIND,
    COL_LANGUAGE,
    COL_PLACE,
    COL_PRESENCE,
    COL_TEXT,
    COL_WHERE,
    TEXT_MARK,
)

#: Room either side of a cell's words (the style's cell margins, with a little air).
CELL_AIR = 14


def possible_words() -> dict[int, list[str]]:
    """Every text each short column can show, in the interface language."""
    return {
        COL_PLACE: [number(9999)],
        COL_KIND: [kind_name(k) for k in RequestKind],
        COL_LANGUAGE: list(LANGUAGE_NAMES.values()),
        COL_WHERE: [status_name(a) for a in Attendance],
        COL_TEXT: [TEXT_MARK],
        COL_PRESENCE: [presence_text(p, 999) for p in Presence],
    }


def fit_chair_columns(table: QTableView) -> None:
    """Fixed short columns that never elide; Delegation stretches and elides."""
    header = table.horizontalHeader()
    model = table.model()
    header_air = 2 * table.style().pixelMetric(QStyle.PM_HeaderMargin) + CELL_AIR
    bold = QFont(header.font())
    bold.setBold(True)  # styles draw the headings bold
    titles = QFontMetrics(bold)
    for column, words in possible_words().items():
        cells = max(table.fontMetrics().horizontalAdvance(w) for w in words) + CELL_AIR
        title = titles.horizontalAdvance(str(model.headerData(column, Qt.Horizontal))) + header_air
        header.setSectionResizeMode(column, QHeaderView.Fixed)
        header.resizeSection(column, max(cells, title))
    header.setSectionResizeMode(COL_DELEGATION, QHeaderView.Stretch)
    table.setTextElideMode(Qt.ElideRight)
    table.setWordWrap(False)
