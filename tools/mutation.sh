#!/usr/bin/env bash
# A mutation run of one area of the app, in a copy of the tree (docs/mutation-testing.md).
#
#   tools/mutation.sh AREA                 mutate the area's functions (tools/mutation/AREA.names)
#   tools/mutation.sh AREA run NAME...     only these mutants (mutmut's globs)
#   tools/mutation.sh AREA table           killed / survived per module, of the area's functions
#   tools/mutation.sh AREA results|show NAME|browse   mutmut's own commands, in the copy
#
# AREA is domain, auth, server, client or interchange. The copy is /tmp/mut-AREA (without .git and
# mutants/; its mutants/ is kept between runs, so verdicts already reached are not run again). Its
# pyproject.toml gets the area's [tool.mutmut] (tools/mutation/AREA.toml; the domain keeps the
# project's own). One worker at nice 15: the machine is shared. Needs mutmut 3.8.1 in the venv
# (`pip install mutmut==3.8.1`; a developer's tool, not a dependency of the project).
set -euo pipefail
area=${1:?usage: tools/mutation.sh AREA [run [NAME...]|table|results|show NAME|browse]}
shift
what=${1:-run}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")/.." && pwd)
config="$here/tools/mutation"
[ -f "$config/$area.names" ] || { echo "unknown area: $area (see $config)" >&2; exit 2; }
copy=/tmp/mut-$area

mapfile -t names < <(grep -v '^\s*\(#\|$\)' "$config/$area.names")
if [ "$what" = table ]; then
    cd "$copy" && mutmut results --all true | python "$config/table.py" "${names[@]}"
    exit
fi
if [ "$what" != run ]; then
    cd "$copy" && exec mutmut "$what" "$@"
fi

mkdir -p "$copy"
rsync -a --delete --exclude .git --exclude mutants --exclude .venv --exclude __pycache__ \
    --exclude '*.egg-info' "$here/" "$copy/"
if [ -f "$config/$area.toml" ]; then
    python "$config/with_config.py" "$copy/pyproject.toml" "$config/$area.toml"
fi
cd "$copy"
[ $# -gt 0 ] && names=("$@")
exec nice -n 15 mutmut run --max-children 1 "${names[@]}"
