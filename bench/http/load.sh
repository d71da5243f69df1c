#!/usr/bin/env bash
# Load test of `cordon serve` with wrk: single-name POST /match/default against the OFAC SDN
# list, server and wrk on the same machine, then the same load with reloads every second
# (SIGHUP and POST /admin/reload), counting failed requests.
#
#   bench/http/load.sh [build-dir] [seconds] [connections]    (defaults: build 15 64)
# WRK_THREADS sets wrk's threads (default 2).
# Needs wrk (scripts/setup_bench.sh installs it) and ../shared/data/lists/us_ofac_sdn/latest.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
seconds=${2:-15}
connections=${3:-64}
cordon="$build/cli/cordon"
list=../shared/data/lists/us_ofac_sdn/latest
[ -x "$cordon" ] || { echo "load.sh: $cordon not built (scripts/build.sh)" >&2; exit 2; }
[ -d "$list" ] || { echo "load.sh: $list absent: skipped" >&2; exit 0; }
command -v wrk >/dev/null || { echo "load.sh: wrk not installed (scripts/setup_bench.sh)" >&2; exit 2; }

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$cordon" index build --list "$list" -o "$work/sdn.idx" >/dev/null
# Query names: listed names with a spelling changed, and names not on the list.
"$cordon" synth queries --list "$list" --count 2000 --seed 7 -o "$work/queries.tsv" 2>/dev/null
cut -f2 "$work/queries.tsv" | tail -n +2 > "$work/names.txt"
admin_key="load-test-admin-key-0123456789"
echo "$admin_key" > "$work/admin.keys"

CORDON_ADMIN_KEYS="" "$cordon" serve --index "$work/sdn.idx" --port 0 --admin-keys "$work/admin.keys" \
  --no-access-log 2> "$work/serve.log" &
server_pid=$!
for _ in $(seq 100); do
  grep -q "serving on" "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | sed 's/.*://')
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 3; }
url="http://127.0.0.1:$port"

run_wrk() {
  CORDON_NAMES="$work/names.txt" wrk -t "${WRK_THREADS:-2}" -c "$connections" -d "${seconds}s" --latency \
    -s bench/http/match.lua "$url" | grep '^JSON ' | sed 's/^JSON //'
}

echo "warm-up..." >&2
CORDON_NAMES="$work/names.txt" wrk -t 2 -c 8 -d 2s -s bench/http/match.lua "$url" >/dev/null
steady=$(run_wrk)
echo "steady load ($connections connections, ${seconds}s):  $steady"

# The same load while the index is reloaded every second, alternately by signal and by HTTP.
(
  for i in $(seq "$seconds"); do
    sleep 1
    if [ $((i % 2)) -eq 0 ]; then
      kill -HUP "$server_pid"
    else
      curl -s -o /dev/null -X POST -H "Authorization: Bearer $admin_key" "$url/admin/reload" || true
    fi
  done
) &
reloader=$!
reloading=$(run_wrk)
wait "$reloader"
reloads=$(curl -s "$url/metrics" | grep 'cordon_index_reloads_total{outcome="ok"}' | awk '{print $2}')
echo "with reloads every second:            $reloading  (reloads done: $reloads)"
