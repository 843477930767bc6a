#!/usr/bin/env python3
"""Write a synthetic membership document to stdout: N members joining D days apart.

    gen_members.py N DAYS [LABEL_BYTES]

With LABEL_BYTES, every status and category label is that many bytes of Cyrillic (two bytes
a letter), the limit docs/data-format.md documents for one text. The names and dates are
made up for tests: nothing here is a fact about any organisation."""
import datetime
import json
import sys


def label(base, size):
    if not size:
        return base
    letters = "абвгдежзийклмнопрстуфхцчшщыэюя"
    text = (letters * (size // len(letters) // 2 + 1))[: size // 2]
    assert len(text.encode()) == size
    return text


def main():
    n, days = int(sys.argv[1]), int(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    start = datetime.date(1950, 1, 1)
    members = []
    for i in range(n):
        d = start + datetime.timedelta(days=i * days)
        periods = [{"status": "applicant", "from": (d - datetime.timedelta(days=2)).isoformat(),
                    "to": d.isoformat()},
                   {"status": "member", "from": d.isoformat()}]
        members.append({"id": "M%04d" % i, "name": "State %d" % i, "periods": periods})
    last = start + datetime.timedelta(days=n * days)
    doc = {
        "memberline": 1,
        "title": "Synthetic organisation",
        "source": "Test data",
        "as_of": last.isoformat(),
        "categories": [{"id": "c", "label": label("Meetings", size)}],
        "statuses": [{"id": "member", "label": label("Member", size), "rank": 1},
                     {"id": "applicant", "label": label("Applicant", size), "rank": 2}],
        "events": [{"id": "e1", "date": start.isoformat(), "title": "Founded", "category": "c",
                    "sources": []}],
        "members": members,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False)


main()
