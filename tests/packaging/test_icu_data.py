"""Qt's ICU data, rebuilt for the bundle with the six interface languages: small, and ICU still
answers what Qt asks it (collation, time-zone names and ids, case, UTF codecs) in those languages.

Runs on the ICU library of the installed PySide6 (Linux wheels carry their own), in a child
process that loads the rebuilt library in place of the original.
"""

from __future__ import annotations

import json
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.packaging.icu_data import data_symbol, keep, read_items, shrink, write_package

PYSIDE = Path(__import__("PySide6").__file__).parent
ICU = sorted((PYSIDE / "Qt" / "lib").glob("libicudata.so.*"))
pytestmark = pytest.mark.skipif(
    platform.system() != "Linux" or not ICU or not all(shutil.which(t) for t in ("readelf", "as", "ld")),
    reason="Linux wheels of PySide6 with binutils only",
)

#: Asks ICU, through the libraries in argv[1], what Qt asks it; prints the answers as JSON.
ASK_ICU = r"""
import ctypes, json, sys
folder, version = sys.argv[1], sys.argv[2]
ctypes.CDLL(f"{folder}/libicudata.so.{version}", mode=ctypes.RTLD_GLOBAL)
uc = ctypes.CDLL(f"{folder}/libicuuc.so.{version}", mode=ctypes.RTLD_GLOBAL)
i18n = ctypes.CDLL(f"{folder}/libicui18n.so.{version}")
def fn(lib, name, restype=ctypes.c_int):
    f = getattr(lib, f"{name}_{version}"); f.restype = restype; return f
def text(s): return (ctypes.c_uint16 * len(s))(*map(ord, s)), len(s)
err, out, buf = ctypes.c_int(0), {}, (ctypes.c_uint16 * 200)()
zone, zone_len = text("Europe/Zurich")
for lang in ("ar", "zh", "en", "fr", "ru", "es", "de"):
    err.value = 0
    cal = fn(i18n, "ucal_open", ctypes.c_void_p)(zone, zone_len, lang.encode(), 0, ctypes.byref(err))
    n = fn(i18n, "ucal_getTimeZoneDisplayName")(ctypes.c_void_p(cal), 0, lang.encode(), buf, 200, ctypes.byref(err))
    out[f"zone {lang}"] = "".join(map(chr, buf[:max(n, 0)]))
    err.value = 0
    coll = fn(i18n, "ucol_open", ctypes.c_void_p)(lang.encode(), ctypes.byref(err))
    a, la = text("côte"); b, lb = text("coté")
    out[f"collation {lang}"] = [err.value <= 0, fn(i18n, "ucol_strcoll")(ctypes.c_void_p(coll), a, la, b, lb)]
err.value = 0
n = fn(i18n, "ucal_getCanonicalTimeZoneID")(zone, zone_len, buf, 200, None, ctypes.byref(err))
out["canonical"] = "".join(map(chr, buf[:n]))
for codec in ("UTF-8", "UTF-16LE", "ISO-8859-1", "Shift_JIS"):
    err.value = 0
    fn(uc, "ucnv_open", ctypes.c_void_p)(codec.encode(), ctypes.byref(err))
    out[f"codec {codec}"] = err.value <= 0
word, word_len = text("istanbul")
err.value = 0
n = fn(uc, "u_strToUpper")(buf, 200, word, word_len, b"tr", ctypes.byref(err))
out["upper tr"] = "".join(map(chr, buf[:n]))
print(json.dumps(out))
"""


def ask_icu(folder: Path) -> dict:
    version = ICU[0].name.rsplit(".", 1)[1]
    done = subprocess.run([sys.executable, "-c", ASK_ICU, str(folder), version], capture_output=True,
                          text=True, timeout=60, check=True)
    return json.loads(done.stdout)


def test_the_items_kept_are_the_six_languages_the_root_and_what_qt_calls_for():
    assert keep("icudt73l/coll/fr.res") and keep("icudt73l/zone/zh_Hant.res") and keep("icudt73l/ar_EG.res")
    assert keep("icudt73l/root.res") and keep("icudt73l/res_index.res") and keep("icudt73l/zone/pool.res")
    assert keep("icudt73l/zoneinfo64.res") and keep("icudt73l/metaZones.res") and keep("icudt73l/ulayout.icu")
    assert not keep("icudt73l/coll/de.res") and not keep("icudt73l/de_CH.res")
    assert not keep("icudt73l/brkitr/cjdict.dict") and not keep("icudt73l/curr/fr.res")
    assert not keep("icudt73l/ibm-1390_P110-2003.cnv") and not keep("icudt73l/translit/root.res")


def test_a_package_written_back_reads_the_same():
    symbol, offset, size = data_symbol(ICU[0])
    header, items = read_items(ICU[0].read_bytes()[offset : offset + size])
    some = [item for item in items if item[0].endswith((".icu", "/fr.res"))]
    again_header, again = read_items(write_package(header, some))
    assert again_header == header and [name for name, _ in again] == [name for name, _ in some]
    assert all(new.startswith(old.rstrip(b"\0")) for (_, old), (_, new) in zip(some, again, strict=True))


def test_the_rebuilt_library_is_small_and_icu_answers_as_before_in_the_six_languages(tmp_path):
    original_folder = ICU[0].parent
    for library in original_folder.glob("libicu*.so.*"):
        shutil.copy(library, tmp_path / library.name)
    before, after = shrink(tmp_path / ICU[0].name)
    assert after < 8e6 < 25e6 < before
    original, rebuilt = ask_icu(original_folder), ask_icu(tmp_path)
    six = {key: value for key, value in original.items() if not key.endswith((" de", "Shift_JIS"))}
    assert {key: rebuilt[key] for key in six} == six
    assert rebuilt["zone fr"] == "heure normale d’Europe centrale" and rebuilt["canonical"] == "Europe/Zurich"
    assert rebuilt["upper tr"] == "İSTANBUL"
    assert rebuilt["zone de"] and rebuilt["collation de"][0]  # another language: ICU's root data
    assert not rebuilt["codec Shift_JIS"]  # legacy codecs are not carried
