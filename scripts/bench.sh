#!/usr/bin/env bash
# Every benchmark, one command: builds Release with benchmarks, then runs
#   1. Google Benchmark: ingest throughput, normalisation, similarity, candidates, scoring,
#      end-to-end screening and the candidate step's recall (bench/*/*_bench.cc);
#   2. Cordon against PostgreSQL 15 pg_trgm on the development set (bench/pg_trgm/compare.py);
#   3. the HTTP load test with wrk against the OFAC SDN list (bench/http/load.sh);
#   4. the growth table at 100k and 1M names (tools/bench_growth.sh; add 10M with
#      CORDON_GROWTH_SIZES=100000,1000000,10000000).
# Usage: scripts/bench.sh [micro|pg|http|growth]... (default: all). Not part of the tests:
# figures go to stdout, nothing asserts on time. Needs scripts/setup_bench.sh once.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CORDON_BENCH_BUILD:-build-bench}
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(micro pg http growth)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCORDON_BUILD_TESTS=OFF \
  -DCORDON_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j "${CORDON_JOBS:-$(nproc)}"
for part in "${parts[@]}"; do
  echo "=== $part"
  case "$part" in
    micro) "$build/bench/cordon_bench" --benchmark_repetitions=3 \
             --benchmark_report_aggregates_only=true ;;
    pg) python3 bench/pg_trgm/compare.py --cordon "$build/cli/cordon" \
          --list ../shared/data/eval/dev_index.ftm.json \
          --queries ../shared/data/eval/dev_queries.tsv ;;
    http) bash bench/http/load.sh "$build" 15 64 ;;
    growth) bash tools/bench_growth.sh "$build" --sizes "${CORDON_GROWTH_SIZES:-100000,1000000}" ;;
    *) echo "scripts/bench.sh: unknown part '$part' (micro, pg, http, growth)" >&2; exit 2 ;;
  esac
done
