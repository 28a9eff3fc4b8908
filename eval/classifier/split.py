#!/usr/bin/env python3
"""Splits the classifier's labels into train / dev / blind (ids and labels only; reads texts only to drop
headlines that repeat across splits).

- blind.jsonl: every item of the blind-* strata of labels.jsonl (each feed's latest months, drawn uniformly,
  so it keeps the feeds' natural share of irrelevant items). Nothing is tuned on it; its hash is tested.
- train.jsonl / dev.jsonl: the other new items plus the project's earlier id-only label sets
  (eval/dev-2022-labels.jsonl, rss-2022-sample-labels.jsonl, rss-2022-heldout-labels.jsonl; any id of the old
  blind set eval/blind-test is left out) and its own written sentences (extraction-labels.jsonl, train only,
  their text copied along as in that file).
  Stratified by feed and kind (irrelevant being a stratum of its own) with time order kept: within each
  stratum, sorted by publication time, the last quarter goes to dev and the rest to train.
- An item whose normalised headline equals a blind item's is left out of train and dev; an item whose
  headline repeats one already kept in train/dev is left out too (RUWA carries the same headline under
  several URLs).
- The train-* strata (the fifth batch of sample.py, drawn by words) go to TRAIN ONLY, after the split above,
  so that dev and blind stay byte for byte what they were: an item is kept when its headline repeats none
  kept before (nor a blind one) and it is older than every dev item of its stratum (feed and kind), so
  that time order holds; a later one is left out.
Usage: python3 eval/classifier/split.py DATA_DIR
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts import load  # noqa: E402

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
PRIOR = ("dev-2022-labels.jsonl", "rss-2022-sample-labels.jsonl", "rss-2022-heldout-labels.jsonl")


def key(title):
    return re.sub(r"\W+", " ", (title or "").lower()).strip()


def rss22_dates():
    out = {}
    for name in ("bbc_news_rss_entries_2022-02_to_2022-08.jsonl", "cnn_edition_rss_entries_2022-02_to_2022-08.jsonl"):
        feed = "rss22:" + name.split("_")[0]
        with open(os.path.join(DATA, "rss-entries-2022", name), encoding="utf-8") as f:
            for line in f:
                i = json.loads(line)
                dt = datetime.fromisoformat(i["date_published"]).astimezone(timezone.utc)
                out.setdefault(i["link"], (feed, dt.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return out


def main():
    texts = load(DATA)
    old_blind = {json.loads(l)["id"] for l in open(os.path.join(EVAL, "blind-test", "test-labels.jsonl"), encoding="utf-8")}
    new = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    blind = [i for i in new if i["stratum"].startswith("blind-")]
    fifth = [i for i in new if i["stratum"].startswith("train-")]
    rest = [i for i in new if not i["stratum"].startswith(("blind-", "train-"))]
    dates = rss22_dates()
    articles = json.load(open(os.path.join(DATA, "news-articles-ua-war", "key_annotated_articles.json"), encoding="utf-8"))
    for name in PRIOR:
        for line in open(os.path.join(EVAL, name), encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in old_blind:
                continue
            if d["id"].startswith("article-"):
                fn = articles[int(d["id"][8:])]["filename"]
                feed, published = "articles:gdelt", "%s-%s-%sT%s:%s:%sZ" % (fn[0:4], fn[4:6], fn[6:8], fn[9:11], fn[11:13], fn[13:15])
            else:
                feed, published = dates[d["id"]]
            rest.append({"id": d["id"], "feed": feed, "stratum": "prior:" + name.split("-labels")[0],
                         "published": published,
                         "label": {"relevant": bool(d["label"]["relevant"]),
                                   "kind": d["label"]["kind"] if d["label"]["relevant"] else None}})
    own = []
    for line in open(os.path.join(EVAL, "extraction-labels.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        own.append({"id": d["id"], "feed": "own:sentences", "stratum": "prior:extraction", "published": d["published"],
                    "title": d["title"], "summary": d["summary"],
                    "label": {"relevant": bool(d["label"]["relevant"]),
                              "kind": d["label"]["kind"] if d["label"]["relevant"] else None}})

    def title(i):
        if i["id"] in texts:
            return texts[i["id"]][0] or texts[i["id"]][1]
        return ""
    blind_keys = {key(title(i)) for i in blind}
    kept, seen, dropped = [], set(), 0
    for i in sorted(rest, key=lambda i: (i["published"], i["id"])):
        k = key(title(i))
        if k and (k in blind_keys or k in seen):
            dropped += 1
            continue
        seen.add(k)
        kept.append(i)
    strata = {}
    for i in kept:
        strata.setdefault((i["feed"], i["label"]["kind"] or "-"), []).append(i)
    train, dev = list(own), []
    for s in sorted(strata):
        items = strata[s]
        n_dev = int(round(len(items) * 0.25))
        train += items[:len(items) - n_dev]
        dev += items[len(items) - n_dev:]
    dev_from = {}
    for i in dev:
        s = (i["feed"], i["label"]["kind"] or "-")
        dev_from[s] = min(dev_from.get(s, i["published"]), i["published"])
    late = repeated = 0
    for i in sorted(fifth, key=lambda i: (i["published"], i["id"])):
        k = key(title(i))
        if k and (k in blind_keys or k in seen):
            repeated += 1
            continue
        s = (i["feed"], i["label"]["kind"] or "-")
        if s in dev_from and i["published"] >= dev_from[s]:
            late += 1
            continue
        seen.add(k)
        train.append(i)
    print("fifth batch (train only): %d kept, %d repeated headlines, %d not older than their stratum's dev items"
          % (len(fifth) - late - repeated, repeated, late), file=sys.stderr)
    for name, items in (("train", train), ("dev", dev), ("blind", blind)):
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as out:
            for i in sorted(items, key=lambda i: (i["published"], i["id"])):
                line = {"id": i["id"], "feed": i["feed"], "stratum": i["stratum"], "published": i["published"]}
                if "title" in i:  # the project's own sentences carry their text
                    line["title"], line["summary"] = i["title"], i["summary"]
                line["label"] = i["label"]
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("train %d, dev %d, blind %d; %d repeated headlines left out" % (len(train), len(dev), len(blind), dropped),
          file=sys.stderr)


if __name__ == "__main__":
    main()
