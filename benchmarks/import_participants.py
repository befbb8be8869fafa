"""How long importing a meeting's list of participants takes, file to durable commit with codes.

    python benchmarks/import_participants.py [--participants 5000] [--json]

Through the same code as ``meeting-server import-participants``: read the file (as Excel's
"Unicode Text" writes it: UTF-16 with TABs, names in Arabic, Chinese, Russian and accented Latin),
check and plan every row, hash a code for each newcomer (PBKDF2 on every core), append the events
and the code hashes in one transaction. Then the same list again (nothing new: no hashing) and a
dry run. The floor is the hashing alone, measured in the same run (``hash_codes`` of as many new
codes); ``old_hashing_s`` is what the 12-character codes at 50,000 rounds, one after another,
cost for the same number (20 measured, multiplied).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit  # noqa: E402

from companion.server.credentials import hash_code, hash_codes, new_code  # noqa: E402
from companion.server.participants import import_participants  # noqa: E402
from companion.server.registry import seed_demo  # noqa: E402
from companion.server.stores import open_storage  # noqa: E402

KINDS = ["member_state", "member_state", "member_state", "observer", "igo", "ngo"]


NAMES = ["أمينة الحسيني", "李伟", "Анастасия Кузнецова", "José Müller-Ñúñez", "Daniel Otieno"]


def roster_csv(count: int) -> bytes:
    """A list like a secretariat's, saved by Excel as Unicode Text: delegations of seven people,
    onsite and remote, names in five scripts, and a badge column the import ignores."""
    lines = ["Full name\tRole\tDelegation\tDelegation kind\tAttendance\tLanguage\tE-mail\tBadge"]
    for n in range(count):
        delegation = f"Delegation {n // 7:03d}"
        kind = KINDS[(n // 7) % len(KINDS)]
        where = "onsite" if n % 3 else "remote"
        email = f"person{n}@mission{n // 7}.example.org"
        lines.append(f"{NAMES[n % 5]} {n:05d}\tdelegate\t{delegation}\t{kind}\t{where}\ten\t{email}\t{n}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-16")


def run(count: int) -> dict:
    data = roster_csv(count)
    with tempfile.TemporaryDirectory() as folder:
        storage = open_storage(f"sqlite:///{Path(folder) / 'bench.db'}")
        seed_demo(storage)
        t0 = time.perf_counter()
        dry = import_participants(storage, "wipo-conv-12", data, dry_run=True)
        dry_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        first = import_participants(storage, "wipo-conv-12", data)
        import_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = import_participants(storage, "wipo-conv-12", data)
        again_s = time.perf_counter() - t0
        storage.close()
    assert len(dry.report["added"]) == len(first.codes) == count and not again.codes
    t0 = time.perf_counter()
    hash_codes(b"p" * 32, "wipo-conv-12", [new_code() for _ in range(count)])
    floor_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(20):
        hash_code(b"p" * 32, "wipo-conv-12", new_code(12))
    old_s = (time.perf_counter() - t0) / 20 * count
    return {
        "participants": count,
        "file_kb": len(data) // 1024,
        "dry_run_s": round(dry_s, 2),
        "import_s": round(import_s, 2),
        "hashing_floor_s": round(floor_s, 2),
        "old_hashing_s": round(old_s, 2),
        "reimport_s": round(again_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(run(args.participants), args.json)


if __name__ == "__main__":
    main()
