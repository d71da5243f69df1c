#!/usr/bin/env bash
# The whole test suite: format check, release build + tests, ASan/UBSan build + tests, a
# benchmark smoke run and every fuzz target for a bounded time. `--quick` runs the release
# tests only. Closes with "tests: N passed, N failed" (ctest cases; a failed stage counts as a
# failure too).
set -uo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1
fuzz_seconds=${CORDON_FUZZ_SECONDS:-20}
passed=0
failed=0
stage() {  # stage NAME COMMAND...
  local name=$1; shift
  echo "== $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "== $name: ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1)); echo "== $name: FAILED ($((SECONDS - start)) s)"
  fi
}

format_check() {
  git ls-files '*.h' '*.cc' | xargs clang-format --dry-run --Werror
}
test_passed=0
test_failed=0
ctest_in() {  # runs ctest and adds its counts to the totals of the closing line
  local log; log=$(mktemp)
  ctest --test-dir "$1" --output-on-failure -j "$(nproc)" --timeout 600 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local summary; summary=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)
  if [ -n "$summary" ]; then
    local failed total
    failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/')
    total=$(echo "$summary" | sed -E 's/.* tests failed out of ([0-9]+).*/\1/')
    test_passed=$((test_passed + total - failed))
    test_failed=$((test_failed + failed))
  fi
  rm -f "$log"
  return "$status"
}
bench_smoke() {
  [ -x build/bench/cordon_bench ] || return 0
  build/bench/cordon_bench --benchmark_min_time=0.01 >/dev/null
}
fuzz_all() {
  scripts/build.sh fuzz || return 1
  local status=0
  for target in build-fuzz/fuzz/fuzz_*; do
    [ -x "$target" ] || continue
    local name; name=$(basename "$target")
    local corpus; corpus=$(mktemp -d)
    cp -r "fuzz/corpus/$name/." "$corpus/" 2>/dev/null || true
    echo "-- $name (${fuzz_seconds} s)"
    if ! "$target" -max_total_time="$fuzz_seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=0 -artifact_prefix="build-fuzz/$name-" \
        "$corpus" > "$corpus.log" 2>&1; then
      echo "$name FAILED (input kept as build-fuzz/$name-crash-*):"
      grep -v -E '^#[0-9]+' "$corpus.log" | tail -40; status=1
    fi
    rm -rf "$corpus" "$corpus.log"
  done
  return $status
}

# The store's tests also run on a throwaway PostgreSQL 15 server on loopback (skipped with a
# message when PostgreSQL is not installed).
pg_dir=$(mktemp -d /tmp/cordon-pg.XXXXXX)
trap 'scripts/pg_test_server.sh stop "$pg_dir"' EXIT
if pg_env=$(scripts/pg_test_server.sh start "$pg_dir") && [ -n "$pg_env" ]; then
  eval "$pg_env"
  echo "== PostgreSQL test server: $CORDON_TEST_POSTGRES_URL"
else
  echo "== PostgreSQL test server not started: the store's PostgreSQL tests will be skipped"
fi

stage "release build" scripts/build.sh release
stage "release tests" ctest_in build
if [ $quick -eq 0 ]; then
  stage "format check" format_check
  stage "benchmark smoke run" bench_smoke
  stage "asan+ubsan build" scripts/build.sh asan
  stage "asan+ubsan tests" ctest_in build-asan
  stage "fuzzers (${fuzz_seconds} s each)" fuzz_all
fi
echo "stages: $passed ok, $failed failed"
# Closing line: test cases run by ctest (release and sanitizer builds), plus failed stages.
echo "tests: $test_passed passed, $((test_failed + failed)) failed"
[ $failed -eq 0 ]
