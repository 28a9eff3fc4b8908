#!/usr/bin/env python3
"""Draws the DEV sample of eval/dev-2022-labels.jsonl (ids only; the texts stay in shared/data).

Disjoint from the blind test set by construction: only EVEN 1-based line numbers of the two 2022 RSS
files and only EVEN 0-based indexes of key_annotated_articles.json are ever read. Fixed seed.
  - 200 random RSS items (both feeds pooled);
  - 100 further RSS items that name the war (keyword filter below);
  - 40 articles whose first six sentences (the text the evaluation reads) state a number and a strike word;
  - 80 further RSS items that name the war AND an event word (strike, shelling, truce, corridor, talks...),
    added after the first three strata gave only 14 relevant items of 340 (too few to measure kinds and figures);
  - 60 further RSS items whose TITLE names the war and an event word, added when the fourth stratum still gave
    only 8 relevant items of 80;
  - a CHECK batch drawn after the first rule changes, labelled before the extractor read it and scored once
    before any rule was tuned on it: 100 further war-named RSS items and 50 further event-titled ones;
  - a CHECK2 batch of articles, drawn at the end for an estimate of the final rules, labelled before the
    extractor read it and not tuned on: the 19 remaining figured even articles and 31 other even articles.
Usage: python3 eval/dev-2022-sample.py ../shared/data > ids.txt   (prints one id a line, with its stratum)
"""
import json
import random
import re
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
RSS = [DATA + "/rss-entries-2022/bbc_news_rss_entries_2022-02_to_2022-08.jsonl",
       DATA + "/rss-entries-2022/cnn_edition_rss_entries_2022-02_to_2022-08.jsonl"]
ARTICLES = DATA + "/news-articles-ua-war/key_annotated_articles.json"
WAR = re.compile(r"(?i)\b(?:ukrain\w*|russia\w*|kyiv|kiev|putin|zelensk\w*|kremlin|moscow|missiles?|drones?"
                 r"|shell(?:ing|ed)|cease-?fire|truce|humanitarian corridors?|peace talks|negotiat\w*|mariupol"
                 r"|kharkiv|odesa|odessa|donbas|crimea\w*|luhansk|donetsk|kherson|mykolaiv|lviv|azovstal)\b")
NUMBER = re.compile(r"(?i)\b(?:(?!(?:19|20)\d\d\b)\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    r"|twelve|dozens?|hundreds|scores)\b")
STRIKE_WORD = re.compile(r"(?i)\b(?:killed|dead|died|wounded|injured|casualties|missiles?|drones?|rockets?|shell\w*"
                         r"|strikes?|attack\w*|bomb\w*)\b")
BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")

rng = random.Random(20220224)
items = []
for path in RSS:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if n % 2 == 0:
                items.append(json.loads(line))
randoms = rng.sample(items, 200)
chosen = {i["link"] for i in randoms}
war = [i for i in items if i["link"] not in chosen and WAR.search(i["title"] + " " + (i.get("description") or ""))]
wars = rng.sample(war, 100)
with open(ARTICLES, encoding="utf-8") as f:
    articles = json.load(f)
figured = []
for index in range(0, len(articles), 2):
    first = " ".join([s for s in BOUNDARY.split(articles[index]["content"].strip()) if s.strip()][:6])
    if NUMBER.search(first) and STRIKE_WORD.search(first):
        figured.append(index)
arts = sorted(rng.sample(figured, 40))
EVENT = re.compile(r"(?i)\b(?:missiles?|rockets?|drones?|shell(?:s|ing|ed)|strikes?|struck|bomb\w*|air raid|attack\w*"
                   r"|killed|dead|cease-?fire|truce|corridors?|evacuat\w*|talks|negotiat\w*|peace|met|meets?|meeting"
                   r"|call)\b")
taken = chosen | {i["link"] for i in wars}
evented = [i for i in items if i["link"] not in taken and WAR.search(i["title"] + " " + (i.get("description") or ""))
           and EVENT.search(i["title"] + " " + (i.get("description") or ""))]
events = rng.sample(evented, 80)
taken |= {i["link"] for i in events}
headlined = [i for i in items if i["link"] not in taken and WAR.search(i["title"]) and EVENT.search(i["title"])]
headlines = rng.sample(headlined, 60)
taken |= {i["link"] for i in headlines}
check_war = rng.sample([i for i in war if i["link"] not in taken], 100)
taken |= {i["link"] for i in check_war}
check_headlines = rng.sample([i for i in headlined if i["link"] not in taken], 50)
for i in randoms:
    print("random\t" + i["link"])
for i in wars:
    print("war\t" + i["link"])
for index in arts:
    print("article\tarticle-%d" % index)
for i in events:
    print("event\t" + i["link"])
for i in headlines:
    print("headline\t" + i["link"])
arts2 = sorted([i for i in figured if i not in arts])
others = [i for i in range(0, len(articles), 2) if i not in figured]
arts2 += sorted(rng.sample(others, 31))
for i in check_war:
    print("check-war\t" + i["link"])
for i in check_headlines:
    print("check-headline\t" + i["link"])
for index in arts2:
    print("check2-article\tarticle-%d" % index)
print("pools: %d even RSS items, %d war-named, %d figured even articles, %d war-and-event-named, %d so titled" % (
      len(items), len(war), len(figured), len(evented), len(headlined)), file=sys.stderr)
