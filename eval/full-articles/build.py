#!/usr/bin/env python3
"""Labels (format v2) of 41 whole articles of key_annotated_articles.json, typed by hand.

Written 2026-12-06 before 20:56 UTC by the `events` engineer after reading each whole
article, before any multi-event extractor existed or read them (the rule extractor of the time had
read only the first six sentences of the `dev-lead` ones, as items of the DEV set). Only EVEN indices
(the odd ones are the blind test set's). Strata:
  unseen   - even indices never in any label set: no rule or person of the project had read them;
  dev-lead - even indices whose first six sentences are DEV items (the old rules were tuned on those
             leads, never on the rest of the article).
The texts stay in ../shared/data; this file holds ids and labels only.
Run: python3 eval/full-articles/build.py  (writes eval/full-articles-labels.jsonl)
Item id `article-full-<index>`: the evaluation reads the whole article (title = first sentence).
"""
import json
import os

UNSEEN = "unseen"
DEV = "dev-lead"


def fig(value, qualifier="EXACT"):
    return {"value": value, "qualifier": qualifier}


def strike(attacker, target, date, places=(), weapon=None, claimant=None, categories=None, background=False, **figures):
    e = {"kind": "STRIKE", "background": background, "date": date, "attacker": attacker, "target": target,
         "claimant": claimant, "places": list(places), "weapon": weapon}
    if categories is not None:
        e["targetCategories"] = list(categories)
    for name in ("launched", "intercepted", "suppressed", "killed", "wounded"):
        e[name] = figures.get(name)
    return e


def ceasefire(matter, date, accuser=None, accused=None, scope=None, claimant=None, places=(), background=False):
    return {"kind": "CEASEFIRE", "background": background, "date": date, "matter": matter, "accuser": accuser,
            "accused": accused, "scope": scope, "claimant": claimant, "places": list(places)}


def person(name=None, title=None, party=None, capacity=None):
    return {"name": name, "title": title, "party": party, "capacity": capacity}


def talks(kind, date, participants, venue=None, duration=None, background=False):
    return {"kind": "NEGOTIATION", "background": background, "date": date, "negotiationKind": kind,
            "participants": participants, "venue": venue, "duration": duration}


PUTIN = person("Vladimir Putin", "President", "RU", "PRINCIPAL")
ZELENSKY = person("Volodymyr Zelensky", "President", "UA", "PRINCIPAL")
BIDEN = person("Joe Biden", "President", "US", "PRINCIPAL")

