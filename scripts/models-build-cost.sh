#!/usr/bin/env bash
# Measures what the graph-entity-models crate costs to compile, per set of features, against
# plain serde structs of the same shapes.
#
# Copies models/ into a scratch workspace under target/models-cost twice: as it is
# (`#[derive(GraphEntity)]` and the other derives) and rewritten by scripts/v1-scale.py as
# plain `#[derive(Serialize, Deserialize)]` structs (same modules, same cfgs, same features).
# Dependencies are built first; then for each feature set each crate's own debug build is
# timed RUNS times (non-incremental, as a dependency builds) after touching its lib.rs, and
# the median wall time and the peak memory (Maximum resident set size: rustc's) printed.
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
mkdir -p "$scratch/derive/src" "$scratch/serde/src"

features=$(sed -n '/^\[features\]/,/^\[\[example\]\]/p' "$repo/models/Cargo.toml" | grep -v '^\[\[example')
cat > "$scratch/Cargo.toml" <<TOML
[workspace]
members = ["derive", "serde"]
resolver = "2"
TOML
cat > "$scratch/derive/Cargo.toml" <<TOML
[package]
name = "models_derive"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
graph-entity = { path = "$repo/runtime" }

$features
TOML
cat > "$scratch/serde/Cargo.toml" <<TOML
[package]
name = "models_serde"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
serde_json = "1"

$features
TOML

cp "$repo"/models/src/*.rs "$scratch/derive/src/"
for file in "$repo"/models/src/*.rs; do
  name=$(basename "$file")
  if [ "$name" = lib.rs ]; then
    # The same modules and cfgs; the doc-test item reads no README here.
    grep -v -e 'include_str!' -e 'ReadmeDoctests' -e 'doctest' -e "README's examples" "$file" > "$scratch/serde/src/lib.rs"
    printf '\n#[allow(dead_code)]\nmod serde_prelude;\n' >> "$scratch/serde/src/lib.rs"
    grep -v -e 'include_str!' -e 'ReadmeDoctests' -e 'doctest' -e "README's examples" "$file" > "$scratch/derive/src/lib.rs"
  else
    python3 "$repo/scripts/v1-scale.py" serde < "$file" \
      | sed -e 's/^pub type /type /' > "$scratch/serde/src/$name"
  fi
done
echo "pub type Unused = ();" > "$scratch/serde/src/serde_prelude.rs"

cd "$scratch"
export CARGO_INCREMENTAL=0
export CARGO_TARGET_DIR="$scratch/target"
for set in "${sets[@]}"; do
  for crate in derive serde; do
    cargo build -q -p "models_$crate" --features "$set" 2>/dev/null || cargo build -p "models_$crate" --features "$set"
    times=()
    peak=0
    for _ in $(seq "$runs"); do
      touch "$crate/src/lib.rs"
      out=$( { /usr/bin/time -v cargo build -q -p "models_$crate" --features "$set" 2>&1 1>/dev/null; } )
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
