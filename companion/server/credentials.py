"""Personal codes and bearer tokens: generated at random, stored only as hashes."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import deque
from collections.abc import Callable

#: Readable code alphabet: no 0/O or 1/I/L to misread from a printed badge.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: PBKDF2 rounds for codes: slow enough to resist guessing from a stolen database (~20 ms here).
CODE_ROUNDS = 50_000


def new_code(length: int = 12) -> str:
    """A personal code like ``K7QM-2XHP-9TRD`` (about 59 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return "-".join(raw[i : i + 4] for i in range(0, length, 4))


def normalize_code(code: str) -> str:
    """Codes are typed by people: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(pepper: bytes, meeting_id: str, code: str) -> str:
    """A code is looked up without knowing whose it is, so one salt per meeting (with a server pepper)."""
    salt = pepper + meeting_id.encode()
    return hashlib.pbkdf2_hmac("sha256", normalize_code(code).encode(), salt, CODE_ROUNDS).hex()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """Tokens carry 256 random bits; a plain SHA-256 is enough to keep them out of the database."""
    return hashlib.sha256(token.encode()).hexdigest()


class SignInThrottle:
    """Slows down guessing: after a few wrong codes from one address, it must wait."""

    def __init__(self, allowed: int = 5, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.allowed, self.window, self._clock = allowed, window, clock
        self._failures: dict[str, deque[float]] = {}

    def wait_seconds(self, address: str) -> float:
        """Seconds this address must wait before trying again (0 when it may try now)."""
        recent = self._recent(address)
        if len(recent) < self.allowed:
            return 0.0
        return max(0.0, recent[0] + self.window - self._clock())

    def failed(self, address: str) -> None:
        self._recent(address).append(self._clock())

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)

    def _recent(self, address: str) -> deque[float]:
        recent = self._failures.setdefault(address, deque(maxlen=self.allowed))
        while recent and recent[0] + self.window < self._clock():
            recent.popleft()
        return recent