# index: (stratum, [events], headline index or None)
LABELS = {
    0: (UNSEEN, [talks("PHONE_CALL", "2022-01-28", [person("Emmanuel Macron", "President", "FR", "PRINCIPAL"), PUTIN])], 0),
    4: (UNSEEN, [talks("TALKS_ROUND", "2022-01-26", [person(None, "diplomats", "RU", "ENVOY"), person(None, "diplomats", "UA", "ENVOY"),
                                                     person(None, "diplomats", "DE", "MEDIATOR"), person(None, "diplomats", "FR", "MEDIATOR")],
                       venue="Paris")], 0),
    14: (UNSEEN, [], None),
    46: (UNSEEN, [], None),
    128: (UNSEEN, [], None),
    174: (UNSEEN, [], None),
    176: (UNSEEN, [], None),
    178: (UNSEEN, [talks("TALKS_ROUND", "2022-07-13", [person(None, "military representatives", "TR", "MEDIATOR"),
                                                       person(None, "military representatives", "RU", "ENVOY"),
                                                       person(None, "military representatives", "UA", "ENVOY"),
                                                       person(None, "delegation", "UN", "MEDIATOR")], venue="Turkey")], 0),
    184: (UNSEEN, [], None),
    198: (UNSEEN, [], None),
    228: (UNSEEN, [talks("MEETING", None, [person("Antony Blinken", "Secretary of State", "US", "ENVOY"), ZELENSKY], venue="Kyiv")], 0),
    242: (UNSEEN, [], None),
    248: (UNSEEN, [], None),
    256: (UNSEEN, [strike("RU", "UA", "2023-02-10", weapon="MIXED", categories=["ENERGY"]),
                   talks("MEETING", "2023-02-06", [person("Giorgia Meloni", "PM", "IT", "PRINCIPAL"), ZELENSKY])], 0),
    302: (UNSEEN, [talks("MEETING", "2023-04-05", [PUTIN, person("Alexander Lukashenko", "President", "BY", "PRINCIPAL")], venue="Moscow"),
                   ceasefire("PROPOSAL", "2023-03-31", claimant="BY"),
                   ceasefire("RESPONSE", None, claimant="RU"),
                   ceasefire("RESPONSE", None, claimant="UA")], 0),
    308: (UNSEEN, [], None),
    328: (UNSEEN, [], None),
    398: (UNSEEN, [], None),
    400: (UNSEEN, [], None),
    424: (UNSEEN, [], None),
    428: (UNSEEN, [], None),
    430: (UNSEEN, [], None),
    434: (UNSEEN, [], None),
    438: (UNSEEN, [], None),
    18: (DEV, [talks("STATEMENT", "2022-02-01", [PUTIN]),
               talks("PROPOSAL", "2022-01-24", [person(None, None, "US", "PRINCIPAL"), person(None, None, "NATO", "PRINCIPAL")])], 0),
    42: (DEV, [talks("PHONE_CALL", "2022-02-12", [PUTIN, BIDEN], duration={"minutes": 60, "qualifier": "MORE_THAN"}),
               talks("PHONE_CALL", "2022-02-12", [PUTIN, person("Emmanuel Macron", None, "FR", "PRINCIPAL")])], 0),
    82: (DEV, [ceasefire("ALLEGED_VIOLATION", "2022-02-17", accuser="US", places=["Donbas"]),
               strike(None, "UA", "2022-02-17", places=["Donbas"], weapon="ARTILLERY", categories=["OTHER"]),
               talks("MEETING", "2022-02-24", [person("Antony Blinken", None, "US", "PRINCIPAL"), person("Sergei Lavrov", None, "RU", "PRINCIPAL")])], 0),
    118: (DEV, [ceasefire("AGREEMENT", "2022-04-20", scope="HUMANITARIAN_CORRIDOR", claimant="UA", places=["Mariupol"])], 0),
    196: (DEV, [], None),
    200: (DEV, [strike("UA", "RU", "2022-08-09", places=["Crimea"], killed=fig(1, "AT_LEAST")),
                strike("RU", "UA", "2022-08-07", places=["Vinnytsia"], weapon="MISSILE", claimant="UA")], 0),
    208: (DEV, [talks("AGREEMENT_SIGNED", None, [person(None, None, "TR", "MEDIATOR"), person(None, None, "UN", "MEDIATOR")], background=True)], None),
    210: (DEV, [talks("MEETING", "2022-08-18", [person("Antonio Guterres", "UN chief", "UN", "MEDIATOR"), ZELENSKY,
                                               person("Recep Tayyip Erdogan", None, "TR", "MEDIATOR")], venue="Lviv"),
                talks("AGREEMENT_SIGNED", None, [person(None, None, "UA", "PRINCIPAL"), person(None, None, "RU", "PRINCIPAL")], background=True)], 0),
    214: (DEV, [], None),
    260: (DEV, [strike("RU", "UA", "2023-02-16", weapon="MISSILE", launched=fig(36), intercepted=fig(16))], 0),
    262: (DEV, [strike("RU", "UA", "2022-02-24", weapon="MISSILE", background=True)], None),
    284: (DEV, [], None),
    322: (DEV, [talks("PROPOSAL", "2023-06-17", [person(None, "African leaders", None, "MEDIATOR")]),
                talks("STATEMENT", "2023-06-17", [PUTIN]),
                talks("STATEMENT", None, [person("Volodymyr Zelenskiy", None, "UA", "PRINCIPAL")])], 0),
    336: (DEV, [strike("UA", "RU", None, killed=fig(1), background=True)], None),
    358: (DEV, [], None),
    380: (DEV, [strike("RU", "UA", "2024-04-22", places=["Kharkiv"], weapon="MISSILE", claimant="UA", killed=fig(0)),
                talks("PHONE_CALL", "2024-04-22", [BIDEN, ZELENSKY])], 1),
    386: (DEV, [talks("PHONE_CALL", "2024-04-22", [BIDEN, person("Volodymyr Zelenskiy", "president", "UA", "PRINCIPAL")]),
                strike("RU", "UA", "2024-04-24", places=["Kharkiv"], weapon="MISSILE", claimant="UA", categories=["RESIDENTIAL"]),
                strike("RU", "UA", "2024-04-23", places=["Sumy"], claimant="UA", wounded=fig(4))], 1),
}

HEADLINE_STRIKE = ("date", "attacker", "places", "weapon", "launched", "intercepted", "suppressed", "killed", "wounded")


def label(events, headline):
    head = events[headline] if headline is not None else None
    out = {"relevant": any(not e["background"] for e in events), "kind": head["kind"] if head else None,
           "date": head["date"] if head else None, "attacker": None, "target_country": None, "places": [],
           "weapon": None, "launched": None, "intercepted": None, "suppressed": None, "killed": None, "wounded": None,
           "participants": []}
    if head and head["kind"] == "STRIKE":
        for f in HEADLINE_STRIKE:
            out[f] = head.get(f)
        out["target_country"] = head.get("target")
    if head and head["kind"] == "NEGOTIATION":
        out["participants"] = [p["name"] for p in head["participants"] if p["name"]]
    out.update({"format": 2, "language": "en", "events": events})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "full-articles-labels.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for index in sorted(LABELS):
            stratum, events, headline = LABELS[index]
            f.write(json.dumps({"id": f"article-full-{index}", "stratum": stratum,
                                "source": "news-articles-ua-war/key_annotated_articles.json",
                                "label": label(events, headline)}, ensure_ascii=False) + "\n")
    print(f"wrote {len(LABELS)} items to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
