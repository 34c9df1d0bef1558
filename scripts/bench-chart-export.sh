#!/usr/bin/env bash
# Median time for standpoint-cli to export a 1920x1080 PNG chart, over N runs (default 21).
# Usage: scripts/bench-chart-export.sh [N] [CHART]   (after scripts/setup.sh has built the release preset)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
chart="${2:-trade-turnover}"
cli="build/release/app/cli/standpoint-cli"
[ -x "$cli" ] || { echo "build first: scripts/setup.sh test (or cmake --build --preset release)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/bench.db" init >/dev/null
"$cli" --db "$work/bench.db" chart "$chart" --out "$work/warm.png" >/dev/null   # warm the file cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$cli" --db "$work/bench.db" chart "$chart" --out "$work/out.png" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "chart export (${chart}, 1920x1080 PNG, whole process): runs=${runs} median=${sorted[$((runs / 2))]} ms min=${sorted[0]} ms max=${sorted[$((runs - 1))]} ms"
