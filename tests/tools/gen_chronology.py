#!/usr/bin/env python3
"""Write a generated chronology (not history: every title says "generated") to standard output:
N events from 3000 BCE to AD 2000 at every precision (day, month, year, approximate "~"),
some with an end (day ranges within a month and across years), titles in Latin, Arabic,
Hebrew, Chinese and Japanese, some one long unbroken word, categories over the palette and
spans of every category, some with approximate ends. The same N and SEED give the same file.

usage: gen_chronology.py [N [SEED]]
"""
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
r = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
titles = [
    "Generated council of the river cities meets",
    "مجلس المدن النهرية يجتمع في الدورة المولدة",
    "מועצת ערי הנהר מתכנסת במושב שנוצר",
    "河流城市联合会议在生成的年份召开",
    "河川都市の評議会が生成された年に開かれる",
    "Generatedsupercalifragilisticconfederationofriverinecitiesandharbours",
    "Treaty of the generated harbours",
]
cats = [{"id": f"c{i}", "label": label} for i, label in enumerate(
    ["Council", "مجلس", "条约", "Harbour", "Festival", "Census", "War", "Flood", "Trade",
     "Temple", "Coinage", "Survey"])]


def year(y):  # ISO 8601 expanded years: 0000 is 1 BCE, -0001 is 2 BCE
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


events = []
for i in range(n):
    y = r.randrange(-2999, 2001)
    kind = r.randrange(6)
    ev = {"id": f"g{i}", "title": f"{r.choice(titles)} {i}", "category": f"c{r.randrange(12)}",
          "sources": []}
    if kind == 0:
        ev["date"] = year(y)
    elif kind == 1:
        ev["date"] = f"{year(y)}-{1 + r.randrange(12):02d}"
    elif kind == 2:
        ev["date"] = year(y) + "~"
    elif kind == 3:  # a day range within a month
        m, d = 1 + r.randrange(12), 1 + r.randrange(20)
        ev["date"] = f"{year(y)}-{m:02d}-{d:02d}"
        ev["end"] = f"{year(y)}-{m:02d}-{d + 1 + r.randrange(7):02d}"
    elif kind == 4:  # across years
        ev["date"] = f"{year(y)}-{1 + r.randrange(12):02d}-{1 + r.randrange(28):02d}"
        ev["end"] = f"{year(min(y + 1 + r.randrange(40), 2000))}-06-30"
    else:
        ev["date"] = f"{year(y)}-{1 + r.randrange(12):02d}-{1 + r.randrange(28):02d}"
    if r.randrange(5) == 0:
        ev["importance"] = 1 + r.randrange(3)
    events.append(ev)
spans = []
for i in range(12):
    y = -2900 + i * 400
    spans.append({"id": f"s{i}", "from": year(y) + ("~" if i % 3 == 0 else ""),
                  "to": year(y + 600) + ("~" if i % 4 == 1 else ""),
                  "title": ["Generated era of the river cities", "العصر المولد", "生成的王朝",
                            "Generatedunbrokeneranamewithoutanyspacesatall"][i % 4] + f" {i}",
                  "category": f"c{i}"})
json.dump({"memberline": 1, "title": "A generated chronology, 3000 BCE to AD 2000",
           "subtitle": "Generated test data in five scripts: not history",
           "source": "generated", "categories": cats, "spans": spans, "events": events},
          sys.stdout, ensure_ascii=False)
