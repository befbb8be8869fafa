"""Advisory file locks that the operating system releases when the holder dies.

POSIX (Linux, macOS): ``flock``. Windows has no shared ``flock``: a shared hold is one locked byte
at a random offset of a large range, and the exclusive probe tries to lock the whole range
(untested: no Windows machine here).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    import msvcrt

#: Size of the byte range that stands in for a shared lock on Windows.
_SPAN = 1 << 20


class FileLock:
    """One lock file, held shared or exclusive until ``release`` or the process ends."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._offset: tuple[int, int] | None = None

    def try_exclusive(self) -> bool:
        """Take the lock alone, now or never."""
        return self._try(exclusive=True)

    def exclusive(self, timeout: float) -> bool:
        """Take the lock alone, waiting up to *timeout* seconds for the holders to let go."""
        deadline = time.monotonic() + timeout
        while not self._try(exclusive=True):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def shared(self) -> None:
        """Hold the lock alongside others (waits while someone holds it alone)."""
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            return
        while not self._windows_lock(random.randrange(1, _SPAN), 1):
            time.sleep(0.05)

    def release(self) -> None:
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        elif self._offset is not None:
            os.lseek(self._fd, self._offset[0], os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_UNLCK, self._offset[1])
            self._offset = None

    def close(self) -> None:
        os.close(self._fd)

    def _try(self, exclusive: bool) -> bool:
        if fcntl is not None:
            try:
                fcntl.flock(self._fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            except OSError:
                return False
            return True
        return self._windows_lock(0, _SPAN)

    def _windows_lock(self, offset: int, length: int) -> bool:
        os.lseek(self._fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(self._fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return False
        self._offset = (offset, length)
        return True
