#!/usr/bin/env python3
"""Write a timeline document of N generated events (no importance set, dates spread over
FROM..TO years, titles of 2 to 6 words) to standard output; the same N and SEED give the same
file.

usage: gen_events.py N [SEED [FROM TO]]
"""
import json
import random
import sys

n = int(sys.argv[1])
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
y0, y1 = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1950, 2019)
r = random.Random(seed)
words = "council session agreement summit review treaty group meeting expert forum".split()
events = []
for i in range(n):
    y = r.randrange(y0, y1 + 1)
    events.append({"id": f"e{i}", "date": f"{y}-{1 + r.randrange(12):02d}-{1 + r.randrange(28):02d}",
                   "title": " ".join(r.choice(words) for _ in range(2 + r.randrange(5))) + f" {i}",
                   "category": "c", "sources": []})
json.dump({"memberline": 1, "title": f"{n} generated events", "source": "generated",
           "categories": [{"id": "c", "label": "Meeting"}], "events": events}, sys.stdout)
