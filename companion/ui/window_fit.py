"""The main window on the screen it opens on: never larger than the room available, size remembered."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from .preferences import WINDOW_GEOMETRY, bytes_value

#: What the window asks for on a first start, when the screen has room for it.
PREFERRED = QSize(1280, 800)


def fitted(wanted: QSize, available: QSize) -> QSize:
    """*wanted*, shrunk where it exceeds *available* (each side on its own)."""
    return QSize(min(wanted.width(), available.width()), min(wanted.height(), available.height()))


def within(frame: QRect, available: QRect) -> QRect:
    """*frame* moved, then shrunk, so that it lies inside *available*."""
    size = fitted(frame.size(), available.size())
    left = min(max(frame.left(), available.left()), available.right() - size.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - size.height() + 1)
    return QRect(left, top, size.width(), size.height())


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen not taken by panels and docks (logical pixels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, settings: QSettings) -> None:
    """Open at the remembered geometry, or the preferred size; in both cases inside the screen."""
    saved = bytes_value(settings, WINDOW_GEOMETRY)
    if saved is None or not window.restoreGeometry(saved):
        window.resize(PREFERRED)
    area = available_area(window)
    # The frame (title bar, borders) is not known before the window is shown: leave room for it.
    frame_extra = QSize(16, 40) if not window.isVisible() else window.frameSize() - window.size()
    room = QRect(area.topLeft(), area.size() - frame_extra)
    inside = within(QRect(window.pos(), window.size()), room)
    window.resize(inside.size())
    if saved is not None:
        window.move(inside.topLeft())


def remember(window: QWidget, settings: QSettings) -> None:
    """Keep the window's geometry for the next start."""
    settings.setValue(WINDOW_GEOMETRY, window.saveGeometry())
