#!/usr/bin/env bash
# Delta rescreen against a full run over a synthetic customer base.
#
#   bench/store/rescreen.sh [BUILD_DIR] [CUSTOMERS] [DB_URL]
#
# Customers: CUSTOMERS synthetic people and organisations (`cordon synth --customers`) plus 300
# spelling variants of names on the OFAC SDN list (`cordon synth queries`), so that alerts exist.
# Yesterday's lists: OFAC SDN and the UN list of 2025-11-20. Today's: the same OFAC SDN, the UN
# list of 2026-02-27 (4 entities added, 2 changed, 1 removed) and 40 newly designated entities
# (a synthetic list), a typical daily delta. After `cordon run` on yesterday's lists the store is
# copied; then the copy gets a full `cordon run` on today's lists and the original a
# `cordon rescreen`. Prints both times, their ratio, and whether both raised the same alerts.
# DB_URL defaults to a SQLite file in the work folder; a postgresql:// URL names a server
# database to use (it is dropped and recreated: give a throwaway one). With
# CORDON_BENCH_REUSE=1 (SQLite only), the data and the first run of an earlier call are reused.
set -euo pipefail
build=${1:-build}
customers=${2:-1000000}
db_url=${3:-}
cordon="$build/cli/cordon"
lists=../shared/data/lists
work=${CORDON_BENCH_DIR:-/tmp/cordon-rescreen-bench}
[ -x "$cordon" ] || { echo "build first: $cordon is missing" >&2; exit 2; }
for needed in "$lists/us_ofac_sdn/latest" "$lists/un_sc_sanctions/2025-11-20" "$lists/un_sc_sanctions/2026-02-27"; do
  [ -e "$needed" ] || { echo "skipped: $needed is missing (shared list files)" >&2; exit 0; }
done
reuse=${CORDON_BENCH_REUSE:-0}
[ "$reuse" = 1 ] && [ -z "$db_url" ] && [ -e "$work/yesterday.db" ] || { reuse=0; rm -rf "$work"; mkdir -p "$work"; }
sdn=(--list "$lists/us_ofac_sdn/latest" --lenient)
yesterday=("${sdn[@]}" --list "$lists/un_sc_sanctions/2025-11-20")
today=("${sdn[@]}" --list "$lists/un_sc_sanctions/2026-02-27" --list "$work/new_designations.csv")

db_a=${db_url:-$work/a.db}
db_b=$work/b.db
if [[ "$db_url" == postgres* ]]; then
  base=${db_url%/*}
  name=${db_url##*/}
  db_b="$base/${name}_full"
fi
export CORDON_CACHE_DIR=$work
seconds() { python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])'; }

if [ "$reuse" = 0 ]; then
echo "== data: $customers customers"
"$cordon" synth --customers --entities "$customers" --seed 42 -o "$work/customers.csv"
"$cordon" synth queries "${sdn[@]}" --count 300 --negatives 0 --seed 5 -o "$work/variants.tsv"
awk -F'\t' 'NR > 1 { gsub(/"/, "\"\"", $2); printf "v%s,\"%s\",,,\n", $1, $2 }' "$work/variants.tsv" \
  >> "$work/customers.csv"
"$cordon" synth --entities 40 --seed 20261202 -o "$work/new_designations.csv"
# A few customers carry the names of the new designations.
awk -F, 'NR > 1 && NR % 4 == 0 { printf "n%s,%s,,,\n", $1, $2 }' "$work/new_designations.csv" \
  >> "$work/customers.csv"

if [[ "$db_url" == postgres* ]]; then
  psql "$base/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name"
  psql "$base/postgres" -qc "DROP DATABASE IF EXISTS ${name}_full WITH (FORCE)"
fi

echo "== db init + customers import"
"$cordon" db init --db "$db_a"
/usr/bin/time -f "   import: %e s, peak RSS %M KiB" "$cordon" customers import "$work/customers.csv" --db "$db_a"
echo "== cordon run (yesterday's lists)"
/usr/bin/time -f "   peak RSS %M KiB" "$cordon" run --db "$db_a" "${yesterday[@]}" --no-progress \
  --customer-index "$work/customers.idx"
[[ "$db_url" == postgres* ]] || cp "$db_a" "$work/yesterday.db"
cp "$work/customers.idx" "$work/yesterday.idx"
else
  echo "== reusing the data and the first run in $work"
fi
if [[ "$db_url" == postgres* ]]; then
  psql "$base/postgres" -qc "CREATE DATABASE ${name}_full TEMPLATE $name"
else
  cp "$work/yesterday.db" "$db_a"
  cp "$work/yesterday.db" "$db_b"
  rm -f "$db_a-wal" "$db_a-shm" "$db_b-wal" "$db_b-shm"
fi
cp "$work/yesterday.idx" "$work/customers.idx"
cp "$work/yesterday.idx" "$work/customers_full.idx"
sync

pairs() {
  "$cordon" alerts list --db "$1" --run "$2" --json |
    awk -F'"' '/"customer_id"/ { c = $4 } /"entity_id"/ { print c "\t" $4 }' | sort
}
if [ "$reuse" = 1 ] && [ -s "$work/full.pairs" ]; then
  echo "== full cordon run (today's lists): reusing the earlier result"
else
  echo "== full cordon run (today's lists) on a copy"
  "$cordon" run --db "$db_b" "${today[@]}" --json --customer-index "$work/customers_full.idx" > "$work/full.json"
  full_run=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$work/full.json")
  pairs "$db_b" "$full_run" > "$work/full.pairs"
fi
echo "== cordon rescreen (today's lists)"
"$cordon" rescreen --db "$db_a" "${today[@]}" ${CORDON_RESCREEN_ARGS:-} --json --customer-index "$work/customers.idx" > "$work/delta.json"
python3 - "$work/full.json" "$work/delta.json" <<'PY'
import json, sys
full, delta = (json.load(open(p)) for p in sys.argv[1:3])
print(f"   full run: {full['customers_screened']:,} customers, {full['alerts_new']} new alerts, {full['seconds']:.2f} s")
print(f"   rescreen: {delta['entities_added']} added / {delta['entities_changed']} changed / {delta['entities_removed']} removed entities, "
      f"{delta['candidate_customers']} customers reached, {delta['near_misses_checked']} near misses checked, {delta['customers_screened']} screened, {delta['customers_changed']} changed customers, "
      f"{delta['alerts_new']} new alerts, {delta['seconds']:.3f} s (search {delta['search_seconds']:.3f} s)")
print(f"   ratio: {full['seconds'] / delta['seconds']:.0f}x")
PY
delta_run=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["run_id"])' "$work/delta.json")
if diff "$work/full.pairs" <(pairs "$db_a" "$delta_run") > "$work/alerts.diff"; then
  echo "   same alerts: yes ($(pairs "$db_a" "$delta_run" | wc -l) customer x entity pairs)"
else
  echo "   same alerts: NO (see $work/alerts.diff)"; exit 1
fi
