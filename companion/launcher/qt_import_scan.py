"""Make PySide6's per-import source scan cheap: read the file, do not keep it.

PySide6's ``__feature__`` import hook asks, for every module imported after PySide6, whether its
source mentions "PySide6" — through ``inspect.getsource``, which leaves the whole text in
``linecache`` for the life of the process (about 9 MB for this app's imports) and costs start
time. This replaces that check with the same test on the file's bytes, kept nowhere. A frozen
bundle has no sources, so there the hook was already cheap. If PySide6 changes its internals,
nothing is replaced and the app works as before.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _uses_pyside(module) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False


def install() -> bool:
    """Load PySide6 and swap in the cheap check; returns whether PySide6 had the hook to swap."""
    import PySide6.QtCore  # noqa: F401 (loads shiboken's support modules, the hook among them)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
