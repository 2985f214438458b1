#!/usr/bin/env bash
# Instructions to build and read each scaling body once at 1,000, 10,000 and 100,000, counted
# by callgrind: the work of a read, where the scaling bench's wall time also measures caches.
#
#   bash benches/scaling-instructions.sh [KIND…]     # page_members page_items object_members
#
# Prints "kind size instructions step". Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=$(cargo bench --bench scaling --no-run 2>&1 |
    sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -n 1)
if [ -z "$exe" ]; then
    echo "could not build the scaling bench" >&2
    exit 1
fi
if [ "$#" -eq 0 ]; then
    set -- page_members page_items object_members
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for kind in "$@"; do
    previous=
    for size in 1000 10000 100000; do
        GRAPH_ENTITY_SCALING_ONCE="$kind:$size" valgrind --tool=callgrind \
            --callgrind-out-file="$out" "$exe" 2>"$out.log"
        count=$(sed -n 's/.*Collected : //p' "$out.log")
        rm -f "$out.log"
        if [ -n "$previous" ]; then
            step=$(awk -v a="$count" -v b="$previous" 'BEGIN { printf "%.1fx", a / b }')
        else
            step=-
        fi
        echo "$kind $size $count $step"
        previous=$count
    done
done
