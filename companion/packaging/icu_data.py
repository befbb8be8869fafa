"""Rebuild Qt's ICU data library (``libicudata.so.NN``, 31 MB) with only what the app can use (~3 MB).

PySide6's Qt links ICU, and ``libicudata`` is one blob: ICU's "common data" package, every
converter, dictionary and locale of the world. Qt calls into ICU for case mapping, time-zone
names and ids (``ucal_*``), collation (``ucol_*``) and legacy text codecs (``ucnv_*``) — nothing
else (``readelf`` on Qt's libraries lists the calls). So the package keeps the time-zone data,
the collation and zone/region names of the six interface languages and the root locale, and
the core properties; it drops the legacy codecs (UTF-8/16/32 and Latin-1 are built into ICU),
the word-break dictionaries, transliteration, spelled-out numbers and the currency, unit and
language names. A locale not kept falls back to the root one, as ICU does for any missing locale.

The package format (``CmnD``): a header, then a table of contents — a count, then (name offset,
data offset) pairs relative to the table, sorted by name — then the names and the items,
16-byte aligned. The new library is assembled with binutils (``as``, ``ld``), which PyInstaller
needs on Linux anyway; the symbol is the same, so ICU finds it as before.
"""

from __future__ import annotations

import bisect
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from companion.domain.vocabulary import LANGUAGES

#: ICU data trees Qt never reads (no break iterators, transliterators, number spell-out,
#: display names of currencies, units or languages).
DROPPED_TREES = {"brkitr", "translit", "rbnf", "curr", "unit", "lang"}
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_NOT_LOCALES = {"res_index"}


def keep(item: str, languages: tuple[str, ...] = tuple(LANGUAGES)) -> bool:
    """Whether the package item *item* (``icudt73l/coll/fr.res``) stays."""
    parts = item.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    name = parts[-1]
    if name.endswith(".cnv"):
        return False
    stem = name.rsplit(".", 1)[0]
    if _LOCALE.match(stem) and stem not in _NOT_LOCALES:
        return stem.split("_")[0] in languages
    return True  # root, pools, indexes, supplemental and property data


def read_items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of a common-data package, in table order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = sorted(offset for _, offset in entries) + [len(toc)]
    items = []
    for name_at, data_at in entries:
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = ends[bisect.bisect_right(ends, data_at)]
        items.append((name, toc[data_at:end]))
    return package[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common-data package holding *items* (already in name order), each 16-byte aligned."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    first = _align(table + len(names))
    offsets, at, name_at = [], first, table
    for name, data in items:
        offsets.append((name_at, at))
        name_at += len(name) + 1
        at = _align(at + len(data))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for pair in offsets:
        out += struct.pack("<II", *pair)
    out += names
    for (_, data_at), (_, data) in zip(offsets, items, strict=True):
        out += b"\0" * (len(header) + data_at - len(out))
        out += data
    return bytes(out)


def _align(n: int) -> int:
    return (n + 15) & ~15


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol in *library* (readelf)."""
    symbols = _readelf(library, "--dyn-syms")
    sections = _readelf(library, "-S")
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) >= 8 and re.fullmatch(r"icudt\d+_dat", fields[7]):
            address, size, section = int(fields[1], 16), int(fields[2], 0), int(fields[6])
            return fields[7], _file_offset(sections, section, address), size
    raise ValueError(f"{library.name}: no icudt*_dat symbol")


def _file_offset(sections: str, index: int, address: int) -> int:
    for line in sections.splitlines():
        match = re.match(r"\s*\[\s*(\d+)\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match and int(match[1]) == index:
            return address - int(match[2], 16) + int(match[3], 16)
    raise ValueError(f"no section {index}")


def _readelf(library: Path, option: str) -> str:
    return subprocess.run(["readelf", option, "-W", str(library)], capture_output=True, text=True,
                          check=True).stdout


def shrink(library: Path) -> tuple[int, int]:
    """Replace *library* by one holding only the kept items; (bytes before, bytes after)."""
    symbol, offset, size = data_symbol(library)
    raw = library.read_bytes()
    header, items = read_items(raw[offset : offset + size])
    package = write_package(header, [(name, data) for name, data in items if keep(name)])
    with tempfile.TemporaryDirectory() as work:
        blob, source, obj = Path(work, "data.dat"), Path(work, "data.s"), Path(work, "data.o")
        blob.write_bytes(package)
        source.write_text(
            f'\t.section .rodata\n\t.balign 16\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        built = Path(work, library.name)
        subprocess.run(["ld", "-shared", "-soname", library.name, "-z", "noexecstack", "-o", str(built),
                        str(obj)], check=True)
        shutil.move(built, library)
    return len(raw), library.stat().st_size
