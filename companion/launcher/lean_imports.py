"""Libraries the app's process is kept from loading because it never uses what they are for.

``requests`` imports a character-set guesser (``charset_normalizer``: ~4 MB resident, ~15 ms)
when it is imported, for one purpose: ``Response.text`` / ``apparent_encoding`` of an answer
that names no charset. The app never asks for either: it reads answers with ``.json()`` (requests
tells UTF-8/16/32 apart itself) and the event stream as bytes. A ``None`` in ``sys.modules``
makes the import fail as if the package were not installed, and requests falls back to UTF-8;
the bundle leaves the package out altogether (``companion/packaging/build.py``).
Only the app's own process does this (the launcher), never a library user such as the tests.
"""

from __future__ import annotations

import sys
import warnings

#: Never imported in the app's process (see above).
KEPT_OUT = ("charset_normalizer", "chardet")


def keep_out() -> None:
    """Make the modules of ``KEPT_OUT`` unimportable here, unless something already loaded them."""
    for name in KEPT_OUT:
        sys.modules.setdefault(name, None)
    # requests says once that it has no guesser; the app knows, and has no use for one.
    warnings.filterwarnings("ignore", message="Unable to find acceptable character detection",
                            module="requests")
