"""Build the one-dir bundle with PyInstaller: only the Qt modules the app uses, resources included."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

from companion.paths import MEETINGS

from .spec import write_spec
from .trim import trim

ROOT = Path(__file__).resolve().parents[2]
NAME = "meeting-companion"
RESOURCES = ROOT / "resources"
ICON_PNG = RESOURCES / "icons" / "meeting-companion.png"
DESKTOP_FILE = RESOURCES / "packaging" / "meeting-companion.desktop"
#: Qt modules a delegate's app never loads (it uses QtCore, QtGui, QtWidgets).
UNUSED_QT_MODULES = (
    "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DExtras", "Qt3DAnimation", "QtMultimedia",
    "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech", "QtCharts", "QtDataVisualization",
    "QtGraphs", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtLocation", "QtBluetooth", "QtNfc",
    "QtSensors", "QtSerialPort", "QtSerialBus", "QtSql", "QtTest", "QtDesigner", "QtUiTools", "QtHelp",
    "QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtDBus", "QtConcurrent",
    "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtHttpServer", "QtNetworkAuth", "QtXml",
)
#: What the bundle may not carry: those Qt modules, test and build tools, other GUI toolkits.
EXCLUDED = [
    *(f"PySide6.{m}" for m in UNUSED_QT_MODULES),
    "tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "PyInstaller",
    "IPython",
    "numpy",
    "PIL",
    "companion.packaging",
    # uvicorn[standard] extras the embedded server (loopback, a handful of apps) does without:
    "uvloop",
    "watchfiles",
    "yaml",
    "websockets",
    "wsproto",
    "dotenv",
    # Tools other packages offer but the app never imports at run time (PyInstaller finds them
    # through optional imports): pretty-printing, templates, packaging, docs, another event loop.
    "pygments",
    "rich",
    "markdown_it",
    "mdurl",
    "typer",
    "jinja2",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pydoc_data",
    "trio",
    "pyparsing",
    # PostgreSQL: the embedded server stores its meeting in SQLite (~10 MB of libpq and OpenSSL).
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    # requests' character-set guessers: the app never asks for one (companion/launcher/lean_imports.py).
    "charset_normalizer",
    "chardet",
]


@dataclass
class Built:
    folder: Path
    archive: Path | None
    unpacked_bytes: int
    seconds: float

    def summary(self) -> str:
        lines = [
            f"bundle:   {self.folder}",
            f"size:     {self.unpacked_bytes / 1e6:.1f} MB unpacked (target ≤ 120 MB)",
            f"built in: {self.seconds:.0f} s",
        ]
        if self.archive:
            lines.append(f"archive:  {self.archive} ({self.archive.stat().st_size / 1e6:.1f} MB)")
        return "\n".join(lines)


def spec_args() -> list[str]:
    """PyInstaller's options for the spec: one folder, windowed, the resources as data."""
    sep = os.pathsep
    data = [
        f"{MEETINGS}{sep}companion/meetings",
        f"{RESOURCES / 'icons'}{sep}resources/icons",
        *(f"{p}{sep}resources/translations" for p in sorted((RESOURCES / "translations").glob("*.[tq][sm]"))),
        # The embedded server checks c3voc schedule files against these (package data of interchange).
        f"{ROOT / 'companion' / 'interchange' / 'schemas'}{sep}companion/interchange/schemas",
    ]
    args = [
        str(ROOT / "main.py"),
        "--onedir",
        "--strip",  # libpython alone is 23 MB with its symbols, 4 MB without
        "--windowed",
        # Compiled as `python -OO` runs (and run so): no docstrings or asserts in memory, 1.2-1.6 MB
        # less resident and 1.2 MB less bundle. Nothing bundled needs them at run time (each module
        # imports under -OO; the app's code does not rely on assert).
        "--optimize", "2",
        "--log-level", "WARN",
        "--paths", str(ROOT),
        *(f"--add-data={item}" for item in data),
        *(f"--exclude-module={module}" for module in excluded_modules()),
    ]
    if platform.system() in ("Windows", "Darwin"):  # Pillow turns the PNG into .ico / .icns
        args += ["--icon", str(ICON_PNG)]
    return args


def excluded_modules(system: str | None = None) -> list[str]:
    """``EXCLUDED``, and on Linux ``ctypes``: PyInstaller's bootstrap imports ctypes into every start
    when it is in the bundle (to point ``ctypes.CDLL`` at the bundle's libraries), and on Linux
    nothing the app runs uses it — its users here are Windows and macOS code (the launcher's
    process check and keyring's macOS backend, click's and platformdirs' Windows parts)."""
    system = system or platform.system()
    return [*EXCLUDED, "ctypes"] if system == "Linux" else list(EXCLUDED)


def build(dist: str | Path = ROOT / "dist", archive: bool = True, work: Path | None = None) -> Built:
    """Build the bundle into *dist*/meeting-companion (and an archive beside it)."""
    started = time.monotonic()
    dist, work = Path(dist), work or ROOT / "build" / "pyinstaller"
    compile_translations()
    spec = write_spec(spec_args(), work, NAME)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(spec)], check=True, cwd=ROOT)
    folder = dist / NAME
    trim(folder)
    add_desktop_integration(folder)
    packed = make_archive(folder) if archive else None
    return Built(folder, packed, folder_size(folder), time.monotonic() - started)


def compile_translations() -> None:
    """The .qm files are built, not stored: build them now (newer than their .ts, so used as they are)."""
    subprocess.run([sys.executable, "-m", "companion.ui.translations", "build"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def add_desktop_integration(folder: Path) -> None:
    """The .desktop file and icon next to the program, and a script that registers them for the user."""
    shutil.copy(DESKTOP_FILE, folder / DESKTOP_FILE.name)
    shutil.copy(ICON_PNG, folder / ICON_PNG.name)
    script = folder / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, "utf-8")
    script.chmod(0o755)


INSTALL_SCRIPT = """#!/bin/sh
# Adds Meeting Companion to this user's application menu (no root needed).
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/meeting-companion.png" "$icons/"
sed "s|^Exec=meeting-companion|Exec=\\"$here/meeting-companion\\"|" "$here/meeting-companion.desktop" \\
    > "$apps/meeting-companion.desktop"
echo "Meeting Companion added to the application menu."
"""


def make_archive(folder: Path) -> Path:
    """``meeting-companion-linux-x86_64.tar.gz`` next to the folder (zip on Windows)."""
    system, machine = platform.system().lower(), platform.machine().lower()
    base = folder.parent / f"{NAME}-{system}-{machine}"
    if system == "windows":
        return Path(shutil.make_archive(str(base), "zip", folder.parent, folder.name))
    target = base.with_suffix(".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
