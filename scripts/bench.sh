#!/usr/bin/env bash
# Prints Standpoint's speed and memory figures, each beside a floor measured in the same run on the
# same machine, with the ratio between them. Release build; a generated corpus (deterministic).
#   start to first paint   standpoint --exit-after-first-paint     floor: a bare Qt window (bench/bareqt)
#   first-run pack load    standpoint-cli init (whole process)
#   import throughput      standpoint-bench import (in process)    floor: the sqlite3 tool bulk-loading the same files into FTS5
#   search latency         standpoint-bench search (in process, p50 and p95 over fixed queries)
#   search, whole process  standpoint-cli search                   floor: the sqlite3 tool on an equivalent FTS5 table
#   chart export           scripts/bench-chart-export.sh
#   peak memory            the app once the debate is shown, the import and the searches
# Usage: scripts/bench.sh [DOCUMENTS, default 10000] [--big]   (--big adds a 100,000-document store)
# Needs a display for the app (run it under xvfb-run -a when there is none).
set -euo pipefail
cd "$(dirname "$0")/.."
docs="${1:-10000}"
big=0
[ "${2:-}" = "--big" ] && big=1

cmake --preset release >/dev/null
cmake --build --preset release --target standpoint standpoint-cli standpoint-bench bareqt >/dev/null
bin=build/release
app="$bin/app/standpoint"; cli="$bin/app/cli/standpoint-cli"; tool="$bin/bench/standpoint-bench"; bare="$bin/bench/bareqt"
work=build/bench
mkdir -p "$work"

now() { date +%s%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "-" }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
row() { printf '%-44s %12s %12s %8s\n' "$1" "$2" "$3" "$4"; }

# Milliseconds from launch to the first paint the program reports, median of 5 runs.
first_paint() {
  local times=()
  for _ in 1 2 3 4 5; do
    local start line
    start=$(now)
    line=$("$@" 2>/dev/null | grep -m1 'first paint')
    times+=("$(ms "$start" "$(echo "$line" | grep -o 'at [0-9]*' | grep -o '[0-9]*')")")
  done
  printf '%s\n' "${times[@]}" | median
}

corpus() {
  local n="$1" dir="$work/corpus-$1"
  if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" -ne "$n" ]; then
    rm -rf "$dir"
    "$tool" corpus "$n" "$dir" >&2
  fi
  echo "$dir"
}

# A store of the bundled debate plus n generated documents, and its figures: the median rate of `runs`
# imports (three unless told), each into a fresh store (the last one stays for the other figures).
import_store() {
  local n="$1" runs="${2:-3}" dir db floor
  dir=$(corpus "$n")
  db="$work/store-$n.db"; floor="$work/floor-import-$n.db"
  local rates=() peak=0
  for _ in $(seq "$runs"); do
    rm -rf "$db" "$db-wal" "$db-shm" "$work/backups"
    "$cli" --db "$db" init >/dev/null
    local out; out=$("$tool" import "$dir" --db "$db")
    rates+=("$(echo "$out" | grep -o '[0-9.]* MB/s' | grep -o '^[0-9.]*')")
    local p; p=$(echo "$out" | grep -o 'peak memory [0-9]*' | grep -o '[0-9]*$')
    [ "$p" -gt "$peak" ] && peak=$p
  done
  local ours; ours=$(printf '%s\n' "${rates[@]}" | median)
  rm -f "$floor"
  local bytes start end
  bytes=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
  start=$(now)
  sqlite3 "$floor" "CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
                    INSERT INTO f (body) SELECT data FROM fsdir('$dir') WHERE name LIKE '%.txt';"
  end=$(now)
  local floorRate; floorRate=$(awk -v b="$bytes" -v t="$(ms "$start" "$end")" 'BEGIN { printf "%.1f", b / 1e6 / (t / 1000) }')
  row "import, $n documents (MB/s, higher is better)" "$ours" "$floorRate" "$(ratio "$floorRate" "$ours")"
  row "  each import (MB/s)" "${rates[*]}" "" ""
  row "  peak memory of the import (MiB)" "$peak" "" ""
}

