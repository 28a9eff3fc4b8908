#!/usr/bin/env python3
"""Resolves the texts of eval/classifier/items.tsv from the shared data (what a person reads to label).

The same rules are implemented by org.conflictledger.ingest.classify.LabelledTexts (the evaluation and
training read the texts through it): RSS title + description (HTML stripped), RUWA title + desc with
Censor.NET's "(dd.mm.yy hh:mm) « Section | Censor.NET" title tail and leading desc time stamp removed,
articles as their first six sentences
(approximately: the Java side splits with org.conflictledger.ingest.extract.Sentences), humanitarian-corridor segments with the "Status: ..." prefix and the dateline removed (title = first
sentence, summary = first three sentences).
Usage: python3 eval/classifier/texts.py DATA_DIR ITEMS_TSV OUT_JSONL   (OUT outside the repository)
"""
import csv
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

CENSOR_TAIL = re.compile(r"\s*\(\d\d\.\d\d\.\d\d \d\d:\d\d\)\s*«.*$")
CENSOR_STAMP = re.compile(r"^\d\d\.\d\d\.\d\d \d\d:\d\d\s*")
STATUS = re.compile(r"^\s*Status:[^;]*;\s*")
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]*\.\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*\([^)]*\)\s*[-–—]+\s*")
SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")
ARTICLE_SPLIT = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\\n+")
TAG = re.compile(r"<[^>]+>")


def strip_html(s):
    return re.sub(r"\s+", " ", html.unescape(TAG.sub(" ", html.unescape(s or "")))).strip()


def hc_text(segment):
    s = re.sub(r"\s+", " ", STATUS.sub("", segment.strip(" ;\n\r\t"))).strip()
    s = DATELINE.sub("", s)
    sentences = [x for x in SENTENCE.split(s) if x.strip()]
    return (sentences[0] if sentences else ""), " ".join(sentences[:3])


def load(data):
    texts = {}
    with open(os.path.join(data, "war-news-ruwa-2022", "RUWA_04.08.23.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            title, desc = (row["title"] or "").strip(), (row["desc"] or "").strip()
            if row["Site"] == "censor.net":
                title, desc = CENSOR_TAIL.sub("", title), CENSOR_STAMP.sub("", desc)
            texts.setdefault(row["src"], (title, desc))
    for name in ("bbc_news_rss_entries_2022-02_to_2022-08.jsonl", "cnn_edition_rss_entries_2022-02_to_2022-08.jsonl"):
        with open(os.path.join(data, "rss-entries-2022", name), encoding="utf-8") as f:
            for line in f:
                i = json.loads(line)
                texts.setdefault(i["link"], (i["title"], strip_html(i.get("description"))))
    with open(os.path.join(data, "rss-entries-2024", "items.jsonl"), encoding="utf-8") as f:
        for line in f:
            i = json.loads(line)
            texts.setdefault(i["id"], (i["title"], strip_html(i.get("summary"))))
    for name in ("bbc_news_frontpage_2024-08-08.xml", "nyt_world_2024-08-08.xml", "cnn_hp_hero_2023-04.xml"):
        for item in ET.parse(os.path.join(data, "rss-feeds", name)).getroot().iter("item"):
            texts.setdefault((item.findtext("link") or "").strip(),
                             ((item.findtext("title") or "").strip(), strip_html(item.findtext("description"))))
    with open(os.path.join(data, "humanitarian-corridors-ua", "humanitarian_corridors_ukraine_hc_geocoded.csv"),
              encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f)):
            segments = [s for s in row["text"].split(";;;;") if s.strip(" ;\n\r\t")]
            for k, seg in enumerate(segments):
                texts["hc-%d-%d" % (n, k)] = hc_text(seg)
    with open(os.path.join(data, "news-articles-ua-war", "key_annotated_articles.json"), encoding="utf-8") as f:
        for n, article in enumerate(json.load(f)):
            sentences = [x.strip() for x in ARTICLE_SPLIT.split(article["content"].strip()) if x.strip()]
            texts["article-%d" % n] = ((sentences[0] if sentences else ""), " ".join(sentences[:6]))
    return texts


def main():
    data, items, out = sys.argv[1], sys.argv[2], sys.argv[3]
    texts = load(data)
    with open(items, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as w:
        for line in f:
            stratum, feed, id_, published = line.rstrip("\n").split("\t")
            title, summary = texts[id_]
            w.write(json.dumps({"id": id_, "stratum": stratum, "feed": feed, "published": published,
                                "title": title, "summary": summary}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
