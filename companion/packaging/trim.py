"""Take out of the Linux bundle what a desktop widgets app never loads.

PyInstaller's PySide6 hook collects every platform-theme plugin; the GTK one alone drags in GTK,
GDK, Cairo, Pango and friends (~20 MB). They go, with every library only they needed — judged by
the libraries' own DT_NEEDED entries, so nothing another part still links to is removed.
Qt's ICU data (31 MB) is rebuilt with the six interface languages only (``icu_data``, ~4.5 MB).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import time
from pathlib import Path

from companion.domain.vocabulary import LANGUAGES

from .icu_data import shrink

#: Qt plugins to drop: the GTK theme (the Fusion style and the portal theme remain) and plugin
#: families the app never uses.
UNUSED_PLUGINS = (
    "platformthemes/libqgtk3.so",
    # Embedded-device platforms (framebuffer, EGL full-screen, VNC, Vulkan display) and touch input:
    # a laptop runs xcb or wayland (offscreen stays, for tests and headless runs).
    "platforms/libqlinuxfb.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "platforms/libqeglfs.so",
    "platforms/libqminimalegl.so",
    "egldeviceintegrations",
    "generic",
    # Image formats the app never reads (its icon is a PNG, built into Qt).
    "imageformats/libqjpeg.so",
    "imageformats/libqwebp.so",
    "imageformats/libqtiff.so",
    "imageformats/libqsvg.so",
    "imageformats/libqgif.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqtga.so",
    "imageformats/libqicns.so",
    "iconengines",
    "qmltooling",
    "sqldrivers",
    "multimedia",
    "position",
    "sensors",
    "webview",
    "3dinput",
)
#: Qt's own catalogues kept: the six languages of the interface (dialog buttons and the like).
QT_CATALOGUES = {f"{prefix}_{'zh_CN' if lang == 'zh' else lang}.qm" for lang in LANGUAGES
                 for prefix in ("qt", "qtbase")}


def trim(folder: Path) -> None:
    """Remove unused plugins, their orphaned libraries, ICU data and Qt catalogues the app cannot
    use; fix .qm times."""
    removed: list[Path] = []
    for plugins in folder.rglob("Qt/plugins"):
        for name in UNUSED_PLUGINS:
            target = plugins / name
            if target.is_dir():
                shutil.rmtree(target)
                removed.append(target)
            elif target.exists():
                target.unlink()
                removed.append(target)
    if removed and platform.system() == "Linux" and shutil.which("readelf"):
        for orphan in orphaned_libraries(folder):
            orphan.unlink()
    if platform.system() == "Linux" and all(shutil.which(tool) for tool in ("readelf", "as", "ld")):
        for library in folder.rglob("Qt/lib/libicudata.so.*"):  # Qt's own ICU (Linux wheels only)
            shrink(library)
    for catalogue in folder.rglob("Qt/translations/*.qm"):
        if catalogue.name not in QT_CATALOGUES:
            catalogue.unlink()
    now = time.time()
    for qm in folder.rglob("companion_*.qm"):  # newer than its .ts: used as built, never rebuilt
        os.utime(qm, (now, now))


def orphaned_libraries(folder: Path) -> list[Path]:
    """Shared libraries ("lib*.so*") that no remaining program, extension or plugin needs."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    libraries = {p.name: p for p in files if p.name.startswith("lib") and ".so" in p.name}
    roots = [p for p in files if p.name not in libraries or "plugins" in p.parts or "python3" in p.name]
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name not in needed:
                needed.add(name)
                if name in libraries:
                    todo.append(libraries[name])
    keep_anyway = {p.name for p in roots}
    return [p for name, p in libraries.items() if name not in needed and name not in keep_anyway
            and not name.startswith(("libpython", "libpyside", "libshiboken"))]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", "--wide", str(path)], capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]
