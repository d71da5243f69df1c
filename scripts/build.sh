#!/usr/bin/env bash
# Configures and builds Cordon. Usage: scripts/build.sh [release|debug|asan|fuzz] (default release).
# Build trees: build/ (release), build-debug/, build-asan/ (ASan+UBSan), build-fuzz/ (clang).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:-release}
jobs=${CORDON_JOBS:-$(nproc)}
case "$kind" in
  release) dir=build;       args=(-DCMAKE_BUILD_TYPE=Release) ;;
  debug)   dir=build-debug; args=(-DCMAKE_BUILD_TYPE=Debug) ;;
  asan)    dir=build-asan;  args=(-DCMAKE_BUILD_TYPE=Debug -DCORDON_SANITIZE=address,undefined
                                  -DCORDON_BUILD_BENCHMARKS=OFF) ;;
  fuzz)    dir=build-fuzz;  args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++
                                  -DCORDON_BUILD_FUZZERS=ON -DCORDON_BUILD_TESTS=OFF
                                  -DCORDON_BUILD_BENCHMARKS=OFF
                                  -DCORDON_SANITIZE=address,undefined) ;;
  *) echo "usage: $0 [release|debug|asan|fuzz]" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" -G Ninja -DCORDON_WERROR=ON "${args[@]}" >/dev/null
cmake --build "$dir" -j "$jobs"
