#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan; the "fuzz" preset) and runs each one for a bounded
# time from its seed corpus (tests/fuzz/corpus/<target>, inputs taken from the tests). Prints each
# target's executions and coverage and the total; exits non-zero on any finding (a crash, a leak,
# undefined behaviour, a timeout), leaving the input that caused it in build/fuzz/findings/.
# Usage: scripts/fuzz.sh [SECONDS per target, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin=build/fuzz/tests/fuzz
work=build/fuzz/runs
findings=build/fuzz/findings
rm -rf "$work" && mkdir -p "$work" "$findings"
targets=(pack_manifest set_file csv_series search_query pdf_layout import_text import_markdown import_html import_docx)

run_one() {
  local name="$1"
  mkdir -p "$work/$name/corpus"
  cp tests/fuzz/corpus/"$name"/* "$work/$name/corpus/"
  # Qt's own warnings are noise here; a finding stops the run and is reported below.
  QT_LOGGING_RULES="*=false" ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$findings/$name-" "$work/$name/corpus" > "$work/$name/log" 2>&1
}

# Two at a time: the machine has two cores.
failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for name in "${targets[@]:i:2}"; do
    run_one "$name" & pids+=("$!")
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
done

total=0
printf '%-18s %12s %8s %8s %s\n' target executions cov ft result
for name in "${targets[@]}"; do
  log="$work/$name/log"
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
    result="FINDING (see $log)"
    failed=1
  else
    result=ok
  fi
  total=$((total + ${runs:-0}))
  printf '%-18s %12s %8s %8s %s\n' "$name" "${runs:-0}" "${cov:-0}" "${ft:-0}" "$result"
done
echo "total executions: $total in ${#targets[@]} targets, ${seconds} s each"
if [ "$failed" -ne 0 ]; then
  echo "fuzzing found a problem; the inputs are in $findings" >&2
  exit 1
fi
