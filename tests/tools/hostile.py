#!/usr/bin/env python3
"""Write one hostile input for tests/suites/60-hostile.sh: hostile.py KIND FILE.

Big inputs are made at test time, never committed. Every document is otherwise valid unless
its kind is about breaking the format, so each one tests exactly one thing."""
import json
import sys

STATUSES = [{"id": "member", "label": "Member", "rank": 1},
            {"id": "observer", "label": "Observer", "rank": 2}]


CATEGORIES = [{"id": "c", "label": "Category"}]


def doc(**fields):
    d = {"memberline": 1, "title": "Hostile", "categories": CATEGORIES}
    d.update(fields)
    return d


def events(n, date=lambda i: "%04d-%02d-%02d" % (1900 + i % 120, 1 + i % 12, 1 + i % 28)):
    return [{"id": "e%d" % i, "date": date(i), "title": "Event number %d" % i,
             "category": "c"} for i in range(n)]


def members(n, periods=1):
    out = []
    for i in range(n):
        ps = []
        for k in range(periods):
            # Alternating statuses, one year each, so no two periods of a member overlap.
            ps.append({"status": STATUSES[k % 2]["id"], "from": "%04d" % (1500 + k),
                       "to": "%04d" % (1501 + k)})
        if periods == 1:
            ps = [{"status": "member", "from": "%04d" % (1950 + i % 70)}]
        out.append({"id": "M%d" % i, "name": "State %d" % i, "periods": ps})
    return out


def raw(kind):
    """Inputs that are bytes rather than documents."""
    if kind == "deep":
        return b"[" * 100000 + b"]" * 100000
    if kind == "huge-string":
        # 100 MB: over the input cap, refused before parsing.
        return b'{"memberline": 1, "title": "' + b"x" * (100 << 20) + b'"}'
    if kind == "invalid-utf8":
        return b'{"memberline": 1, "title": "bad \xc3\x28 bytes"}'
    if kind == "nul-escape":
        return b'{"memberline": 1, "title": "a\\u0000b"}'
    if kind == "control-raw":
        return b'{"memberline": 1, "title": "tab\tinside"}'
    return None


def build(kind):
    if kind == "control-escaped":
        t = "bell\u0007 esc\u001b[31m del\u007f nl\nend"
        return doc(title=t, events=[{"id": "a", "date": "2001", "title": t, "category": "c"}])
    if kind == "markup":
        return doc(title="<b>&amp; <i>not</i>", subtitle="&lt;&#x41;<span>",
                   events=[{"id": "a", "date": "2001", "title": "<b>&amp;", "category": "c"}],
                   statuses=STATUSES[:1],
                   members=[{"id": "X", "name": "<b>&amp;", "periods":
                             [{"status": "member", "from": "2001"}]}])
    if kind == "number-for-string":
        return doc(title=12345)
    if kind == "string-for-number":
        return doc(memberline="1")
    if kind == "array-for-object":
        return doc(events={"id": "a"})
    if kind == "all-null":
        return {"memberline": None, "title": None, "subtitle": None, "as_of": None,
                "languages": None, "categories": None, "statuses": None, "events": None,
                "spans": None, "members": None, "source": None}
    if kind == "all-null-but-version":
        return {"memberline": 1, "title": None, "subtitle": None, "as_of": None,
                "languages": None, "categories": None, "statuses": None, "events": None,
                "spans": None, "members": None, "source": None}
    if kind == "all-null-fields":
        # Every optional field of every element null.
        return doc(events=[{"id": "a", "date": "2001", "title": "A", "category": "c",
                            "importance": None, "participants": None, "sources": None,
                            "description": None, "short": None, "end": None}],
                   statuses=STATUSES[:1],
                   members=[{"id": "X", "name": "X", "iso3": None, "periods":
                             [{"status": "member", "from": "2001", "to": None}]}])
    if kind == "events-10000":
        return doc(events=events(10000))
    if kind == "members-1000":
        return doc(statuses=STATUSES, members=members(1000))
    if kind == "periods-500":
        return doc(statuses=STATUSES, members=members(1, periods=500))
    if kind == "periods-many":
        # 20 members x 1000 periods on days of their own: 40,000 distinct change days, which
        # made the count and membership layouts quadratic (minutes) before they sorted.
        ms = [{"id": "M%d" % i, "name": "State %d" % i, "periods": [
            {"status": STATUSES[k % 2]["id"],
             "from": "%04d-%02d-%02d" % (1000 + k, 1 + i % 12, 1 + i % 28),
             "to": "%04d-%02d-%02d" % (1001 + k, 1 + i % 12, 1 + i % 28)}
            for k in range(1000)]} for i in range(20)]
        return doc(statuses=STATUSES, members=ms)
    if kind == "title-50000":
        return doc(title="Long title " * 4545 + "end.")
    if kind == "year-9999":
        return doc(events=[{"id": "a", "date": "9999-12-31", "title": "Far future", "category": "c"},
                           {"id": "b", "date": "2001", "title": "Now", "category": "c"}],
                   statuses=STATUSES[:1],
                   members=[{"id": "X", "name": "X", "periods":
                             [{"status": "member", "from": "2001", "to": "9999-12-31"}]}])
    if kind == "year-minus-9999":
        return doc(events=[{"id": "a", "date": "-9999", "title": "Far past", "category": "c"},
                           {"id": "b", "date": "2001", "title": "Now", "category": "c"}],
                   statuses=STATUSES[:1],
                   members=[{"id": "X", "name": "X", "periods":
                             [{"status": "member", "from": "-9999"}]}])
    if kind == "same-day":
        return doc(events=events(50, date=lambda i: "2001-06-15"),
                   statuses=STATUSES[:1],
                   members=[{"id": "M%d" % i, "name": "State %d" % i, "periods":
                             [{"status": "member", "from": "2001-06-15"}]} for i in range(5)],
                   as_of="2001-06-15")
    if kind == "events-over-cap":
        return doc(events=events(100001))
    if kind == "members-over-cap":
        return doc(statuses=STATUSES, members=members(10001))
    if kind == "periods-over-cap":
        return doc(statuses=STATUSES, members=members(1, periods=1001))
    if kind == "statuses-over-cap":
        return doc(statuses=[{"id": "s%d" % i, "label": "S", "rank": 1} for i in range(1001)])
    if kind == "categories-over-cap":
        return doc(categories=[{"id": "c%d" % i, "label": "C"} for i in range(1001)])
    if kind == "text-over-cap":
        return doc(title="x" * 10001)
    raise SystemExit("hostile.py: unknown kind " + kind)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    data = raw(kind)
    if data is None:
        d = build(kind)
        # Events must cite their sources (the format requires the key); none here.
        for e in d.get("events") or []:
            if isinstance(e, dict):
                e.setdefault("sources", [])
        data = json.dumps(d, ensure_ascii=False).encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
