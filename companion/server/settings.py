"""Server settings, declared once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs


def default_db_url() -> str:
    path = Path(platformdirs.user_data_dir("meeting-companion", appauthor=False)) / "server.db"
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    db_url: str
    demo: bool = False
    #: Seconds between keep-alive comments on every event stream.
    keepalive_seconds: float = 15.0
    #: Largest request body accepted (a statement text is the biggest thing sent).
    max_body_bytes: int = 512 * 1024
    #: Wrong codes one address may try per minute before it must wait.
    signin_attempts: int = 5
