"""The spec file the bundle is built from: PyInstaller's own, written from the same options, less the
run-time hooks the app has no use for, and with the modules of the first paint stored as files.

PyInstaller adds a run-time hook for each of a few modules it finds anywhere in the program, and
runs every one at each start, before the app's first line — in the app's process and in the
embedded server's alike. PyInstaller offers no option to leave one out (its maintainers' answer:
pyinstaller/pyinstaller#2140), so the spec takes them out of ``a.scripts`` before the executable
is made.

PyInstaller stores the program's modules in one compressed archive (the PYZ). Each module read
from it is inflated and goes through PyInstaller's own importer; the same module as a ``.pyc``
file next to the program is read as Python reads its own cache. For the modules imported before
the first paint (``EARLY_MODULES``) that saves ~15-20 ms of the bundle's CPU to the paint, and the
archive's index shrinks (measured in benchmarks/README.md). All modules as files
(``noarchive``) would add ~9 MB to the bundle (124 MB, over its 120 MB budget); these add ~2 MB.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: PyInstaller's run-time hooks that cost every start and that nothing in the bundle needs.
UNNEEDED_RUNTIME_HOOKS = (
    # Imports multiprocessing, pickle, socket and runpy into every start (~0.5 MB, ~9 ms) so that
    # multiprocessing can start its children from a frozen program ("spawn", "forkserver"). uvicorn
    # brings multiprocessing into the bundle, but the embedded server runs one process (no workers,
    # no reload), and the app starts that process itself (``<executable> --serve-embedded``,
    # companion/launcher/embedded.py): nothing in the bundle starts a multiprocessing child.
    "pyi_rth_multiprocessing",
    # Imports pkgutil and teaches ``pkgutil.iter_modules`` the frozen archive. The bundle's users of
    # pkgutil (dateutil.zoneinfo: ``get_data``; backports: ``extend_path``) never list modules.
    "pyi_rth_pkgutil",
)
#: Modules and packages (with everything under them) that the bundle imports before the first paint
#: of a cached start: the startup probe's ``modules_at_shown`` for the bundle, less the built-in
#: modules and C extensions. ``tests/packaging/test_bundle.py`` fails when the first paint reads a
#: module from the archive or from ``base_library.zip`` (where PyInstaller puts the modules Python
#: needs to start, unless they are collected as files: the second group below).
EARLY_MODULES = (
    "PySide6", "shiboken6", "companion", "platformdirs",
    "_pyi_rth_utils",  # PyInstaller's own, for its PySide6 run-time hook
    "__future__", "_compression", "argparse", "ast", "base64", "bisect", "bz2", "contextlib", "copy",
    "csv", "dataclasses", "datetime", "dis", "fnmatch", "gettext", "hashlib", "importlib", "inspect",
    "ipaddress", "json", "logging", "lzma", "opcode", "pathlib", "platform", "random", "selectors",
    "shutil", "signal", "sqlite3", "string", "subprocess", "sysconfig", "tempfile", "textwrap",
    "threading", "token", "tokenize", "typing", "urllib", "uuid", "zipfile", "zipimport", "zoneinfo",
    # What sysconfig reads its build settings from; named after the platform as sysconfig names it.
    "_sysconfigdata_{}_{}_{}".format(getattr(sys, "abiflags", ""), sys.platform,
                                     getattr(sys.implementation, "_multiarch", "")),
    # Otherwise in base_library.zip (read through zipimport, which inflates each one too):
    "_collections_abc", "_weakrefset", "abc", "codecs", "collections", "copyreg", "encodings", "enum",
    "functools", "genericpath", "io", "keyword", "linecache", "locale", "ntpath", "operator", "os",
    "posixpath", "re", "reprlib", "stat", "traceback", "types", "warnings", "weakref",
)
#: The end of PyInstaller's spec template's ``Analysis(...)`` call, and the line after it.
ANCHOR = ")\npyz = PYZ(a.pure)"
AFTER_ANALYSIS = (
    "    module_collection_mode={modes!r},\n"
    ")\n"
    "# companion.packaging.spec: run-time hooks the app does not need (see UNNEEDED_RUNTIME_HOOKS there)\n"
    "a.scripts = [entry for entry in a.scripts if entry[0] not in {hooks!r}]\n"
    "pyz = PYZ(a.pure)"
)


def write_spec(makespec_args: list[str], spec_dir: Path, name: str) -> Path:
    """Write *name*.spec into *spec_dir* with PyInstaller's makespec, less ``UNNEEDED_RUNTIME_HOOKS``,
    with ``EARLY_MODULES`` collected as ``.pyc`` files."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.makespec", "--specpath", str(spec_dir),
         "--name", name, *makespec_args],
        check=True, stdout=subprocess.DEVNULL,
    )
    spec = spec_dir / f"{name}.spec"
    text = spec.read_text("utf-8")
    if text.count(ANCHOR) != 1:  # PyInstaller changed its template: say so rather than build another bundle
        raise RuntimeError(f"{spec}: no single {ANCHOR!r} (end of the analysis) to add to")
    modes = {module: "pyc" for module in EARLY_MODULES}
    after = AFTER_ANALYSIS.format(modes=modes, hooks=UNNEEDED_RUNTIME_HOOKS)
    spec.write_text(text.replace(ANCHOR, after), "utf-8")
    return spec
