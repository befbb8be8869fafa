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
    #: Wrong codes one address may try per minute and meeting before each of its attempts is
    #: slowed (signin_gate.py; never locked out: a right code still signs in).
    signin_attempts: int = 30
    #: Live sign-ins (tokens) per participant: a new one past it ends the least recently used.
    sessions_per_participant: int = 10
    #: Command rate limits per participant (domain/rates.py); off only for load tests.
    rate_limits: bool = True
    #: Proxies (addresses or CIDRs, comma-separated) whose X-Forwarded-For/-Proto are believed;
    #: empty: none, every client is the address it connects from.
    forwarded_allow_ips: str = ""
    #: Open event streams per token (the 6th closes the oldest) and per address; 0 = no cap.
    streams_per_token: int = 5
    streams_per_address: int = 1000
    #: Public-page streams (room display, webcast, list of speakers) per address and per meeting;
    #: 0 = no cap. A room's screens and a venue's Wi-Fi share an address.
    public_streams_per_address: int = 50
    public_streams: int = 10_000
    #: Seconds a token lives after its last use; 0 = forever (tests only).
    session_ttl: float = 24 * 3600.0
    #: Where the pepper for personal codes lives (outside the database); None: the default file.
    secret_file: str | None = None
    #: TLS: serve HTTPS with this certificate chain and key (PEM).
    certfile: str | None = None
    keyfile: str | None = None
    #: Where the logs' heads are recorded (log_heads.py); None: beside a SQLite file, else the data dir.
    heads_file: str | None = None
    #: Connections (connection_guard.py): open per client address (0 = no cap; the proxies named in
    #: forwarded_allow_ips are exempt), open in total (0 = from the open-file limit), and how long
    #: a request's headers and body may take to arrive, and how large its headers may be.
    connections_per_address: int = 4000
    max_connections: int = 0
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_header_bytes: int = 32 * 1024
    #: A room's state is checkpointed (off the commit path) once it moved on by this many events.
    checkpoint_every: int = 1000
