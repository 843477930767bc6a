#!/usr/bin/env python3
"""Write a timeline document with runs too dense to spread along any axis to standard output:
20 events spread over 1990-2020, 60 within March 2005, HUNDREDS within 2012 (day dates), and
30 year-only "2001" events and 30 month-only "April 2005" ones. The same SEED gives the same
file.

usage: gen_dense.py [HUNDREDS [SEED]]
"""
import json
import random
import sys

many = int(sys.argv[1]) if len(sys.argv) > 1 else 300
r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
words = "council session agreement summit review treaty group meeting expert forum".split()
title = lambda i: " ".join(r.choice(words) for _ in range(2 + r.randrange(4))) + f" {i}"
ev = []
add = lambda key, date, i: ev.append({"id": f"{key}{i}", "date": date, "title": title(i),
                                      "category": "c", "sources": []})
for i in range(20):
    add("s", f"{1990 + (30 * i) // 19}-06-15", i)
for i in range(60):
    add("m", f"2005-03-{1 + r.randrange(28):02d}", i)
for i in range(many):
    add("y", f"2012-{1 + r.randrange(12):02d}-{1 + r.randrange(28):02d}", i)
for i in range(30):
    add("b", "2001", i)
    add("a", "2005-04", i)
json.dump({"memberline": 1, "title": "Dense runs", "source": "generated",
           "categories": [{"id": "c", "label": "Meeting"}], "events": ev}, sys.stdout)
