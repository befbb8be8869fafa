"""What assistive technology hears: names and descriptions of controls, and announcements."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget


def describe(widget: QWidget, name: str, description: str) -> QWidget:
    """Give *widget* its accessible name and description; the description is its tooltip too."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if not widget.toolTip():
        widget.setToolTip(description)
    return widget


def announce(widget: QWidget) -> None:
    """Tell screen readers that *widget* (a label whose text just changed) is an alert to read now."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Alert))


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> None:
    """A font *factor* times the user's own size (so the system's font size setting is honoured)."""
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def readable_colour(widget: QWidget, on_light: str, on_dark: str) -> str:
    """The colour for text on *widget*'s window: *on_dark* in dark and high-contrast themes."""
    return on_dark if widget.palette().window().color().lightness() < 128 else on_light
