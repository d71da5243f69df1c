#!/usr/bin/env python3
"""Learns how Han, Hangul and katakana spell foreign names, and writes the table Cordon reads.

Chinese, Korean and Japanese write a foreign name by sound, a syllable at a time: Balabanov as
巴拉巴诺夫 "ba la ba nuo fu", Northrop as 노스럽 "no seu reop", Stewart as スチュワート. Read
back with a standard romanisation, such a name is far from the Latin spelling a list holds. This
tool learns, from pairs of names in both writings, which Latin letters each written unit (a Han
character, a Hangul syllable, a kana with its small kana and long vowel mark, after a small ッ
if one doubles it) most often stands for: 夫 for "v", 斯 for "s", 诺 for "no", ック for "ck",
ワー for "war". text::Respell() spells a name with it.

Each pair is aligned by expectation maximisation: a unit stands for zero to four consecutive
letters, every segmentation of the Latin name into the units is weighed by the probabilities of
its pieces, and the probabilities are re-estimated from the weighed counts (six rounds). A unit
is kept, with its most likely piece, when the pairs give it a weight of at least --min-weight
and that piece at least --min-share of it.

Input: the Wikidata English/native person-name pairs of NETransliteration (training slices,
`english<TAB>native, one unit per space<TAB>count`), ../shared/data/names/wikidata_netranslit.
Output: a C++ table included by src/text/transcription.cc.

    tools/learn_transcription.py [--names DIR] [-o src/text/transcription_table.inc]
"""
import argparse
import collections
import gzip
import math
import os
import sys
import unicodedata

SCRIPTS = [("chinese", "wd_chinese_80.gz"), ("korean", "wd_korean_80"),
           ("katakana", "wd_katakana_80.gz")]
LONGEST_PIECE = 4
ROUNDS = 6
EMPTY_PRIOR = 0.3  # a unit that stands for nothing is less likely than one that stands for some
SMALL_KANA = set("ァィゥェォャュョヮ")
LONG_VOWEL = "ー"
DOUBLING = "ッ"


def ascii_letters(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if "a" <= c <= "z")


def is_kana(unit):
    return all("\u30a0" <= c <= "\u30ff" for c in unit)


def units(chars):
    """Kana written small (ャ, ィ) and the long vowel mark ー belong to the kana before them,
    the small ッ (a doubled consonant) to the one after: ジョ, ワー and ック are units."""
    out = []
    pending = ""
    for c in chars:
        if (c in SMALL_KANA or c == LONG_VOWEL) and out and not pending and is_kana(out[-1]):
            out[-1] += c
        elif c == DOUBLING:
            pending += c
        else:
            out.append(pending + c)
            pending = ""
    if pending:
        out.append(pending)
    return out


def read_pairs(path):
    opener = gzip.open if path.endswith(".gz") else open
    pairs = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                continue
            latin = ascii_letters(fields[0])
            written = fields[1].split(" ")
            # One word a pair, in the script alone.
            if not latin or any(c == "_" or c.isascii() or c.isdigit() for c in written):
                continue
            written = units(written)
            if len(latin) > 30 or len(written) > 12:
                continue
            pairs.append((latin, written))
    return pairs


def pieces(latin, j):
    for length in range(0, LONGEST_PIECE + 1):
        if j + length > len(latin):
            break
        yield length, latin[j:j + length]


