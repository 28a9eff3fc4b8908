#!/usr/bin/env python3
"""Builds labels.jsonl from items.tsv and the hand labels in marks.txt (no text involved).

Every item inside a "range A-B" line was read; the ones listed "N K" are relevant with kind K, the
others irrelevant. Items outside every range are not labelled and are left out.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"S": "STRIKE", "C": "CEASEFIRE", "N": "NEGOTIATION"}


def main():
    items = [line.rstrip("\n").split("\t") for line in open(os.path.join(HERE, "items.tsv"), encoding="utf-8")]
    read, kinds = set(), {}
    for line in open(os.path.join(HERE, "marks.txt"), encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("range "):
            a, b = line[6:].split("-")
            read.update(range(int(a), int(b) + 1))
            continue
        n, k = line.split()
        if int(n) in kinds:
            sys.exit("item %s labelled twice" % n)
        kinds[int(n)] = KINDS[k]
    missing = [n for n in kinds if n not in read]
    if missing:
        sys.exit("labelled outside a read range: %s" % missing)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for n, (stratum, feed, id_, published) in enumerate(items):
            if n not in read:
                continue
            kind = kinds.get(n)
            out.write(json.dumps({"id": id_, "feed": feed, "stratum": stratum, "published": published,
                                  "label": {"relevant": kind is not None, "kind": kind}}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
