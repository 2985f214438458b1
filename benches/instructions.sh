#!/usr/bin/env bash
# Instructions per operation of the serialization bench's cases, counted by callgrind: the
# same counts on a busy machine, where wall-clock ratios are noisy.
#
#   benches/instructions.sh                      # the cases the targets are stated on
#   benches/instructions.sh audit/serialize/derive audit/serialize/serde
#
# Prints "case instructions-per-iteration". Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=$(cargo bench --bench serialization --no-run 2>&1 |
    sed -n 's/.*Executable .*(\(.*\))$/\1/p' | tail -n 1)
if [ -z "$exe" ]; then
    echo "could not build the serialization bench" >&2
    exit 1
fi

if [ "$#" -eq 0 ]; then
    set --
    for payload in audit action; do
        for direction in deserialize serialize; do
            for implementation in derive serde+map serde serde-strings Value; do
                set -- "$@" "$payload/$direction/$implementation"
            done
        done
        set -- "$@" "$payload/validate/derive" "$payload/validate/serialize"
    done
    set -- "$@" update/derive update/serde update/Value
fi

iterations=${GRAPH_ENTITY_ITERATIONS:-1000}
for case in "$@"; do
    n=$iterations
    case "$case" in *x10000*) n=1 ;; esac
    collected=$(GRAPH_ENTITY_INSTRUCTIONS="$case" GRAPH_ENTITY_ITERATIONS="$n" \
        valgrind --tool=callgrind --toggle-collect='*measure_instructions*' \
        --callgrind-out-file=/dev/null "$exe" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo "$case $((collected / n))"
done
