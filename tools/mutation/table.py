"""Per module, killed and survived mutants of an area's functions, from ``mutmut results --all true``
on stdin; the arguments are the area's globs (tools/mutation/AREA.names). A timeout (the mutant made
a test hang) counts as caught; "not checked" means the run has not reached the mutant yet."""

import sys
from collections import Counter, defaultdict
from fnmatch import fnmatchcase

COLUMNS = ("killed", "timeout", "survived", "no tests", "not checked")


def row(name: str, counts: Counter) -> str:
    caught = counts["killed"] + counts["timeout"]
    ran = caught + counts["survived"] + counts["no tests"]
    share = f"{100 * caught / ran:.1f}" if ran else "–"
    return f"| {name} | " + " | ".join(str(counts[c]) for c in COLUMNS) + f" | {share} |"


globs = sys.argv[1:]
by_module: dict[str, Counter] = defaultdict(Counter)
survivors = []
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    if not name or (globs and not any(fnmatchcase(name, g) for g in globs)):
        continue
    by_module[name.rsplit(".", 1)[0]][status] += 1
    if status == "survived":
        survivors.append(name)

print("| module | " + " | ".join(COLUMNS) + " | % caught |")
print("|---|" + "---:|" * (len(COLUMNS) + 1))
total: Counter = Counter()
for module, counts in sorted(by_module.items()):
    total.update(counts)
    print(row(module, counts))
print(row("**all**", total))
others = set(total) - set(COLUMNS)
if others:
    print("other statuses:", {status: total[status] for status in others})
print("\nsurvivors:")
for name in survivors:
    print("   ", name)
