#!/usr/bin/env python3
"""The UN Security Council list's own names in two scripts: each entry that gives its name in
its original script (NAME_ORIGINAL_SCRIPT: Arabic, Cyrillic) as well as in Latin letters.

Prints the share of those pairs that `cordon compare --input` scores at the default threshold
(0.8) or more, then screens them both ways with those names alone listed (`cordon screen
--threshold 0`): the original-script names against the Latin ones, and the Latin names against
the original-script ones, with recall@1, recall@10 and alert recall. With --misses, the pairs
below the threshold. With --beside FILE (repeatable), the names are listed beside that list's
(e.g. the OFAC SDN list, which holds some of the same people under their own ids: those take
first places that recall@1 counts as misses, so recall@10 and alert recall say more).

    tools/original_script_pairs.py [--cordon build/cli/cordon] [--list consolidated.xml.gz]
                                   [--beside ../shared/data/lists/us_ofac_sdn/latest]
"""
import argparse
import csv
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def default_list(root):
    found = sorted(glob.glob(os.path.join(root, "..", "shared", "data", "lists",
                                          "un_sc_sanctions", "*", "consolidated.xml*")))
    return found[-1] if found else None


def read_pairs(path):
    """(id, schema, original, latin) for each entry with a name in its original script."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        root = ET.parse(f).getroot()
    pairs = []
    for kind, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
        for entry in root.iter(kind):
            original = " ".join((entry.findtext("NAME_ORIGINAL_SCRIPT") or "").split())
            parts = [entry.findtext(tag) for tag in
                     ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            latin = " ".join(p.strip() for p in parts if p and p.strip())
            if original and latin and original != latin:
                pairs.append((entry.findtext("DATAID"), schema, original, latin))
    return pairs


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def screen(cordon, listed, queries, beside=()):
    lists = []
    for path in [listed, *beside]:
        lists += ["--list", path]
    result = subprocess.run([cordon, "screen", *lists, "--input", queries,
                             "--threshold", "0", "--no-progress"],
                            capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cordon", default=os.path.join(root, "build", "cli", "cordon"))
    parser.add_argument("--list", default=default_list(root))
    parser.add_argument("--misses", action="store_true", help="print the pairs below 0.8")
    parser.add_argument("--beside", action="append", default=[],
                        help="a list file whose names are listed beside (repeatable)")
    args = parser.parse_args()
    if not args.list or not os.path.exists(args.list):
        print("skipped: no UN consolidated list under ../shared/data/lists/un_sc_sanctions")
        return 0
    pairs = read_pairs(args.list)
    if not pairs:
        print(f"{args.list}: no entry gives a name in its original script")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        compare_csv = os.path.join(tmp, "pairs.csv")
        write_csv(compare_csv, ["id", "schema", "name1", "name2"],
                  [(i, s, o, l) for i, s, o, l in pairs])
        result = subprocess.run([args.cordon, "compare", "--input", compare_csv],
                                capture_output=True, text=True, check=True)
        scores = [json.loads(line)["score"] for line in result.stdout.splitlines() if line]
        alerting = sum(score >= 0.8 for score in scores)
        print(f"{len(pairs)} names in two scripts ({args.list}); "
              f"{alerting} ({100 * alerting / len(pairs):.1f}%) compare at 0.8 or more")
        if args.misses:
            for score, (_, _, original, latin) in sorted(zip(scores, pairs)):
                if score < 0.8:
                    print(f"  {score:.2f}  {original}  |  {latin}")
        print(f"\n{'screened':28} {'recall@1':>9} {'recall@10':>10} {'alert':>7}")
        for title, listed_column, query_column in (("original script -> Latin", 3, 2),
                                                   ("Latin -> original script", 2, 3)):
            listed = os.path.join(tmp, "listed.csv")
            queries = os.path.join(tmp, "queries.csv")
            write_csv(listed, ["id", "name", "schema"], [(p[0], p[listed_column], p[1]) for p in pairs])
            write_csv(queries, ["id", "name"], [(p[0], p[query_column]) for p in pairs])
            first = tenth = alerted = 0
            results = screen(args.cordon, listed, queries, args.beside)
            for hit_list in results:
                want = ":" + hit_list["id"]
                ids = [hit["entity_id"] for hit in hit_list["hits"]]
                first += bool(ids) and ids[0].endswith(want)
                tenth += any(i.endswith(want) for i in ids)
                alerted += any(hit["entity_id"].endswith(want) and hit["score"] >= 0.8
                               for hit in hit_list["hits"])
            n = len(results)
            print(f"{title:28} {100 * first / n:8.1f}% {100 * tenth / n:9.1f}% "
                  f"{100 * alerted / n:6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
