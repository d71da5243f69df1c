#!/usr/bin/env python3
"""Cordon against PostgreSQL 15 pg_trgm on the same names and the same labelled queries.

Exports every listed name with `cordon lists names`, loads them into a throwaway PostgreSQL 15
cluster (initdb in a temporary directory, loopback only, removed at exit even on error) with a
GIN trigram index, and runs each query there as

    SELECT entity_id, similarity(name, q) AS s FROM names WHERE name % q ORDER BY s DESC LIMIT 10

from one client (or --threads clients), timing each. Then screens the same queries with
`cordon screen --input ... --threshold 0 --limit 10 --stats` and prints both side by side:
queries per second, latency percentiles, recall@1 and recall@10 over the positive queries (the
expected entity among the distinct entity ids returned), per family too.

Queries are the TSV `cordon eval` reads: qid, query, expected_entity_id (empty for negatives),
family. Needs python3-psycopg2 and postgresql-15 (scripts/setup_bench.sh). Run as root (the
cluster then runs as the `postgres` system user through runuser) or as an ordinary user.

    python3 bench/pg_trgm/compare.py --cordon build/cli/cordon \\
        --list ../shared/data/eval/dev_index.ftm.json \\
        --queries ../shared/data/eval/dev_queries.tsv --limit 300
"""

import argparse
import csv
import io
import json
import os
import shutil
import signal
import statistics
import socket
import subprocess
import sys
import tempfile
import threading
import time

SYSTEM_PYTHON = "/usr/bin/python3"


def import_psycopg2():
    """psycopg2 from Debian's python3-psycopg2 lives in the system Python; when this script
    runs under another interpreter (pyenv, a virtualenv), run it again under the system one."""
    try:
        import psycopg2  # noqa: F401  pylint: disable=import-outside-toplevel

        return psycopg2
    except ImportError:
        if (os.path.exists(SYSTEM_PYTHON)
                and os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON)
                and not os.environ.get("CORDON_COMPARE_REEXEC")):
            os.environ["CORDON_COMPARE_REEXEC"] = "1"
            os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, os.path.abspath(__file__)] + sys.argv[1:])
        sys.exit("compare.py: psycopg2 is missing: install python3-psycopg2 "
                 "(scripts/setup_bench.sh)")


def parse_args():
    parser = argparse.ArgumentParser(
        description="Cordon against PostgreSQL pg_trgm: throughput, latency, recall@1/@10.")
    parser.add_argument("--cordon", required=True, help="path to the cordon binary")
    parser.add_argument("--list", dest="lists", action="append", required=True,
                        help="list file or directory (repeatable), as for cordon --list")
    parser.add_argument("--format", default="", help="list format passed to cordon (--format)")
    parser.add_argument("--queries", required=True,
                        help="TSV: qid, query, expected_entity_id, family (with a header)")
    parser.add_argument("--limit", type=int, default=0,
                        help="use N queries, taken at even steps through the file so that every "
                             "family is represented (default: all)")
    parser.add_argument("--threads", type=int, default=1,
                        help="PostgreSQL client connections, and cordon screen --threads "
                             "(default 1)")
    parser.add_argument("--pg-threshold", type=float, default=0.3,
                        help="pg_trgm.similarity_threshold for the %% operator (default 0.3)")
    parser.add_argument("--pg-bin", default="/usr/lib/postgresql/15/bin",
                        help="directory of initdb and pg_ctl")
    parser.add_argument("--warmup", type=int, default=50,
                        help="queries run untimed on PostgreSQL before measuring (default 50)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timed rounds, each pg_trgm then Cordon back to back; the figures "
                             "are the medians and the ratio the median of the rounds' ratios, "
                             "so that a change in the machine's speed between the two sides "
                             "weighs less (default 3)")
    parser.add_argument("--json", dest="json_path", default="",
                        help="also write the figures as JSON to this file")
    parser.add_argument("--keep-temp", action="store_true",
                        help="keep the temporary directory (names, queries, Cordon output)")
    args = parser.parse_args()
    if args.threads < 1:
        parser.error("--threads must be at least 1")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.limit < 0:
        parser.error("--limit must not be negative")
    if not 0 <= args.pg_threshold <= 1:
        parser.error("--pg-threshold must lie in [0, 1]")
    return args


