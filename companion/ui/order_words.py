"""Categories of points of order: their words (the usual ones translated, a meeting's own as it
names them), and the chair's box to file the selected point of order under one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from companion.domain import MeetingState
from companion.domain import command_builders as build
from companion.domain.entities import FloorRequest
from companion.domain.order_categories import categories_of
from companion.domain.vocabulary import RequestKind

from .accessibility import describe
from .labels import tr


def category_name(code: str) -> str:
    """A category by its code, in the interface language (a meeting's own category as written)."""
    names = {
        "procedure": tr("Procedure"),
        "interpretation": tr("Interpretation"),
        "sound": tr("Sound or connection"),
        "time": tr("Speaking time"),
        "conduct": tr("Conduct of the debate"),
    }
    return names.get(code, code)


class CategoryBox(QComboBox):
    """Shown for a selected point of order: its category, or "Category…" until the chair files it."""

    sig_command = Signal(dict)
    """A floor.categorise to send."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._request_id: str | None = None
        describe(self, tr("Category"), tr("What the selected point of order is about."))
        self.activated.connect(self._chosen)
        self.hide()

    def show_request(self, state: MeetingState | None, request: FloorRequest | None) -> None:
        point = state is not None and request is not None and request.kind == RequestKind.POINT_OF_ORDER
        self.setVisible(point)
        self._request_id = request.id if point else None
        if not point:
            return
        self.clear()
        self.addItem(tr("Category…"), None)
        for code in categories_of(state.meeting):
            self.addItem(category_name(code), code)
        self.setCurrentIndex(max(0, self.findData(request.category)))

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code and self._request_id:
            self.sig_command.emit(build.floor_categorise(self._request_id, code))
