"""The sync client: keeps a local copy of a meeting in step with the server. No widgets here."""

from .connection import Backoff, Connection, Status
from .errors import ClientError, Refused, ServerTrouble, SignedOut, Unreachable
from .sync import MeetingSync, SyncListener

__all__ = [
    "Backoff",
    "ClientError",
    "Connection",
    "MeetingSync",
    "Refused",
    "ServerTrouble",
    "SignedOut",
    "Status",
    "SyncListener",
    "Unreachable",
]
