"""Personal codes and bearer tokens: generated at random, stored only as hashes.

Codes are 16 characters of a 31-letter alphabet (79 bits) hashed with PBKDF2-SHA256 at 1,000
rounds (~0.4 ms), so 5,000 newcomers are hashed in about a second; codes of 12 characters or fewer
(issued before, and the demo's) keep 50,000 rounds, so they still sign in and are no easier to
guess. Against a stolen database *and* the server's secret, the four extra characters cost a
guesser 31^4 = 923,521 times more than the 49 times cheaper hash saves: docs/deploy.md
("What a stolen database gives") has the arithmetic.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

#: Readable code alphabet: no 0/O or 1/I/L to misread from a printed badge.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: Characters of a new code: 4 groups of 4, ``K7QM-2XHP-9TRD-M4KW``.
CODE_LENGTH = 16
#: PBKDF2 rounds for a code of CODE_LENGTH characters (~0.4 ms on the 2-core development machine).
CODE_ROUNDS = 1_000
#: PBKDF2 rounds for a code of 12 characters or fewer (older codes, the demo's): ~20 ms, as before.
SHORT_CODE_ROUNDS = 50_000
#: Codes hashed per batch handed to the progress callback.
PROGRESS_STEP = 100


def new_code(length: int = CODE_LENGTH) -> str:
    """A personal code like ``K7QM-2XHP-9TRD-M4KW`` (16 characters: about 79 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return "-".join(raw[i : i + 4] for i in range(0, length, 4))


def code_rounds(normalized: str) -> int:
    """The PBKDF2 rounds of a code: the long new codes are cheap to hash, the short old ones are not."""
    return CODE_ROUNDS if len(normalized) >= CODE_LENGTH else SHORT_CODE_ROUNDS


def normalize_code(code: str) -> str:
    """Codes are typed by people: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_code(pepper: bytes, meeting_id: str, code: str) -> str:
    """A code is looked up without knowing whose it is, so one salt per meeting (with a server pepper)."""
    salt = pepper + meeting_id.encode()
    normalized = normalize_code(code)
    return hashlib.pbkdf2_hmac("sha256", normalized.encode(), salt, code_rounds(normalized)).hex()


def hash_codes(
    pepper: bytes,
    meeting_id: str,
    codes: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """``hash_code`` of each code, in order, on every core (hashlib's PBKDF2 releases the GIL);
    *progress(done, total)* is called after each PROGRESS_STEP codes, from this thread."""
    total = len(codes)
    hashes: list[str] = []
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        for start in range(0, total, PROGRESS_STEP):
            batch = codes[start : start + PROGRESS_STEP]
            hashes += pool.map(lambda code: hash_code(pepper, meeting_id, code), batch)
            if progress is not None:
                progress(len(hashes), total)
    return hashes


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """Tokens carry 256 random bits; a plain SHA-256 is enough to keep them out of the database."""
    return hashlib.sha256(token.encode()).hexdigest()


class SignInThrottle:
    """Slows down guessing: after ``allowed`` wrong codes in ``window`` seconds from one address
    to one meeting, that address waits. Other addresses are unaffected; a right code resets nothing
    (else one valid code would reset a guesser's count). Memory is bounded: old failures are pruned
    and at most ``max_keys`` addresses are remembered (the oldest forgotten first).
    """

    def __init__(
        self,
        allowed: int = 30,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ):
        self.allowed, self.window, self._clock, self.max_keys = allowed, window, clock, max_keys
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._next_prune = 0.0

    def wait_seconds(self, meeting_id: str, address: str) -> float:
        """Seconds this address must wait before trying this meeting again (0 when it may try now)."""
        recent = self._recent((meeting_id, address), create=False)
        if len(recent) < self.allowed:
            return 0.0
        return max(0.0, recent[0] + self.window - self._clock())

    def failed(self, meeting_id: str, address: str) -> None:
        self._prune()
        self._recent((meeting_id, address), create=True).append(self._clock())

    def __len__(self) -> int:
        return len(self._failures)

    def _recent(self, key: tuple[str, str], create: bool) -> deque[float]:
        recent = self._failures.get(key)
        if recent is None:
            recent = deque(maxlen=self.allowed)
            if create:
                self._failures[key] = recent
        while recent and recent[0] + self.window < self._clock():
            recent.popleft()
        return recent

    def _prune(self) -> None:
        """Drop addresses with no recent failure (once a window), then the oldest beyond max_keys."""
        now = self._clock()
        if now >= self._next_prune:
            self._next_prune = now + self.window
            for key in [k for k, d in self._failures.items() if not d or d[-1] + self.window < now]:
                del self._failures[key]
        while len(self._failures) >= self.max_keys:
            del self._failures[next(iter(self._failures))]