search_figures() {
  local n="$1" db="$work/store-$1.db" floor="$work/floor-search-$1.db"
  local out; out=$("$tool" search --db "$db")
  row "search in process, $n documents, p50 (ms)" "$(echo "$out" | grep -o 'p50 [0-9.]*' | grep -o '[0-9.]*$')" "" ""
  row "search in process, $n documents, p95 (ms)" "$(echo "$out" | grep -o 'p95 [0-9.]*' | grep -o '[0-9.]*$')" "" ""
  row "  peak memory of the searches (MiB)" "$(echo "$out" | grep -o 'peak memory [0-9]*' | grep -o '[0-9]*$')" "" ""
  rm -f "$floor"
  sqlite3 "$db" "ATTACH '$floor' AS floor;
                 CREATE VIRTUAL TABLE floor.f USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
                 INSERT INTO floor.f (body) SELECT body FROM search_index;"
  local ours=() theirs=() q start
  for q in energy China sanctions Kissinger '"junior partner"' 'pipelin*' 'NATO deterrence' Taiwan wedge 'trade OR yuan'; do
    start=$(now); "$cli" --db "$db" search "$q" --limit 20 >/dev/null; ours+=("$(ms "$start" "$(now)")")
    start=$(now)
    sqlite3 "$floor" "SELECT rowid, snippet(f, 0, '[', ']', '…', 16) FROM f WHERE f MATCH '${q//\'/\'\'}' ORDER BY rank LIMIT 20;" >/dev/null
    theirs+=("$(ms "$start" "$(now)")")
  done
  local a b
  a=$(printf '%s\n' "${ours[@]}" | median); b=$(printf '%s\n' "${theirs[@]}" | median)
  row "search, whole process, $n documents (ms)" "$a" "$b" "$(ratio "$a" "$b")"
}

echo "Standpoint benchmarks, $(nproc) cores, $(date -u +%Y-%m-%d)"
row "figure" "Standpoint" "floor" "ratio"

# Start-up, with the bundled debate and with the generated store.
rm -rf "$work/bundled" && mkdir -p "$work/bundled"
start=$(now); "$cli" --db "$work/bundled/standpoint.db" init >/dev/null; end=$(now)
row "first-run pack load, whole process (ms)" "$(ms "$start" "$end")" "" ""
floorPaint=$(first_paint "$bare")
ours=$(first_paint "$app" --db "$work/bundled/standpoint.db" --exit-after-first-paint)
row "start to first paint, bundled debate (ms)" "$ours" "$floorPaint" "$(ratio "$ours" "$floorPaint")"

import_store "$docs"
ours=$(first_paint "$app" --db "$work/store-$docs.db" --exit-after-first-paint)
row "start to first paint, $docs documents (ms)" "$ours" "$floorPaint" "$(ratio "$ours" "$floorPaint")"
shown=$("$app" --db "$work/store-$docs.db" --exit-when-ready 2>/dev/null | grep -m1 'debate shown' || true)
row "start to debate shown, $docs documents (ms)" "$(echo "$shown" | grep -o '^debate shown: [0-9.]*' | grep -o '[0-9.]*$')" "" ""
row "  peak memory of the app, $docs documents (MiB)" "$(echo "$shown" | grep -o 'peak memory [0-9]*' | grep -o '[0-9]*$')" "" ""
search_figures "$docs"

chart=$(bash scripts/bench-chart-export.sh 11 2>/dev/null | grep -o '[0-9.]* ms' | head -1 | grep -o '^[0-9.]*' || true)
row "chart export, whole process (ms)" "$chart" "" ""

if [ "$big" -eq 1 ]; then
  import_store 100000 1
  search_figures 100000
  shown=$("$app" --db "$work/store-100000.db" --exit-when-ready 2>/dev/null | grep -m1 'debate shown' || true)
  row "start to debate shown, 100000 documents (ms)" "$(echo "$shown" | grep -o '^debate shown: [0-9.]*' | grep -o '[0-9.]*$')" "" ""
fi
