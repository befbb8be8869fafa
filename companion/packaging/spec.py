"""The spec file the bundle is built from: PyInstaller's own, written from the same options, less the
run-time hooks the app has no use for.

PyInstaller adds a run-time hook for each of a few modules it finds anywhere in the program, and
runs every one at each start, before the app's first line — in the app's process and in the
embedded server's alike. PyInstaller offers no option to leave one out (its maintainers' answer:
pyinstaller/pyinstaller#2140), so the spec takes them out of ``a.scripts`` before the executable
is made.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: PyInstaller's run-time hooks that cost every start and that nothing in the bundle needs.
UNNEEDED_RUNTIME_HOOKS = (
    # Imports multiprocessing, pickle, socket and runpy into every start (~1 MB, ~10 ms) so that
    # multiprocessing can start its children from a frozen program ("spawn", "forkserver"). uvicorn
    # brings multiprocessing into the bundle, but the embedded server runs one process (no workers,
    # no reload), and the app starts that process itself (``<executable> --serve-embedded``,
    # companion/launcher/embedded.py): nothing in the bundle starts a multiprocessing child.
    "pyi_rth_multiprocessing",
    # Imports pkgutil and teaches ``pkgutil.iter_modules`` the frozen archive. The bundle's users of
    # pkgutil (dateutil.zoneinfo: ``get_data``; backports: ``extend_path``) never list modules.
    "pyi_rth_pkgutil",
)
#: The line of PyInstaller's spec template after which the analysis is complete.
ANCHOR = "pyz = PYZ(a.pure)"
FILTER = (
    "# companion.packaging.spec: run-time hooks the app does not need (see UNNEEDED_RUNTIME_HOOKS there)\n"
    "a.scripts = [entry for entry in a.scripts if entry[0] not in {hooks!r}]\n"
)


def write_spec(makespec_args: list[str], spec_dir: Path, name: str) -> Path:
    """Write *name*.spec into *spec_dir* with PyInstaller's makespec, less ``UNNEEDED_RUNTIME_HOOKS``."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.makespec", "--specpath", str(spec_dir),
         "--name", name, *makespec_args],
        check=True, stdout=subprocess.DEVNULL,
    )
    spec = spec_dir / f"{name}.spec"
    text = spec.read_text("utf-8")
    if ANCHOR not in text:  # PyInstaller changed its template: say so rather than build with every hook
        raise RuntimeError(f"{spec}: no line {ANCHOR!r} to leave the unneeded run-time hooks out after")
    leave_out = FILTER.format(hooks=UNNEEDED_RUNTIME_HOOKS)
    spec.write_text(text.replace(ANCHOR, leave_out + ANCHOR, 1), "utf-8")
    return spec
