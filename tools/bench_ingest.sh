#!/usr/bin/env bash
# Builds cordon_bench in Release and runs the ingest benchmarks (bench/ingest/ingest_bench.cc) on
# the real lists in ../shared/data/lists. Usage: tools/bench_ingest.sh [build-dir] [extra args]
# (default build dir: build-bench). Extra args go to Google Benchmark, e.g.
# --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-bench}
shift || true
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCORDON_BUILD_TESTS=OFF \
  -DCORDON_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$dir" --target cordon_bench -j "${CORDON_JOBS:-$(nproc)}"
"$dir/bench/cordon_bench" --benchmark_filter=Ingest "$@"
