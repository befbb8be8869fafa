"""How long importing a meeting's list of participants takes, CSV to durable commit with codes.

    python benchmarks/import_participants.py [--participants 1700] [--json]

Through the same code as ``meeting-server import-participants``: read the CSV, check and plan
every row, hash a code for each newcomer (PBKDF2, slow on purpose), append the events and the
code hashes in one transaction. Then the same list again (nothing new: no hashing) and a dry run.
The floor is the hashing alone, measured in the same run: one code's hash times the newcomers.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_output import emit  # noqa: E402

from companion.server.credentials import hash_code, new_code  # noqa: E402
from companion.server.participants import import_participants  # noqa: E402
from companion.server.registry import seed_demo  # noqa: E402
from companion.server.store_factory import open_storage  # noqa: E402

KINDS = ["member_state", "member_state", "member_state", "observer", "igo", "ngo"]


def roster_csv(count: int) -> bytes:
    """A list like a secretariat's: delegations of three to ten people, onsite and remote."""
    lines = ["name,role,delegation,delegation_kind,attendance,language,gender,groups,email"]
    for n in range(count):
        delegation = f"Delegation {n // 7:03d}"
        kind = KINDS[(n // 7) % len(KINDS)]
        where = "onsite" if n % 3 else "remote"
        lines.append(
            f"Person {n:05d},delegate,{delegation},{kind},{where},en,,,person{n}@mission{n // 7}.example.org"
        )
    return ("\n".join(lines) + "\n").encode()


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
    for _ in range(20):
        hash_code(b"p" * 32, "wipo-conv-12", new_code())
    floor_s = (time.perf_counter() - t0) / 20 * count
    return {
        "participants": count,
        "file_kb": len(data) // 1024,
        "dry_run_s": round(dry_s, 2),
        "import_s": round(import_s, 2),
        "hashing_floor_s": round(floor_s, 2),
        "reimport_s": round(again_s, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=1700)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    emit(run(args.participants), args.json)


if __name__ == "__main__":
    main()
