#!/usr/bin/env python3
"""Person-name pairs judged by people: how `cordon compare` scores them.

Reads ../shared/data/names/name_matching_eval/annotated-index-test.tsv.gz (`name1<TAB>name2<TAB>
score`, 1 for the same person, 0 for two), scores every pair with `cordon compare --input`
(schema Person) and prints, at each threshold, how many pairs of each kind score at it or
more; with --misses, the same-person pairs below the default threshold (0.8) and the
different-person pairs at or above it.

    tools/judged_pairs_eval.py [--cordon build/cli/cordon] [--misses]
"""
import argparse
import csv
import gzip
import json
import os
import subprocess
import sys
import tempfile

THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cordon", default=os.path.join(root, "build", "cli", "cordon"))
    parser.add_argument("--pairs", default=os.path.join(
        root, "..", "shared", "data", "names", "name_matching_eval",
        "annotated-index-test.tsv.gz"))
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.pairs):
        print(f"skipped: {args.pairs} is absent")
        return 0
    with gzip.open(args.pairs, "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    rows = [row for row in rows if len(row) == 3]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "pairs.csv")
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "schema", "name1", "name2"])
            for k, (first, second, _) in enumerate(rows):
                writer.writerow([k, "Person", first, second])
        result = subprocess.run([args.cordon, "compare", "--input", path],
                                capture_output=True, text=True, check=True)
    scores = [json.loads(line)["score"] for line in result.stdout.splitlines() if line]
    same = [(row, score) for row, score in zip(rows, scores) if row[2].strip() == "1"]
    other = [(row, score) for row, score in zip(rows, scores) if row[2].strip() != "1"]
    print(f"{len(rows)} judged pairs: {len(same)} of one person, {len(other)} of two")
    print(f"{'threshold':>9} {'same person':>12} {'two people':>11}")
    for threshold in THRESHOLDS:
        hit = sum(score >= threshold for _, score in same)
        false = sum(score >= threshold for _, score in other)
        print(f"{threshold:9.2f} {hit:6d} ({100 * hit / max(len(same), 1):4.1f}%) "
              f"{false:5d} ({100 * false / max(len(other), 1):5.2f}%)")
    if args.misses:
        for (first, second, _), score in sorted(same, key=lambda item: item[1]):
            if score < 0.8:
                print(f"  same, {score:.2f}: {first} | {second}")
        for (first, second, _), score in sorted(other, key=lambda item: -item[1]):
            if score >= 0.8:
                print(f"  two,  {score:.2f}: {first} | {second}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
