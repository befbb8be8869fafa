"""Choosing "your time" zone by typing a city or a country ("Nairobi", "Kenya"), not an IANA id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .accessibility import describe
from .labels import offset_text, tr

#: The IANA areas people live in (not Etc/GMT+3, SystemV, aliases without a city).
AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)


@dataclass(frozen=True)
class Zone:
    """A zone as people look for it: its city, its country, and its id."""

    iana: str
    city: str
    country: str
    native_country: str

    def label(self, now: datetime) -> str:
        """``Nairobi (Kenya) — UTC+03:00``."""
        offset = offset_text(now.astimezone(ZoneInfo(self.iana)))
        where = f"{self.city} ({self.country})" if self.country else self.city
        return f"{where} — {offset}"

    def matches(self, words: str) -> bool:
        """True when every word typed is in the city, the country (English or native) or the id."""
        haystack = " ".join((self.city, self.country, self.native_country, self.iana)).casefold()
        return all(word in haystack for word in words.casefold().split())


def known_zones() -> list[Zone]:
    """Every zone people live in, by city."""
    zones = []
    for name in sorted(available_timezones()):
        if name.split("/")[0] not in AREAS:
            continue
        territory = QTimeZone(name.encode()).territory()
        known = territory not in (QLocale.Country.AnyCountry, QLocale.Country.World)
        country = QLocale.territoryToString(territory) if known else ""
        native = QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() if known else ""
        zones.append(Zone(name, name.rsplit("/", 1)[-1].replace("_", " "), country, native))
    return zones


class ZoneChooser(QDialog):
    """A search box over the zones; Enter or a double click chooses."""

    def __init__(self, parent: QWidget | None, current: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your time zone"))
        self.zones = known_zones()
        self.search = QLineEdit(placeholderText=tr("Type a city or a country, e.g. Nairobi"))
        describe(self.search, tr("Search time zones"), tr("A city or a country, in any of its names."))
        self.list = QListWidget()
        describe(self.list, tr("Time zones"), tr("The zones matching what you typed."))
        self.search.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Show “your time” in:")))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._now = datetime.now(UTC)
        self._filter("")
        self._select(current or "")

    def _filter(self, text: str) -> None:
        chosen = self.chosen()
        self.list.clear()
        system = QListWidgetItem(tr("The system's time zone"))
        system.setData(Qt.UserRole, "")
        if not text.strip():
            self.list.addItem(system)
        for zone in self.zones:
            if zone.matches(text):
                entry = QListWidgetItem(zone.label(self._now))
                entry.setData(Qt.UserRole, zone.iana)
                self.list.addItem(entry)
        if not self._select(chosen or "") and self.list.count():
            self.list.setCurrentRow(0)

    def _select(self, iana: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == iana:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> str | None:
        """The selected zone's IANA id, "" for the system's, None when nothing matches."""
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.UserRole)


def choose_zone(parent: QWidget, current: str | None) -> str | None:
    """Ask for a zone: its IANA id, "" for the system's, None when the user cancels."""
    dialog = ZoneChooser(parent, current)
    return dialog.chosen() if dialog.exec() == QDialog.Accepted else None
