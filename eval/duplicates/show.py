#!/usr/bin/env python3
"""Prints what a person reads to label report-against-row pairs: each Air Force "destroyed" report
(af-destroyed-targets-ua/txt) of the given files, then the rows of missile_attacks_daily.csv whose
time_start falls on the report's day, the day before or the day after, each with its line number.
Usage: show.py DATA_DIR photo_1540@25-12-2023_08-15-09.txt ..."""
import csv, datetime, os, re, sys

data = sys.argv[1]
rows = list(csv.reader(open(os.path.join(data, 'missile-attacks-ua', 'missile_attacks_daily.csv'), encoding='utf-8')))
head, rows = rows[0], rows[1:]
col = {n: i for i, n in enumerate(head)}
for name in sys.argv[2:]:
    text = open(os.path.join(data, 'af-destroyed-targets-ua', 'txt', name), encoding='utf-8').read()
    m = re.search(r'(\d\d)\.(\d\d)\.(\d{4}|\d\d)\b', text)
    day = datetime.date(int(m.group(3)) % 100 + 2000, int(m.group(2)), int(m.group(1))) if m else None
    print('=' * 20, name)
    print(re.sub(r'\s*(Повітряні\s*Сили|https?://\S+)\s*', ' ', text).strip())
    if day is None:
        continue
    near = {str(day + datetime.timedelta(days=d)) for d in (-1, 0, 1)}
    for i, r in enumerate(rows, start=2):
        if r[col['time_start']][:10] in near:
            print(f"  L{i}: {r[col['time_start']]:16} -> {r[col['time_end']]:16} {r[col['model']][:28]:28} "
                  f"{r[col['target']][:26]:26} L={r[col['launched']]} D={r[col['destroyed']]} N={r[col['not_reach_goal']]}")
