"""Where the interface's translations live and how they are compiled: shared by the runtime switch
(which compiles on first start if the build step was skipped) and the developer's tools."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from companion.domain.vocabulary import LANGUAGES
from companion.paths import RESOURCES

SOURCES = RESOURCES / "translations"
CONTEXT = "labels"


def ts_path(language: str) -> Path:
    return SOURCES / f"companion_{language}.ts"


def lrelease() -> str:
    """The Qt translation compiler: the one PySide6 ships, else one on ``PATH``.

    PySide6's own copy sits in its package folder, found from the running interpreter's PySide6: a
    virtual environment used without activating it (``.venv/bin/python -m …``) has its ``bin/``
    off ``PATH``, so ``pyside6-lrelease`` is not found there.
    """
    import PySide6

    shipped = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if shipped.is_file():
        return str(shipped)
    tool = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not installed (it comes with PySide6)")
    return tool


def build(out: Path = SOURCES) -> list[Path]:
    """Compile every .ts into a .qm in *out*; RuntimeError if the compiler fails."""
    import subprocess  # only when a .qm must be made: not on an ordinary start

    out.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = out / f"companion_{language}.qm"
        try:
            subprocess.run([lrelease(), "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        except subprocess.CalledProcessError as failed:
            raise RuntimeError(f"lrelease could not compile {ts_path(language).name}") from failed
        built.append(target)
    return built
