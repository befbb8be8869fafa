"""Desktop notifications: the system tray's balloon where there is one, else freedesktop's notify-send."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon


class DesktopNotifier(QObject):
    """Tells the user something outside the window, so it is seen while they work in another program."""

    def __init__(self, icon: QIcon, parent=None) -> None:
        super().__init__(parent)
        self.sent: list[tuple[str, str]] = []
        """Every notification shown, oldest first (the app's own record; also what tests read)."""
        self._tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.show()
        self._notify_send = None if self._tray else shutil.which("notify-send")

    @property
    def channel(self) -> str:
        """How notifications reach the desktop: "tray", "notify-send" or "window only"."""
        if self._tray:
            return "tray"
        return "notify-send" if self._notify_send else "window only"

    def notify(self, title: str, text: str) -> None:
        """Show *text* as a desktop notification; never blocks and never raises."""
        self.sent.append((title, text))
        if self._tray:
            self._tray.showMessage(title, text, QSystemTrayIcon.Information, 15_000)
        elif self._notify_send:
            # Detached: a slow or missing notification daemon must not hold up the window.
            QProcess.startDetached(self._notify_send, ["--app-name=Meeting Companion", title, text])
