"""Every call the event loop makes into storage, bounded in time.

A database that stalls (PostgreSQL stopped or frozen, a SQLite file system frozen, a lock held by
another process) used to hold a request for as long as the driver waited: 30 s for PostgreSQL's
pool, for ever for a frozen disk. Each call here runs in the storage threads and is given up after
``STORAGE_WAIT_S``: the request is answered 503 ``storage_unavailable`` with ``Retry-After`` (the
app resends, with the same Idempotency-Key), well within the 2 s the balancer and the apps wait.

A call given up may still finish in its thread once the database answers. For a read that changes
nothing. For a commit it means the events may be stored although the senders were told 503: the
room's next commit then finds its seq taken, catches up, and a sender resending its key gets the
stored answer (room.py) — nothing acknowledged is lost, nothing is recorded twice.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from .storage import StorageUnavailable

#: How long a request waits for the database before it is answered 503.
STORAGE_WAIT_S = 1.5
#: How long a catch-up may read (another writer's events: possibly many, off the request path).
CATCH_UP_WAIT_S = 30.0

T = TypeVar("T")

#: Storage calls have threads of their own: calls stuck in a frozen database must not take the
#: threads the rest of the server works in (code hashing, schedule parsing).
_threads = ThreadPoolExecutor(max_workers=16, thread_name_prefix="storage")


async def bounded(call: Callable[..., T], *args: Any, timeout: float = STORAGE_WAIT_S) -> T:
    """``call(*args)`` in a storage thread; StorageUnavailable if it has not answered in *timeout*."""
    future = asyncio.get_running_loop().run_in_executor(_threads, call, *args)
    try:
        return await asyncio.wait_for(future, timeout)
    except TimeoutError:
        raise StorageUnavailable(f"the database did not answer within {timeout:g} s") from None
