#!/usr/bin/env python3
"""Draws the items of the classifier's label set (ids only; the texts stay in the shared data).

Fixed seed, no rule or model of the project involved: items are chosen by feed, date and URL section
only, never by their words. Already-labelled items (eval/*.jsonl, eval/blind-test) are left out.

BLIND strata (natural share of irrelevant items: uniform random within a feed's LATEST months):
  blind-ruwa   300 RUWA rows dated 2022-08-01 or later (all outlets)
  blind-rss22  100 BBC/CNN 2022 RSS items dated 2022-07-01 or later
  blind-rss24  120 Al Jazeera / NYT World 2024 items dated 2024-10-01 or later
  blind-feeds  every item of the BBC front page, NYT World and CNN hero snapshots (rss-feeds; the Kyiv
               Independent file is in the old blind set and stays out)
TRAIN/DEV strata (earlier months; oversampled towards war news by date, outlet and URL section only):
  ruwa         800 RUWA rows dated before 2022-08-01; weight 3 for 2022-02-15..2022-05-31, weight 2 for the
               outlets other than Ukrinform and Censor.NET (weighted sampling without replacement)
  rss22-europe 100 BBC/CNN 2022 items before 2022-07-01 whose link is in the Europe section
               (BBC `world-europe-`, CNN `/europe/`)
  rss24        100 Al Jazeera / NYT 2024 items before 2024-10-01, uniform
  rss24-europe  every NYT 2024 item before 2024-10-01 whose link is in `/world/europe/` not drawn above
  hc           every segment of the PeaceRep humanitarian-corridor texts (cease-fire language; not a feed) that is
               distinct and whose first sentence is prose (at least 60 letters, no bare link): 46
SECOND BATCH (drawn after the first 1,836 items were labelled, which held only 29 NEGOTIATION items; appended, so
the first batch's lines are unchanged). Train/dev only:
  ruwa-talks   500 further RUWA rows from the months of the war's diplomacy, chosen by date only:
               2021-09-01..2022-02-23 (Normandy format, Minsk, the crisis talks), 2022-02-27..2022-04-10 (the
               Belarus and Istanbul rounds), 2022-07-15..2022-07-31 (the grain deal); weight 2 for the outlets
               other than Ukrinform and Censor.NET
  articles     every even-indexed article of key_annotated_articles.json not labelled before (the odd ones
               belong to the old blind set); text = its first six sentences, as the evaluation reads it
THIRD BATCH (drawn after the second, which brought NEGOTIATION to 58 of the 100 aimed at). Train/dev only:
  ruwa-talks2  500 further RUWA rows from the two densest windows, by date only: 2021-12-01..2022-02-23 and
               2022-02-27..2022-04-05; weight 2 for the outlets other than Ukrinform and Censor.NET
FOURTH BATCH (the third left NEGOTIATION at 94). Train/dev only:
  ruwa-talks3  200 further RUWA rows of 2022-02-27..2022-04-05 from the outlets other than Ukrinform and Censor.NET
FIFTH BATCH (drawn 2026-12-07 to raise recall; TRAIN ONLY, so dev and blind stay as they were). Unlike the
batches above, chosen by WORDS (the lists TALKS, ATTACK, WEAPON below, written before reading any item; no rule
or model of the project involved), so that negotiation, cease-fire and strike items, and the near misses
around them, are well represented; its share of relevant items is therefore not the feeds' natural one:
  train-talks   every RUWA row of 2021-09-01..2022-03-18 not drawn above whose title or lead matches TALKS (473)
  train-attack  every such row matching ATTACK but not TALKS or WEAPON (strikes told without a weapon word; 223)
  train-weapon  every such row matching ATTACK and WEAPON but not TALKS (92)
  train-other   150 further RUWA rows of that window, uniform (the natural negatives)
  train-rss22   150 BBC/CNN 2022 items of 2022-02-01..2022-04-20 naming Ukraine or Russia and matching TALKS or ATTACK
  The window ends before the dev split's earliest items of most RUWA strata; split.py puts an item of this
  batch in train only when it is older than every dev item of its feed and kind, and leaves it out otherwise.
  The batch is shuffled, so that any prefix read holds every stratum.
Usage: python3 eval/classifier/sample.py DATA_DIR > eval/classifier/items.tsv
Output: stratum, feed, id, published (UTC, ISO), one item a line, in draw order.
"""
import csv
import glob
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from texts import hc_text

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
SEED = 20261206
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
TALKS = re.compile(r"\b(talks?|negotiat\w*|peace\w*|cease-?fires?|truce|corridors?|evacuat\w*|Minsk|Normandy|mediat\w*"
                   r"|diplomac\w*|dialogue|summit|Istanbul|Antalya|Erdogan|Bennett|Macron|Scholz|Lavrov|Blinken|Kuleba"
                   r"|Podolyak|Medinsky|Arakhamia|security guarantees|neutral\w*|compromise|humanitarian|silence)\b", re.I)
