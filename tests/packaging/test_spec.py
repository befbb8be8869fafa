"""The spec the bundle is built from: PyInstaller's makespec output with the run-time hooks the app does
not need taken out and the first paint's modules collected as files (no build: a second or two)."""

from __future__ import annotations

import importlib.util

import pytest

from companion.packaging import spec
from companion.packaging.build import NAME, excluded_modules, spec_args

if importlib.util.find_spec("PyInstaller") is None:
    pytest.skip("PyInstaller is not installed", allow_module_level=True)


def analysis_and_scripts(path):
    """Run the spec's text with PyInstaller's build steps replaced by recorders."""
    seen = {}

    class Analysis:
        def __init__(self, scripts, **options):
            seen["options"] = options
            self.scripts = [(name, f"/hooks/{name}.py", "PYSOURCE") for name in
                            ("pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing", "pyi_rth_pyside6")]
            self.scripts.append(("main", scripts[0], "PYSOURCE"))
            self.pure = self.binaries = self.datas = []

    def record(name):
        return lambda *args, **kwargs: seen.setdefault(name, args)

    exec(path.read_text("utf-8"), {"Analysis": Analysis, "PYZ": record("PYZ"), "EXE": record("EXE"),
                                   "COLLECT": record("COLLECT"), "BUNDLE": record("BUNDLE")})
    return seen


def test_the_spec_leaves_out_the_unneeded_run_time_hooks_and_keeps_the_others(tmp_path):
    seen = analysis_and_scripts(spec.write_spec(spec_args(), tmp_path, NAME))
    scripts = [entry[0] for entry in seen["EXE"][1]]  # EXE(pyz, a.scripts, ...)
    assert scripts == ["pyi_rth_inspect", "pyi_rth_pyside6", "main"]
    modes = seen["options"]["module_collection_mode"]
    assert modes["companion"] == "pyc" and modes["PySide6"] == "pyc"
    assert set(modes) == set(spec.EARLY_MODULES)
    assert seen["options"]["optimize"] == 2


def test_a_template_without_the_expected_end_of_analysis_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(spec, "ANCHOR", ")\npyz = PYZ(a.pure, something_new=True)")
    with pytest.raises(RuntimeError, match="end of the analysis"):
        spec.write_spec(spec_args(), tmp_path, NAME)


def test_ctypes_is_left_out_on_linux_only():
    assert "ctypes" in excluded_modules("Linux")
    assert "ctypes" not in excluded_modules("Windows") and "ctypes" not in excluded_modules("Darwin")