def read_queries(path, limit):
    queries = []
    with open(path, encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line:
                continue
            cols = line.split("\t")
            if number == 1 and cols[0] == "qid":
                continue
            if len(cols) < 4:
                sys.exit(f"compare.py: {path}:{number}: expected 4 tab-separated columns "
                         "(qid, query, expected_entity_id, family)")
            queries.append({"qid": cols[0], "query": cols[1], "expected": cols[2],
                            "family": cols[3]})
    if limit and limit < len(queries):
        step = len(queries) / limit
        queries = [queries[int(i * step)] for i in range(limit)]
    if not queries:
        sys.exit(f"compare.py: {path}: no queries")
    return queries


def percentile(values, fraction):
    """Nearest-rank percentile of `values` (seconds), or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(round(fraction * len(ordered) + 0.5)))
    return ordered[min(rank, len(ordered)) - 1]


def distinct(ids):
    seen = []
    for entity_id in ids:
        if entity_id not in seen:
            seen.append(entity_id)
    return seen


def recall(queries, results):
    """recall@1 and recall@10 over positive queries, overall and per family. `results` holds one
    list of entity ids (best first) per query."""
    overall = {"positives": 0, "at1": 0, "at10": 0}
    families = {}
    for query, ids in zip(queries, results):
        family = families.setdefault(query["family"], {"queries": 0, "at1": 0, "at10": 0})
        family["queries"] += 1
        if not query["expected"]:
            continue
        ids = distinct(ids)[:10]
        hit1 = bool(ids) and ids[0] == query["expected"]
        hit10 = query["expected"] in ids
        overall["positives"] += 1
        overall["at1"] += hit1
        overall["at10"] += hit10
        family["at1"] += hit1
        family["at10"] += hit10
    positives = overall["positives"]
    return {
        "positives": positives,
        "recall_at_1": overall["at1"] / positives if positives else None,
        "recall_at_10": overall["at10"] / positives if positives else None,
        "families": {
            name: {
                "queries": f["queries"],
                "recall_at_1": f["at1"] / f["queries"] if name != "negative" else None,
                "recall_at_10": f["at10"] / f["queries"] if name != "negative" else None,
            }
            for name, f in sorted(families.items())
        },
    }


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=False, **kwargs)


class Cluster:
    """A throwaway PostgreSQL cluster in a temporary directory, listening on 127.0.0.1 only."""

    def __init__(self, pg_bin, workdir):
        self.pg_bin = pg_bin
        self.dir = os.path.join(workdir, "pg")
        self.data = os.path.join(self.dir, "data")
        self.log = os.path.join(self.dir, "server.log")
        self.port = None
        self.started = False
        # As root, PostgreSQL refuses to run: run it as the postgres system user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _check(self, cmd, what):
        result = run(self.as_user + cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                     text=True)
        if result.returncode != 0:
            log = ""
            if os.path.exists(self.log):
                with open(self.log, encoding="utf-8", errors="replace") as f:
                    log = f.read()[-2000:]
            raise RuntimeError(f"{what} failed ({result.returncode}):\n{result.stdout}\n{log}")

    def start(self):
        for tool in ("initdb", "pg_ctl"):
            if not os.access(os.path.join(self.pg_bin, tool), os.X_OK):
                raise RuntimeError(f"{self.pg_bin}/{tool} not found: install postgresql-15 "
                                   "(scripts/setup_bench.sh) or give --pg-bin")
        os.makedirs(self.dir)
        if self.as_user:
            shutil.chown(os.path.dirname(self.dir), "postgres")
            shutil.chown(self.dir, "postgres")
        self._check([os.path.join(self.pg_bin, "initdb"), "-D", self.data, "-A", "trust", "-U",
                     "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], "initdb")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} "
                   "-c shared_buffers=256MB -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off")
        self.started = True  # from here on, stop() must run
        self._check([os.path.join(self.pg_bin, "pg_ctl"), "-D", self.data, "-l", self.log, "-w",
                     "-t", "60", "-o", options, "start"], "pg_ctl start")

    def stop(self):
        if not self.started:
            return
        self.started = False
        for mode in ("fast", "immediate"):
            result = run(self.as_user + [os.path.join(self.pg_bin, "pg_ctl"), "-D", self.data,
                                         "-m", mode, "-w", "-t", "30", "stop"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if result.returncode == 0:
                return

    def connect(self, psycopg2):
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres",
                                dbname="postgres")
        conn.autocommit = True
        return conn


def copy_text_field(value):
    return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def export_names(args, workdir):
    path = os.path.join(workdir, "names.tsv")
    cmd = [args.cordon, "lists", "names", "-o", path]
    for lst in args.lists:
        cmd += ["--list", lst]
    if args.format:
        cmd += ["--format", args.format]
    result = run(cmd, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"compare.py: cordon lists names failed ({result.returncode}):\n{result.stderr}")
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        next(f, None)  # header
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[1]:
                rows.append((cols[0], cols[1]))
    return rows


def load_pg(args, psycopg2, cluster, names):
    """Loads the names and builds the trigram index; returns the set-up figures."""
    figures = {}
    conn = cluster.connect(psycopg2)
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION pg_trgm")
    cur.execute("CREATE TABLE names (entity_id text NOT NULL, name text NOT NULL)")
    start = time.perf_counter()
    buffer = "".join(f"{copy_text_field(e)}\t{copy_text_field(n)}\n" for e, n in names)
    cur.copy_expert("COPY names (entity_id, name) FROM STDIN", io.StringIO(buffer))
    figures["load_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    cur.execute("CREATE INDEX names_name_trgm ON names USING gin (name gin_trgm_ops)")
    cur.execute("ANALYZE names")
    figures["index_ms"] = (time.perf_counter() - start) * 1000
    cur.execute("SELECT pg_relation_size('names_name_trgm'), pg_relation_size('names')")
    figures["index_bytes"], figures["table_bytes"] = cur.fetchone()
    figures["names"] = len(names)
    conn.close()
    return figures


def run_pg(args, psycopg2, cluster, queries):
    """One timed pass of every query (after the warm-up) through pg_trgm."""
    figures = {}
    sql = ("SELECT entity_id, similarity(name, %s) AS s FROM names WHERE name %% %s "
           "ORDER BY s DESC LIMIT 10")
    results = [None] * len(queries)
    latencies = [None] * len(queries)
    errors = []
    spans = []  # (start, end) of each client's timed queries
    barrier = threading.Barrier(args.threads)

    def worker(offset):
        try:
            c = cluster.connect(psycopg2)
            k = c.cursor()
            k.execute("SET pg_trgm.similarity_threshold = %s", (args.pg_threshold,))
            for index in range(offset, min(args.warmup, len(queries)), args.threads):
                k.execute(sql, (queries[index]["query"], queries[index]["query"]))
                k.fetchall()
            barrier.wait()  # every client starts its timed queries together
            began = time.perf_counter()
            for index in range(offset, len(queries), args.threads):
                text = queries[index]["query"]
                t0 = time.perf_counter()
                k.execute(sql, (text, text))
                rows = k.fetchall()
                latencies[index] = time.perf_counter() - t0
                results[index] = [row[0] for row in rows]
            spans.append((began, time.perf_counter()))
            c.close()
        except Exception as error:  # pylint: disable=broad-except
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.threads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    if errors:
        causes = [e for e in errors if not isinstance(e, threading.BrokenBarrierError)]
        raise (causes or errors)[0]
    # Throughput over the timed queries only (the warm-up ran before the barrier).
    busy = max(end for _, end in spans) - min(start for start, _ in spans)
    figures["threads"] = args.threads
    figures["queries"] = len(queries)
    figures["seconds"] = busy
    figures["wall_seconds"] = wall
    figures["queries_per_second"] = len(queries) / busy if busy > 0 else None
    figures["latency_ms"] = {p: percentile(latencies, f) * 1000
                             for p, f in (("p50", 0.50), ("p95", 0.95), ("p99", 0.99))}
    figures.update(recall(queries, results))
    return figures


def cordon_flags(cordon):
    result = run([cordon, "screen", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                 text=True)
    return result.stdout


def run_cordon(args, queries, workdir):
    qpath = os.path.join(workdir, "queries.csv")
    with open(qpath, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "name"])
        for q in queries:
            writer.writerow([q["qid"], q["query"]])
    out_path = os.path.join(workdir, "cordon_hits.jsonl")
    help_text = cordon_flags(args.cordon)
    has_stats = "--stats" in help_text
    base = [args.cordon, "screen"]
    for lst in args.lists:
        base += ["--list", lst]
    if args.format:
        base += ["--format", args.format]
    if "--threads" in help_text:
        base += ["--threads", str(args.threads)]
    if "--no-progress" in help_text:
        base += ["--no-progress"]
    cmd = base + ["--input", qpath, "--output", out_path, "--threshold", "0", "--limit", "10"]
    if has_stats:
        cmd.append("--stats")
    start = time.perf_counter()
    result = run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"compare.py: cordon screen failed ({result.returncode}):\n{' '.join(cmd)}\n"
                 f"{result.stderr}")
    figures = {"command": " ".join(cmd), "wall_seconds": wall, "stats": has_stats}
    stats = None
    for line in reversed(result.stderr.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                stats = json.loads(line)
                break
            except ValueError:
                continue
    if stats is not None:
        figures["entities"] = stats.get("entities")
        figures["names"] = stats.get("names")
        for key in ("index_ms", "index_build_ms", "index_load_ms"):
            if key in stats:
                figures["index_ms"] = stats[key]
                figures["index_from"] = "loaded" if key == "index_load_ms" else "built"
                break
        figures["peak_rss_kb"] = stats.get("peak_rss_kb")
        figures["threads"] = stats.get("threads", args.threads)
        figures["queries"] = stats.get("queries", len(queries))
        figures["queries_per_second"] = stats.get("queries_per_second")
        latency = stats.get("latency_us") or {}
        figures["latency_ms"] = {p: (latency[p] / 1000 if p in latency else None)
                                 for p in ("p50", "p95", "p99")}
    else:
        # No --stats: time a one-query run too, and take the difference as the screening time.
        one_path = os.path.join(workdir, "one.csv")
        with open(one_path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["id", "name"])
            writer.writerow([queries[0]["qid"], queries[0]["query"]])
        start = time.perf_counter()
        run(base + ["--input", one_path, "--output", os.devnull, "--threshold", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        setup = time.perf_counter() - start
        busy = max(wall - setup, 1e-9)
        figures["index_ms"] = setup * 1000
        figures["index_from"] = "load and build, one-query run"
        figures["threads"] = args.threads
        figures["queries"] = len(queries)
        figures["queries_per_second"] = len(queries) / busy
        figures["latency_ms"] = {"p50": None, "p95": None, "p99": None}
    results = []
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                results.append([hit["entity_id"] for hit in record.get("hits", [])])
    if len(results) != len(queries):
        sys.exit(f"compare.py: {out_path}: {len(results)} lines for {len(queries)} queries")
    figures.update(recall(queries, results))
    return figures


def median_round(rounds):
    """The first round's figures (recall is the same in every round) with throughput and
    latencies replaced by their medians over the rounds."""
    figures = dict(rounds[0])
    rates = [r["queries_per_second"] for r in rounds if r.get("queries_per_second")]
    figures["queries_per_second"] = statistics.median(rates) if rates else None
    figures["round_queries_per_second"] = rates
    latency = {}
    for p in ("p50", "p95", "p99"):
        values = [r["latency_ms"][p] for r in rounds
                  if r.get("latency_ms") and r["latency_ms"].get(p) is not None]
        latency[p] = statistics.median(values) if values else None
    figures["latency_ms"] = latency
    return figures


def fmt(value, kind):
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind == "ms":
        return f"{value:.3f}"
    if kind == "rate":
        return f"{value:,.0f}"
    return str(value)


def print_report(report):
    pg = report["pg_trgm"]
    co = report["cordon"]
    print(f"\n{report['queries']} queries ({report['positives']} positive) against "
          f"{pg['names']:,} names")
    print(f"pg_trgm: COPY {pg['load_ms']:.0f} ms, GIN index {pg['index_ms']:.0f} ms "
          f"({pg['index_bytes'] / 1e6:.1f} MB), similarity_threshold {report['pg_threshold']}, "
          f"{pg['threads']} client(s) on loopback")
    index_ms = co.get("index_ms")
    rss = co.get("peak_rss_kb")
    print(f"Cordon:  index {f'{index_ms:.0f} ms' if index_ms is not None else 'n/a'}"
          + (f" ({co['index_from']})" if co.get("index_from") else "")
          + (f", peak RSS {rss / 1024:.0f} MB" if rss else "")
          + f", {co.get('threads')} thread(s)"
          + ("" if co["stats"] else " (no --stats: throughput from wall time, no latencies)"))
    rows = [
        ("queries/s (median)", "queries_per_second", "rate"),
        ("latency p50 (ms)", ("latency_ms", "p50"), "ms"),
        ("latency p95 (ms)", ("latency_ms", "p95"), "ms"),
        ("latency p99 (ms)", ("latency_ms", "p99"), "ms"),
        ("recall@1", "recall_at_1", "pct"),
        ("recall@10", "recall_at_10", "pct"),
    ]

    def get(figures, key):
        if isinstance(key, tuple):
            return (figures.get(key[0]) or {}).get(key[1])
        return figures.get(key)

    print()
    print(f"{'':<20}{'pg_trgm':>12}{'Cordon':>12}")
    for label, key, kind in rows:
        print(f"{label:<20}{fmt(get(pg, key), kind):>12}{fmt(get(co, key), kind):>12}")
    ratio = report.get("throughput_ratio")
    rounds = ", ".join(f"{r:.1f}x" for r in report.get("round_ratios", []))
    print(f"\nthroughput Cordon/pg_trgm: {ratio:.1f}x (median of {report['rounds']} rounds: "
          f"{rounds})" if ratio else "\nthroughput ratio: n/a")
    print("\nrecall@1 / recall@10 by family:")
    print(f"{'family':<14}{'queries':>8}{'pg_trgm':>18}{'Cordon':>18}")
    for family, f in pg["families"].items():
        c = co["families"].get(family, {})
        if family == "negative":
            continue
        print(f"{family:<14}{f['queries']:>8}"
              f"{fmt(f['recall_at_1'], 'pct') + ' / ' + fmt(f['recall_at_10'], 'pct'):>18}"
              f"{fmt(c.get('recall_at_1'), 'pct') + ' / ' + fmt(c.get('recall_at_10'), 'pct'):>18}")
    print("\npg_trgm latency includes the client round trip on loopback; Cordon's is measured "
          "in process.")


def main():
    args = parse_args()
    psycopg2 = import_psycopg2()
    if not os.access(args.cordon, os.X_OK):
        sys.exit(f"compare.py: {args.cordon}: not an executable")
    args.cordon = os.path.abspath(args.cordon)
    queries = read_queries(args.queries, args.limit)

    workdir = tempfile.mkdtemp(prefix="cordon_pg_trgm_")
    cluster = Cluster(args.pg_bin, workdir)

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)
    try:
        print(f"exporting names ({', '.join(args.lists)}) ...", flush=True)
        names = export_names(args, workdir)
        print(f"{len(names):,} names; starting PostgreSQL in {workdir} ...", flush=True)
        cluster.start()
        setup = load_pg(args, psycopg2, cluster, names)
        pg_rounds = []
        co_rounds = []
        for r in range(args.rounds):
            print(f"round {r + 1}/{args.rounds}: {len(queries)} queries on pg_trgm "
                  f"(port {cluster.port}), then through cordon screen ...", flush=True)
            pg_rounds.append(run_pg(args, psycopg2, cluster, queries))
            co_rounds.append(run_cordon(args, queries, workdir))
        cluster.stop()
        pg = median_round(pg_rounds)
        pg.update(setup)
        co = median_round(co_rounds)
        ratios = [c["queries_per_second"] / p["queries_per_second"]
                  for p, c in zip(pg_rounds, co_rounds)
                  if c.get("queries_per_second") and p.get("queries_per_second")]
        report = {
            "queries": len(queries),
            "positives": pg["positives"],
            "lists": args.lists,
            "queries_file": args.queries,
            "pg_threshold": args.pg_threshold,
            "pg_trgm": pg,
            "cordon": co,
            "rounds": args.rounds,
            "round_ratios": ratios,
            "throughput_ratio": statistics.median(ratios) if ratios else None,
        }
        print_report(report)
        if args.json_path:
            with open(args.json_path, "w", encoding="utf-8") as f:
                json.dump(report, f, indent=2)
                f.write("\n")
            print(f"\nfigures written to {args.json_path}")
    finally:
        cluster.stop()
        if args.keep_temp:
            print(f"kept {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
