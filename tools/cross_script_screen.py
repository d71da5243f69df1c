#!/usr/bin/env python3
"""Cross-script screening check: native-script names screened against their English forms.

Samples N Wikidata transliteration pairs per script from ../shared/data/names/wikidata_netranslit
(`english<TAB>native, one character per space<TAB>count`), lists their English forms beside the
development list, screens the native forms (`cordon screen --input`) and prints recall@1,
recall@10 and alert recall per script; then the other way round (the native forms listed, the
English forms screened). Then screens 1,000 other native names of each script
against the development list alone and prints the share that alerts; and, since those are
mostly foreign names written by sound, 1,000 Chinese and 1,000 Korean names of Chinese and
Korean people (a common surname and one or two given-name syllables, drawn at random).

    tools/cross_script_screen.py [--cordon build/cli/cordon] [--sample 400] [--seed 1]
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

SCRIPTS = ["chinese", "korean", "katakana", "arabic", "russian", "hebrew"]
UNLISTED = SCRIPTS
# Common surnames and given-name syllables, for names of Chinese and Korean people.
CHINESE_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱")
CHINESE_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力斌鹏宇浩凯健俊"
KOREAN_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민"
KOREAN_GIVEN = "민서준지현우영수진호성은정혜윤아연희동훈재경상철미숙태석주원승하나선용기광"


def native_people(seed):
    """1,000 Chinese and 1,000 Korean names of people, as rows of read_pairs()."""
    rng = random.Random(seed)
    rows = []
    for surnames, given, lengths in ((CHINESE_SURNAMES, CHINESE_GIVEN, (1, 2, 2)),
                                     (KOREAN_SURNAMES, KOREAN_GIVEN, (2,))):
        people = []
        for _ in range(1000):
            name = rng.choice(surnames) + "".join(
                rng.choice(given) for _ in range(rng.choice(lengths)))
            people.append(["", " ".join(name), "1"])
        rows.append(people)
    return rows


def read_pairs(names, script):
    with open(os.path.join(names, f"wd_{script}_20"), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if "\t" in line]


def native(row):
    return row[1].replace(" ", "").replace("_", " ")


def screen(cordon, index, rows, path, extra, as_written=native):
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "name"])
        for row_id, row in rows:
            writer.writerow([row_id, as_written(row)])
    result = subprocess.run([cordon, "screen", "--index", index, "--input", path, "--no-progress"]
                            + extra, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line]


def report(cordon, index, sampled, queries, as_written):
    """Recall@1, recall@10 and alert recall of each script's sampled names, screened as written
    by `as_written` against `index`."""
    print(f"{'script':10} {'queries':>7} {'recall@1':>9} {'recall@10':>10} {'alert':>7}")
    for script in SCRIPTS:
        rows = [(f"{script}{k}", row) for k, row in enumerate(sampled[script])]
        results = screen(cordon, index, rows, queries, ["--threshold", "0"], as_written)
        first = tenth = alerted = 0
        for result in results:
            want = ":" + result["id"]
            ids = [hit["entity_id"] for hit in result["hits"]]
            first += bool(ids) and ids[0].endswith(want)
            tenth += any(i.endswith(want) for i in ids)
            alerted += any(h["entity_id"].endswith(want) and h["score"] >= 0.8
                           for h in result["hits"])
        n = len(results)
        print(f"{script:10} {n:7d} {100 * first / n:8.1f}% {100 * tenth / n:9.1f}% "
              f"{100 * alerted / n:6.1f}%")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.path.join(root, "..", "shared", "data")
    parser.add_argument("--cordon", default=os.path.join(root, "build", "cli", "cordon"))
    parser.add_argument("--names", default=os.path.join(shared, "names", "wikidata_netranslit"))
    parser.add_argument("--list", default=os.path.join(shared, "eval", "dev_index.ftm.json"))
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isdir(args.names) or not os.path.exists(args.list):
        print(f"skipped: {args.names} or {args.list} is absent")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        sampled = {}
        listed_csv = os.path.join(tmp, "listed.csv")
        native_csv = os.path.join(tmp, "native.csv")
        with open(listed_csv, "w", newline="", encoding="utf-8") as out, \
                open(native_csv, "w", newline="", encoding="utf-8") as native_out:
            writer = csv.writer(out)
            native_writer = csv.writer(native_out)
            writer.writerow(["id", "name", "schema"])
            native_writer.writerow(["id", "name", "schema"])
            for script in SCRIPTS:
                rows = read_pairs(args.names, script)
                random.seed(args.seed)
                sampled[script] = random.sample(rows, min(args.sample, len(rows)))
                for k, row in enumerate(sampled[script]):
                    writer.writerow([f"{script}{k}", row[0], "Person"])
                    native_writer.writerow([f"{script}{k}", native(row), "Person"])
        both = os.path.join(tmp, "both.idx")
        alone = os.path.join(tmp, "list.idx")
        reverse = os.path.join(tmp, "native.idx")
        for output, lists in ((both, [args.list, listed_csv]), (alone, [args.list]),
                              (reverse, [args.list, native_csv])):
            command = [args.cordon, "index", "build", "-o", output]
            for path in lists:
                command += ["--list", path]
            subprocess.run(command, capture_output=True, check=True)
        queries = os.path.join(tmp, "queries.csv")
        for title, index, as_written in (("native queries, English listed", both, native),
                                         ("English queries, native listed", reverse,
                                          lambda row: row[0])):
            print(f"{title}:")
            report(args.cordon, index, sampled, queries, as_written)
        print(f"\n{'unlisted':10} {'queries':>7} {'alerting':>9}")
        for script in UNLISTED:
            rows = read_pairs(args.names, script)
            random.seed(args.seed + 98)
            rows = [(f"n{k}", row) for k, row in enumerate(random.sample(rows, 1000))]
            results = screen(args.cordon, alone, rows, queries, [])
            alerting = sum(1 for result in results if result["hits"])
            print(f"{script:10} {len(results):7d} {100 * alerting / len(results):8.1f}%")
        for label, people in zip(("zh people", "ko people"), native_people(args.seed + 99)):
            rows = [(f"p{k}", row) for k, row in enumerate(people)]
            results = screen(args.cordon, alone, rows, queries, [])
            alerting = sum(1 for result in results if result["hits"])
            print(f"{label:10} {len(results):7d} {100 * alerting / len(results):8.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