ATTACK = re.compile(r"\b(shell\w*|attack\w*|struck|strikes?|hit|hits|destroy\w*|bomb\w*|explosions?|blasts?|fired"
                    r"|killed|wounded|injured|damaged?|raids?)\b", re.I)
WEAPON = re.compile(r"\b(missiles?|rockets?|drones?|artillery|mortars?|Grad|Iskanders?|Kalibrs?|air ?strikes?|shells"
                    r"|howitzers?|MLRS|bombs?)\b", re.I)
UKRAINE = re.compile(r"\b(Ukrain\w*|Russia\w*|Kyiv|Kiev|Kremlin|Putin|Zelensk\w*|Donbas\w*|Donetsk|Luhansk)\b", re.I)


def labelled_ids():
    ids = set()
    for path in glob.glob(os.path.join(EVAL, "*.jsonl")) + glob.glob(os.path.join(EVAL, "blind-test", "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    ids.add(json.loads(line).get("id"))
    return ids


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def ruwa():
    out, seen = [], set()
    with open(os.path.join(DATA, "war-news-ruwa-2022", "RUWA_04.08.23.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            title, desc = (row["title"] or "").strip(), (row["desc"] or "").strip()
            if not title and not desc:
                continue
            if CYRILLIC.search(title + desc):
                continue
            key = re.sub(r"\W+", " ", (title + " " + desc).lower()).strip()
            if key in seen:
                continue
            seen.add(key)
            m, d, y = row["Date"].split("/")
            out.append({"feed": "ruwa:" + row["Site"], "id": row["src"], "published": "%s-%s-%sT12:00:00Z" % (y, m, d)})
    return out


def rss22():
    out = []
    for name in ("bbc_news_rss_entries_2022-02_to_2022-08.jsonl", "cnn_edition_rss_entries_2022-02_to_2022-08.jsonl"):
        feed = "rss22:" + name.split("_")[0]
        with open(os.path.join(DATA, "rss-entries-2022", name), encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                dt = datetime.fromisoformat(item["date_published"])
                out.append({"feed": feed, "id": item["link"], "published": iso(dt)})
    return out


def rss24():
    out = []
    with open(os.path.join(DATA, "rss-entries-2024", "items.jsonl"), encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            slug = item["id"].split("-")[1]
            out.append({"feed": "rss24:" + slug, "id": item["id"], "published": iso(datetime.fromisoformat(item["published"])),
                        "link": item["link"]})
    return out


def feeds():
    out = []
    for name, slug in (("bbc_news_frontpage_2024-08-08.xml", "bbc"), ("nyt_world_2024-08-08.xml", "nyt"),
                       ("cnn_hp_hero_2023-04.xml", "cnn")):
        root = ET.parse(os.path.join(DATA, "rss-feeds", name)).getroot()
        for item in root.iter("item"):
            link = (item.findtext("link") or "").strip()
            date = item.findtext("pubDate")
            out.append({"feed": "feeds:" + slug, "id": link,
                        "published": iso(parsedate_to_datetime(date)) if date else ""})
    return out


def hc():
    """Corridor segments whose first sentence is prose (not a bare route or link), each text once."""
    out, seen = [], set()
    with open(os.path.join(DATA, "humanitarian-corridors-ua", "humanitarian_corridors_ukraine_hc_geocoded.csv"),
              encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f)):
            segments = [s for s in row["text"].split(";;;;") if s.strip(" ;\n\r\t")]
            for k, segment in enumerate(segments):
                title, summary = hc_text(segment)
                key = re.sub(r"\W+", " ", summary.lower()).strip()[:160]
                if key in seen or len(re.findall(r"[A-Za-z]", title)) < 60 or "interfax.com" in title:
                    continue
                seen.add(key)
                out.append({"feed": "hc:peacerep", "id": "hc-%d-%d" % (n, k), "published": row["date"] + "T12:00:00Z"})
    return out


def articles(known):
    with open(os.path.join(DATA, "news-articles-ua-war", "key_annotated_articles.json"), encoding="utf-8") as f:
        array = json.load(f)
    out = []
    for n in range(0, len(array), 2):
        id_ = "article-%d" % n
        name = array[n]["filename"]
        if id_ in known or not re.match(r"\d{8}T\d{6}Z", name):
            continue
        out.append({"feed": "articles:gdelt", "id": id_, "published": "%s-%s-%sT%s:%s:%sZ" % (
            name[0:4], name[4:6], name[6:8], name[9:11], name[11:13], name[13:15])})
    return out


def weighted(rng, items, k, weight):
    keyed = sorted(items, key=lambda i: -(rng.random() ** (1.0 / weight(i))))
    return keyed[:k]


def main():
    rng = random.Random(SEED)
    known = labelled_ids()
    picks = []

    r = [i for i in ruwa() if i["id"] not in known]
    late = [i for i in r if i["published"] >= "2022-08-01"]
    early = [i for i in r if i["published"] < "2022-08-01"]
    picks += [("blind-ruwa", i) for i in rng.sample(late, 300)]

    def ruwa_weight(i):
        w = 3.0 if "2022-02-15" <= i["published"][:10] <= "2022-05-31" else 1.0
        return w * (1.0 if i["feed"] in ("ruwa:ukrinform.net", "ruwa:censor.net") else 2.0)
    picks += [("ruwa", i) for i in weighted(rng, early, 800, ruwa_weight)]

    s = [i for i in rss22() if i["id"] not in known]
    picks += [("blind-rss22", i) for i in rng.sample([i for i in s if i["published"] >= "2022-07-01"], 100)]
    europe = [i for i in s if i["published"] < "2022-07-01" and ("/world-europe-" in i["id"] or "/europe/" in i["id"])]
    picks += [("rss22-europe", i) for i in rng.sample(europe, 100)]

    t = rss24()
    picks += [("blind-rss24", i) for i in rng.sample([i for i in t if i["published"] >= "2024-10-01"], 120)]
    t_early = [i for i in t if i["published"] < "2024-10-01"]
    drawn = rng.sample(t_early, 100)
    picks += [("rss24", i) for i in drawn]
    ids = {i["id"] for i in drawn}
    picks += [("rss24-europe", i) for i in t_early if "/world/europe/" in i["link"] and i["id"] not in ids]

    picks += [("blind-feeds", i) for i in feeds() if i["id"] not in known]
    h = hc()
    picks += [("hc", i) for i in rng.sample(h, len(h))]

    drawn_ids = {i["id"] for _, i in picks}
    windows = (("2021-09-01", "2022-02-23"), ("2022-02-27", "2022-04-10"), ("2022-07-15", "2022-07-31"))
    talks = [i for i in early if i["id"] not in drawn_ids and any(a <= i["published"][:10] <= b for a, b in windows)]
    picks += [("ruwa-talks", i) for i in weighted(rng, talks, 500,
                                                  lambda i: 1.0 if i["feed"] in ("ruwa:ukrinform.net", "ruwa:censor.net") else 2.0)]
    picks += [("articles", i) for i in articles(known)]
    drawn_ids = {i["id"] for _, i in picks}
    windows2 = (("2021-12-01", "2022-02-23"), ("2022-02-27", "2022-04-05"))
    talks2 = [i for i in early if i["id"] not in drawn_ids and any(a <= i["published"][:10] <= b for a, b in windows2)]
    picks += [("ruwa-talks2", i) for i in weighted(rng, talks2, 500,
                                                   lambda i: 1.0 if i["feed"] in ("ruwa:ukrinform.net", "ruwa:censor.net") else 2.0)]
    drawn_ids = {i["id"] for _, i in picks}
    talks3 = [i for i in early if i["id"] not in drawn_ids and "2022-02-27" <= i["published"][:10] <= "2022-04-05"
              and i["feed"] not in ("ruwa:ukrinform.net", "ruwa:censor.net")]
    picks += [("ruwa-talks3", i) for i in rng.sample(talks3, 200)]

    # FIFTH BATCH (train only), chosen by words; texts are read here only to match the word lists
    from texts import load
    texts = load(DATA)
    drawn_ids = {i["id"] for _, i in picks}

    def text(i):
        t, d = texts[i["id"]]
        return (t or "") + " " + (d or "")
    window = [i for i in early if i["id"] not in drawn_ids and "2021-09-01" <= i["published"][:10] <= "2022-03-18"]
    talks5 = [i for i in window if TALKS.search(text(i))]
    attack5 = [i for i in window if not TALKS.search(text(i)) and ATTACK.search(text(i))]
    print("fifth batch pools: talks %d, attack without weapon %d, with %d" % (len(talks5), len([i for i in attack5 if not WEAPON.search(text(i))]), len([i for i in attack5 if WEAPON.search(text(i))])), file=sys.stderr)
    fifth = [("train-talks", i) for i in rng.sample(talks5, len(talks5))]
    bare = [i for i in attack5 if not WEAPON.search(text(i))]
    armed = [i for i in attack5 if WEAPON.search(text(i))]
    fifth += [("train-attack", i) for i in rng.sample(bare, len(bare))]
    fifth += [("train-weapon", i) for i in rng.sample(armed, len(armed))]
    taken = {i["id"] for _, i in fifth}
    fifth += [("train-other", i) for i in rng.sample([i for i in window if i["id"] not in taken], 150)]
    s5 = [i for i in s if i["id"] not in drawn_ids and "2022-02-01" <= i["published"][:10] <= "2022-04-20"
          and UKRAINE.search(text(i)) and (TALKS.search(text(i)) or ATTACK.search(text(i)))]
    fifth += [("train-rss22", i) for i in rng.sample(s5, 150)]
    rng.shuffle(fifth)
    picks += fifth

    seen = set()
    for stratum, i in picks:
        if i["id"] in seen:
            continue
        seen.add(i["id"])
        print("\t".join((stratum, i["feed"], i["id"], i["published"])))


if __name__ == "__main__":
    main()
