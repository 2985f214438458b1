#!/usr/bin/env bash
# Measures what the graph-entity-models crate costs to compile, per set of features, against
# plain serde structs of the same shapes.
#
# The models' types are compiled in parts (models/parts/part1, part2, …), each naming the
# parts before it. This copies each part into a scratch workspace under target/models-cost
# twice: as it is (`#[derive(GraphEntity)]` and the other derives) and rewritten by
# scripts/v1-scale.py as plain `#[derive(Serialize, Deserialize)]` structs (same modules, same
# cfgs, same features, same parts). Dependencies are built first; then for each feature set
# the parts' own debug builds are timed RUNS times (non-incremental, as dependencies build)
# after touching their lib.rs, and the median wall time and the peak memory (Maximum resident
# set size: the largest rustc's) printed.
#
#   bash scripts/models-build-cost.sh [RUNS] [FEATURES…]
#   bash scripts/models-build-cost.sh 3 users users,groups,mail,calendar,files full
set -euo pipefail

runs=${1:-3}
shift || true
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(users users,groups,mail,calendar,files full)
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch="$repo/target/models-cost"
rm -rf "$scratch"
mkdir -p "$scratch"

parts=$(cd "$repo/models/parts" && ls -d part* | sed 's/part//' | sort -n)
last=$(echo "$parts" | tail -n 1)
members=()
for crate in derive serde; do
  for part in $parts; do
    members+=("\"${crate}_p$part\"")
  done
done
cat > "$scratch/Cargo.toml" <<TOML
[workspace]
members = [$(IFS=,; echo "${members[*]}")]
resolver = "2"
TOML
for part in $parts; do
  source="$repo/models/parts/part$part"
  # The part's features, which name the part before it by its package name: each scratch
  # crate depends on the one before under that name.
  features=$(sed -n '/^\[features\]/,/^\[lints\]/p' "$source/Cargo.toml" | grep -v '^\[lints')
  before=$((part - 1))
  for crate in derive serde; do
    dir="$scratch/${crate}_p$part"
    mkdir -p "$dir/src"
    {
      printf '[package]\nname = "%s_p%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n' "$crate" "$part"
      if [ "$crate" = derive ]; then
        echo "graph-entity = { path = \"$repo/runtime\" }"
      else
        echo 'serde = { version = "1", features = ["derive"] }'
        echo 'serde_json = "1"'
      fi
      if [ "$before" -gt 0 ]; then
        echo "graph-entity-models-part$before = { package = \"${crate}_p$before\", path = \"../${crate}_p$before\" }"
      fi
      echo
      echo "$features"
    } > "$dir/Cargo.toml"
    for file in "$source"/src/*.rs; do
      name=$(basename "$file")
      if [ "$name" = lib.rs ] || [ "$crate" = derive ]; then
        cp "$file" "$dir/src/$name"
      else
        python3 "$repo/scripts/v1-scale.py" serde < "$file" \
          | sed -e 's/^pub type /type /' > "$dir/src/$name"
      fi
    done
  done
done

cd "$scratch"
export CARGO_INCREMENTAL=0
export CARGO_TARGET_DIR="$scratch/target"
for set in "${sets[@]}"; do
  for crate in derive serde; do
    top="${crate}_p$last"
    cargo build -q -p "$top" --features "$set" 2>/dev/null || cargo build -p "$top" --features "$set"
    times=()
    peak=0
    for _ in $(seq "$runs"); do
      for part in $parts; do touch "${crate}_p$part/src/lib.rs"; done
      out=$( { /usr/bin/time -v cargo build -q -p "$top" --features "$set" 2>&1 1>/dev/null; } )
      wall=$(echo "$out" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p')
      rss=$(echo "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')
      seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
      times+=("$seconds")
      [ "$rss" -gt "$peak" ] && peak=$rss
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    printf '%-40s %-6s median %7.1f s  peak %5d MB  runs: %s\n' "$set" "$crate" "$median" $((peak / 1024)) "${times[*]}"
  done
done
