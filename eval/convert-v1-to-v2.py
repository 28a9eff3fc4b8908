#!/usr/bin/env python3
"""Converts label files from format v1 (one headline event per item) to v2 (a list of events).

usage: eval/convert-v1-to-v2.py FILE.jsonl [...]   (rewrites each file in place; v2 lines are kept)

A relevant v1 label becomes one event made of its headline fields; an irrelevant one gets no events.
Fields v1 never labelled (claimant, targetCategories, matter, ...) are left out of the event, which
the evaluation reads as "not labelled" rather than "not stated".
"""
import json
import sys

FIGURES = ("launched", "intercepted", "suppressed", "killed", "wounded")


def event_of(label):
    event = {"kind": label.get("kind"), "background": False, "date": label.get("date")}
    if label.get("kind") == "STRIKE":
        event["attacker"] = label.get("attacker")
        event["target"] = label.get("target_country")
        event["places"] = label.get("places") or []
        event["weapon"] = label.get("weapon")
        for figure in FIGURES:
            event[figure] = label.get(figure)
    elif label.get("kind") == "NEGOTIATION":
        event["participants"] = [{"name": name} for name in label.get("participants") or []]
    return event


def convert(line):
    item = json.loads(line)
    label = item.get("label") or {}
    if "events" not in label:
        label["format"] = 2
        label.setdefault("language", "en")
        label["events"] = [event_of(label)] if label.get("relevant") else []
        item["label"] = label
    return json.dumps(item, ensure_ascii=False)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines = [line for line in f.read().splitlines() if line.strip()]
        out = [convert(line) for line in lines]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(f"{path}: {len(out)} lines")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
