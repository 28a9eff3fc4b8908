#!/usr/bin/env python3
"""Writes N synthetic strikes in the ledger CSV format (the import's `ledger` format) to stdout.

Deterministic (seeded): both directions, 2022-2026, many regions and weapon models, figures stated
by 1-3 claims. Usage: gen_ledger_csv.py N > strikes.csv
"""
import random
import sys
from datetime import datetime, timedelta, timezone

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rnd = random.Random(20250411)
FIGURES = ("launched", "intercepted", "suppressed", "hit", "killed", "wounded")
cols = ["id", "attacker", "target", "startedAt", "endedAt", "timePrecision", "place", "region", "country",
        "latitude", "longitude", "geoPrecision", "launchPlace", "weaponCategory", "weaponModels", "targetCategories"]
for f in FIGURES:
    cols += [f + "Low", f + "Best", f + "High", f + "Claims"]
cols += ["inconsistent", "externalIds"]
regions = ["Kyiv city", "Kyiv oblast", "Kharkiv oblast", "Odesa oblast", "Dnipropetrovsk oblast", "Lviv oblast",
           "Zaporizhzhia oblast", "Sumy oblast", "Mykolaiv oblast", "Kherson oblast", "Poltava oblast",
           "Belgorod oblast", "Kursk oblast", "Bryansk oblast", "Crimea", "Rostov oblast"]
weapons = [("DRONE", "Shahed-136/131"), ("DRONE", "Lancet"), ("CRUISE_MISSILE", "Kh-101"),
           ("CRUISE_MISSILE", "Kalibr"), ("BALLISTIC_MISSILE", "Iskander-M"), ("GUIDED_BOMB", "KAB-500"),
           ("ARTILLERY", "BM-21 Grad"), ("MIXED", "Kh-101|Shahed-136/131"), ("DRONE", "Lyutyi")]
categories = ["ENERGY", "RESIDENTIAL", "MILITARY", "TRANSPORT", "INDUSTRIAL", "PORT", "GOVERNMENT"]
start = datetime(2022, 2, 24, tzinfo=timezone.utc)
span = int((datetime(2026, 5, 1, tzinfo=timezone.utc) - start).total_seconds())
out = sys.stdout
out.write(",".join(cols) + "\n")
for i in range(1, n + 1):
    t0 = start + timedelta(seconds=rnd.randrange(span) // 60 * 60)
    t1 = t0 + timedelta(minutes=rnd.choice((0, 30, 60, 240, 720)))
    attacker, target = ("RU", "UA") if rnd.random() < 0.8 else ("UA", "RU")
    category, models = rnd.choice(weapons)
    region = rnd.choice(regions)
    cats = "|".join(sorted(rnd.sample(categories, rnd.randint(0, 2))))
    row = [str(i), attacker, target, t0.strftime("%Y-%m-%dT%H:%M:%SZ"), t1.strftime("%Y-%m-%dT%H:%M:%SZ"),
           rnd.choice(("MINUTE", "HOUR", "DAY")), "", region, target, "", "", "REGION", "", category, models, cats]
    claims = rnd.choice((1, 1, 1, 2, 3))
    launched = rnd.randint(1, 200)
    for f in FIGURES:
        if f == "launched":
            low, best, high = launched, launched, (launched if claims == 1 else launched + rnd.randint(0, 20))
            row += [str(low), str(best), str(high), str(claims)]
        elif f == "intercepted":
            v = rnd.randint(0, launched)
            row += [str(v), str(v), str(v), "1"]
        elif f == "killed" and rnd.random() < 0.2:
            v = rnd.randint(0, 5)
            row += [str(v), str(v), "", "1"]
        else:
            row += ["", "", "", "0"]
    row += ["false", "synthetic=s" + str(i)]
    out.write(",".join(row) + "\n")
