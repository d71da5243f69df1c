#!/usr/bin/env bash
# Growth benchmark: how index build, snapshot size, load time, memory, latency, throughput and
# accuracy move from 100,000 to 10,000,000 listed names, on synthetic lists (`cordon synth`, seed
# 1) with 5,000 labelled queries drawn from each (`cordon synth queries`). See bench/README.md.
#
# Usage: tools/bench_growth.sh [build-dir] [--sizes 100000,1000000,10000000] [--queries 5000]
#                              [--seed 1] [--keep]
# build-dir (relative to the repository root, or absolute) holds a built `cordon` (default:
# build). Work files go to a fresh directory under ${TMPDIR:-/tmp}, removed at exit unless
# --keep. Progress goes to stderr, one Markdown table to stdout. Needs /usr/bin/time (Debian
# package `time`) and awk.
set -euo pipefail

build=build
sizes=100000,1000000,10000000
queries=5000
seed=1
keep=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench_growth: unknown option $1" >&2; exit 2 ;;
    *) build=$1; shift ;;
  esac
done
if ! [[ $sizes =~ ^[0-9]+(,[0-9]+)*$ && $queries =~ ^[0-9]+$ && $seed =~ ^[0-9]+$ ]]; then
  echo "bench_growth: --sizes takes numbers separated by commas, --queries and --seed a number" >&2
  exit 2
fi
cd "$(dirname "$0")/.."  # build-dir is relative to the repository, as in bench_ingest.sh
cordon=$(realpath -m "$build/cli/cordon")
if [[ ! -x $cordon ]]; then
  echo "bench_growth: no cordon binary at $cordon (build first, or give the build dir)" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench_growth: /usr/bin/time is missing (apt-get install time)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/cordon_growth.XXXXXX")
if [[ $keep = 1 ]]; then
  echo "bench_growth: work files kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
log() { echo "bench_growth: $*" >&2; }

# The number before " names written" in a `cordon synth` summary.
names_written() { sed -n 's/.* \([0-9,]*\) names written.*/\1/p' "$1" | tr -d ,; }
# A number field of the one-line JSON `cordon screen --stats` prints ("p50" is unique).
json_number() { grep -o "\"$1\": [0-9.]*" "$2" | head -1 | awk '{print $2}'; }
# Wall seconds and peak RSS (kB) from /usr/bin/time -v.
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
    for (i = 1; i <= n; ++i) s = s * 60 + t[i]; print s}' "$1"
}
peak_rss_kb() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }

# Names per entity, measured on a sample, to turn a name count into an entity count.
"$cordon" synth --entities 20000 --seed "$seed" -o "$work/probe.csv" 2>"$work/probe.err"
per_entity=$(awk -v names="$(names_written "$work/probe.err")" 'BEGIN {printf "%.4f", names / 20000}')
rm -f "$work/probe.csv"
log "$per_entity names per entity (seed $seed)"

rows=()
IFS=, read -r -a size_list <<<"$sizes"
for target in "${size_list[@]}"; do
  entities=$(awk -v n="$target" -v p="$per_entity" 'BEGIN {printf "%d", n / p + 0.5}')
  list=$work/list.csv
  index=$work/list.idx
  log "$target names: synth $entities entities"
  "$cordon" synth --entities "$entities" --seed "$seed" -o "$list" 2>"$work/synth.err"
  names=$(names_written "$work/synth.err")

  log "$target names: index build"
  /usr/bin/time -v "$cordon" index build --list "$list" -o "$index" >"$work/build.out" \
    2>"$work/build.err"
  build_s=$(wall_seconds "$work/build.err")
  build_rss_kb=$(peak_rss_kb "$work/build.err")
  snapshot_bytes=$(stat -c %s "$index")

  log "$target names: $queries queries"
  "$cordon" synth queries --list "$list" --count "$queries" --seed "$seed" -o "$work/q.tsv" \
    2>"$work/queries.err"
  rm -f "$list"  # the rest reads the snapshot only
  # TSV (qid, query, expected, family) to the batch CSV `cordon screen --input` reads.
  awk -F'\t' 'NR == 1 {print "id,name"; next}
    {gsub(/"/, "\"\"", $2); printf "%s,\"%s\"\n", $1, $2}' "$work/q.tsv" >"$work/q.csv"

  for threads in 1 2; do
    log "$target names: screen, $threads thread(s)"
    "$cordon" screen --index "$index" --input "$work/q.csv" -o /dev/null --stats \
      --threads "$threads" --no-progress 2>"$work/screen$threads.err"
    grep '^{' "$work/screen$threads.err" >"$work/stats$threads.json"
  done
  stats=$work/stats1.json
  log "$target names: eval"
  "$cordon" eval --index "$index" --queries "$work/q.tsv" >"$work/eval.out"
  # "all positives  N  recall@1  recall@10  alert recall" and "negative  N  -  -  FPR x%".
  read -r recall1 recall10 < <(awk '$1 == "all" && $2 == "positives" {print $4, $5}' \
    "$work/eval.out")
  fpr=$(awk '$1 == "negative" {print $NF}' "$work/eval.out")

  rows+=("$(awk -v names="$names" -v entities="$entities" -v build_s="$build_s" \
    -v build_rss="$build_rss_kb" -v bytes="$snapshot_bytes" \
    -v load="$(json_number index_load_ms "$stats")" -v rss="$(json_number peak_rss_kb "$stats")" \
    -v p50="$(json_number p50 "$stats")" -v p95="$(json_number p95 "$stats")" \
    -v p99="$(json_number p99 "$stats")" \
    -v qps1="$(json_number queries_per_second "$stats")" \
    -v qps2="$(json_number queries_per_second "$work/stats2.json")" \
    -v r1="$recall1" -v r10="$recall10" -v fpr="$fpr" '
    function group(n,   s, out) {  # 1234567 -> 1,234,567
      s = sprintf("%d", n)
      out = ""
      while (length(s) > 3) {
        out = "," substr(s, length(s) - 2) out
        s = substr(s, 1, length(s) - 3)
      }
      return s out
    }
    BEGIN {
      printf "| %s | %s | %.1f | %s | %s | %s | %.1f | %s | %s / %s / %s | %s | %s | %s | %s | %s |",
        group(names), group(entities), build_s, group(build_rss / 1024 + 0.5),
        group(bytes / 1048576 + 0.5), group(bytes / names + 0.5), load, group(rss / 1024 + 0.5),
        group(p50 + 0.5), group(p95 + 0.5), group(p99 + 0.5), group(qps1 + 0.5), group(qps2 + 0.5),
        r1, r10, fpr
    }')")
  rm -f "$index" "$work"/q.* "$work"/*.err "$work"/*.json "$work"/*.out
done

echo "| names | entities | build s | build RSS MB | snapshot MB | bytes/name | load ms |" \
  "screen RSS MB | p50 / p95 / p99 µs (1 thread) | q/s, 1 thread | q/s, 2 threads |" \
  "recall@1 | recall@10 | FPR |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
