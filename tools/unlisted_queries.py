#!/usr/bin/env python3
"""Writes hard negative queries for `cordon eval`: names of people who are not listed.

Each query joins a given name or a surname of a listed person (from an FtM index such as
../shared/data/eval/dev_index.ftm.json) with a real name token that no listed name contains (from
the Wikidata person-name corpora in ../shared/data/names/wikidata_netranslit), e.g.
"Mohamed Masai" or "Haji Didda". Such names are what a customer base holds: one common name
shared with the lists, one the lists have never seen. The false-positive rate that `cordon eval`
prints for them measures what matching does to unlisted names, apart from the development set,
whose negatives recombine listed names only.

Usage: tools/unlisted_queries.py INDEX.ftm.json NAMES_DIR [--count 3000] [--seed 11] > out.tsv
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

SCRIPTS = ["russian", "arabic", "hebrew", "chinese", "korean", "japanese"]


def listed_parts(index_path):
    given, family, vocabulary = [], [], set()
    with open(index_path, encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, 1):
            try:
                entity = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{index_path}:{line_number}: invalid JSON: {error}")
            properties = entity.get("properties", {})
            names = properties.get("name", []) + properties.get("alias", [])
            for name in names:
                vocabulary.update(token.lower() for token in re.findall(r"[A-Za-z]+", name))
            if entity.get("schema") != "Person" or not properties.get("name"):
                continue
            tokens = properties["name"][0].split()
            if len(tokens) >= 2 and tokens[0].isalpha() and tokens[-1].isalpha():
                given.append(tokens[0].capitalize())
                family.append(tokens[-1].capitalize())
    return given, family, vocabulary


def unlisted_tokens(names_dir, vocabulary):
    tokens = []
    for script in SCRIPTS:
        path = Path(names_dir) / "wikidata_netranslit" / f"wd_{script}_20"
        if not path.exists():
            sys.exit(f"{path}: missing (the Wikidata name corpora)")
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                fields = line.rstrip("\n").split("\t")
                token = fields[0]
                if (len(fields) >= 3 and token.isascii() and token.isalpha() and len(token) >= 4
                        and token.lower() not in vocabulary):
                    tokens.append(token.capitalize())
    return tokens


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("names_dir")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    given, family, vocabulary = listed_parts(args.index)
    tokens = unlisted_tokens(args.names_dir, vocabulary)
    if not given or not tokens:
        sys.exit("no listed persons or no unlisted name tokens found")
    rng = random.Random(args.seed)
    print("qid\tquery\texpected_entity_id\tfamily")
    half = args.count // 2
    for i in range(half):
        print(f"g{i}\t{rng.choice(given)} {rng.choice(tokens)}\t\tnegative")
    for i in range(args.count - half):
        print(f"s{i}\t{rng.choice(tokens)} {rng.choice(family)}\t\tnegative")


if __name__ == "__main__":
    main()