def learn(pairs):
    probability = collections.defaultdict(lambda: 1e-3)  # uniform start
    counts = {}
    for round_number in range(ROUNDS):
        counts = collections.defaultdict(float)
        likelihood = 0.0
        for latin, written in pairs:
            n, m = len(written), len(latin)
            forward = [[0.0] * (m + 1) for _ in range(n + 1)]
            forward[0][0] = 1.0
            for i, unit in enumerate(written):
                for j in range(m + 1):
                    if forward[i][j]:
                        for length, piece in pieces(latin, j):
                            forward[i + 1][j + length] += forward[i][j] * probability[(unit, piece)]
            total = forward[n][m]
            if total <= 0:
                continue
            likelihood += math.log(total)
            backward = [[0.0] * (m + 1) for _ in range(n + 1)]
            backward[n][m] = 1.0
            for i in range(n - 1, -1, -1):
                for j in range(m + 1):
                    backward[i][j] = sum(probability[(written[i], piece)] * backward[i + 1][j + length]
                                         for length, piece in pieces(latin, j))
            for i, unit in enumerate(written):
                for j in range(m + 1):
                    if not forward[i][j]:
                        continue
                    for length, piece in pieces(latin, j):
                        weight = (forward[i][j] * probability[(unit, piece)]
                                  * backward[i + 1][j + length] / total)
                        if weight > 1e-6:
                            counts[(unit, piece)] += weight
        per_unit = collections.defaultdict(float)
        for (unit, _), weight in counts.items():
            per_unit[unit] += weight
        probability = collections.defaultdict(lambda: 1e-9)
        for (unit, piece), weight in counts.items():
            probability[(unit, piece)] = weight / per_unit[unit] * (EMPTY_PRIOR if not piece else 1)
        print(f"  round {round_number + 1}: log-likelihood {likelihood:.0f}", file=sys.stderr)
    return counts


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", default=os.path.join(root, "..", "shared", "data", "names",
                                                        "wikidata_netranslit"))
    parser.add_argument("-o", "--output",
                        default=os.path.join(root, "src", "text", "transcription_table.inc"))
    parser.add_argument("--min-weight", type=float, default=20.0,
                        help="the least evidence a unit needs to be kept (default 20 pairs)")
    parser.add_argument("--min-share", type=float, default=0.25,
                        help="the least share of a unit's evidence its reading needs (default "
                             "0.25)")
    parser.add_argument("--min-other", type=float, default=0.4,
                        help="the least weight, as a share of the first reading's, that the "
                             "reading with l and r swapped needs to be kept (default 0.4)")
    args = parser.parse_args()
    table = {}
    for script, file_name in SCRIPTS:
        pairs = read_pairs(os.path.join(args.names, file_name))
        print(f"{script}: {len(pairs)} pairs", file=sys.stderr)
        counts = learn(pairs)
        best = {}
        totals = collections.defaultdict(float)
        for (unit, piece), weight in counts.items():
            totals[unit] += weight
            # Only kana marks (ー, ッ) may stand for nothing: a Han character or a syllable
            # that seems to is one the pairs do not explain.
            if not piece and not is_kana(unit):
                continue
            if unit not in best or best[unit][1] < weight:
                best[unit] = (piece, weight)
        for unit, (piece, weight) in best.items():
            # Letters only: a separator (・, ＝) stays one. A unit seen rarely, or read many
            # ways none of which prevails, is left to the romanisation.
            letters = all(unicodedata.category(c).startswith("L") for c in unit)
            if (letters and totals[unit] >= args.min_weight
                    and weight >= args.min_share * totals[unit]):
                # These scripts write l and r alike: the reading with the other letter, when
                # the pairs give it --min-other of the first's weight (ル: r 8,192, l 7,382).
                other = piece.translate(str.maketrans("lr", "rl"))
                if other == piece or counts.get((unit, other), 0) < args.min_other * weight:
                    other = ""
                table[unit] = (piece, other)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/learn_transcription.py: do not edit by hand.\n")
        out.write("// A written unit (a Han character, a Hangul syllable, a kana with its small kana\n")
        out.write("// and long vowel mark, after a small \u30c3 that doubles it)\n")
        out.write("// and the Latin letters it most often stands for in a foreign name, learned from\n")
        out.write("// the Wikidata English/Chinese, English/Korean and English/katakana person-name\n")
        out.write("// pairs of NETransliteration (CC0), training slices; then the same letters with l\n")
        out.write("// and r swapped when the pairs often read the unit so (\"\" otherwise). Sorted by\n")
        out.write("// unit (UTF-8 bytes).\n")
        for unit in sorted(table, key=lambda u: u.encode("utf-8")):
            piece, other = table[unit]
            out.write(f'{{"{unit}", "{piece}", "{other}"}},\n')
    print(f"{len(table)} units written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
