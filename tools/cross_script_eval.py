#!/usr/bin/env python3
"""Cross-script name matching check: scores native-script names against their English forms.

Reads the Wikidata transliteration pairs in ../shared/data/names/wikidata_netranslit
(`english<TAB>native, one character per space<TAB>count`), samples N pairs per script, scores
each with `cordon compare --input`, and prints the mean score and the share at or above 0.8
(the default threshold) and 0.6.

    tools/cross_script_eval.py [--cordon build/cli/cordon] [--sample 400] [--seed 1]
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

SCRIPTS = ["arabic", "russian", "hebrew", "katakana", "chinese", "korean"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--cordon", default=os.path.join(root, "build", "cli", "cordon"))
    parser.add_argument("--names", default=os.path.join(root, "..", "shared", "data", "names",
                                                          "wikidata_netranslit"))
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isdir(args.names):
        print(f"skipped: {args.names} is absent")
        return 0
    print(f"{'script':10} {'pairs':>6} {'mean':>6} {'>=0.8':>7} {'>=0.6':>7}")
    for script in SCRIPTS:
        path = os.path.join(args.names, f"wd_{script}_20")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if "\t" in line]
        random.seed(args.seed)
        rows = random.sample(rows, min(args.sample, len(rows)))
        with tempfile.TemporaryDirectory() as tmp:
            pairs = os.path.join(tmp, "pairs.csv")
            with open(pairs, "w", newline="", encoding="utf-8") as out:
                writer = csv.writer(out)
                writer.writerow(["id", "schema", "name1", "name2"])
                for idx, row in enumerate(rows):
                    native = row[1].replace(" ", "").replace("_", " ")
                    writer.writerow([idx, "Person", native, row[0]])
            result = subprocess.run([args.cordon, "compare", "--input", pairs],
                                    capture_output=True, text=True, check=True)
        scores = [json.loads(line)["score"] for line in result.stdout.splitlines() if line]
        n = len(scores)
        print(f"{script:10} {n:6d} {sum(scores) / n:6.3f} "
              f"{100 * sum(s >= 0.8 for s in scores) / n:6.1f}% "
              f"{100 * sum(s >= 0.6 for s in scores) / n:6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
