#!/usr/bin/env python3
"""Write a timeline document of N generated events of mixed precision to standard output:
days, months and years, with runs of events on one day (as at a summit) and events a day or
two apart; the same N and SEED give the same file. FROM..TO are years (negative: BCE).

usage: gen_dates.py N [SEED [FROM TO]]
"""
import json
import random
import sys

n = int(sys.argv[1])
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
y0, y1 = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1900, 2024)
r = random.Random(seed)


def fmt(y, m=0, d=0):
    s = f"-{-y:04d}" if y < 0 else f"{y:04d}"
    return s + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if d else "")


events, i = [], 0
while len(events) < n:
    y = r.randrange(y0, y1 + 1) or 1
    m, d = 1 + r.randrange(12), 1 + r.randrange(28)
    kind = r.random()
    if kind < 0.12:
        dates = [fmt(y)]
    elif kind < 0.25:
        dates = [fmt(y, m)] * (1 + r.randrange(2))
    elif kind < 0.35:  # a summit: several events on one day
        dates = [fmt(y, m, d)] * (2 + r.randrange(5))
    elif kind < 0.45:  # days apart
        dates = [fmt(y, m, d + k) for k in range(1 + r.randrange(3))]
    else:
        dates = [fmt(y, m, d)]
    for date in dates[: n - len(events)]:
        events.append({"id": f"e{i}", "date": date, "title": f"Event {i} of the set",
                       "importance": 1 + r.randrange(3), "category": "c", "sources": []})
        i += 1
json.dump({"memberline": 1, "title": f"{n} events of mixed precision", "source": "generated",
           "categories": [{"id": "c", "label": "Event"}], "events": events}, sys.stdout)
