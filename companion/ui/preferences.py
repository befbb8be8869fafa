"""Every setting the app keeps, declared once with its key and default, and the one QSettings factory.

Per-person keys take the participant's id, so two personas in one profile keep their own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION, APPLICATION = "meeting-companion", "app"

#: The interface language ("ar", "en"…); empty: the system's.
LANGUAGE = "language"
#: The server last signed in to (offered by the sign-in form).
LAST_SERVER = "sign_in/server"
#: The IANA zone of "your time"; empty: the system's.
TIME_ZONE = "time_zone"
#: The main window's geometry (QMainWindow.saveGeometry), restored within the screen.
WINDOW_GEOMETRY = "window/geometry"
#: The workspace's splitter between the agenda and the role's panel, per role.
SPLITTER = "workspace/splitter/{role}"


def starred_key(participant_id: str) -> str:
    """The items a person starred ("my agenda")."""
    return f"starred/{participant_id}"


def reminded_key(participant_id: str) -> str:
    """The reminders already given to a person (each once)."""
    return f"reminded/{participant_id}"


def speak_language_key(participant_id: str) -> str:
    """The language a delegate last said they would speak in."""
    return f"speak_language/{participant_id}"


def open_settings() -> QSettings:
    """The app's settings store (the one place its name is spelled)."""
    return QSettings(ORGANISATION, APPLICATION)


def text_value(settings: QSettings, key: str, default: str = "") -> str:
    """A string setting, whatever type the backend stored it as."""
    value = settings.value(key)
    return str(value) if value not in (None, "") else default


def list_value(settings: QSettings, key: str) -> list[str]:
    """A list-of-strings setting (empty when unset)."""
    return [str(v) for v in (settings.value(key, [], list) or [])]


def bytes_value(settings: QSettings, key: str) -> QByteArray | None:
    """A binary setting (window geometry, splitter state), or None when unset."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
