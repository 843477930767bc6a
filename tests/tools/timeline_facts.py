#!/usr/bin/env python3
"""Facts of a timeline --layout-json dump, one per line, for the shell suites:

  events N        event markers drawn, counting the events a cluster mark stands for
  clustered N     events drawn in cluster marks (their labels hang on one stem from the mark)
  labels N        events with a title label drawn
  hidden N        events reported as not shown (the not-shown note's value; 0 without one)
  ticks A|B|...   tick labels below the axis, left to right
  margins L R     the axis beyond the data on each side, as fractions of the data's range
                  (from DOC.json; day-precision markers and brackets give the scale)
  smallest F      the smallest type size of any text, as a fraction of the page width
  clashes N       pairs of day-precision point markers on one line that touch (from DOC)
  orientation O   horizontal or vertical (time running down the page)
  same_period N   pairs of year- or month-only events of one date whose markers are one box
                  or whose leaders start at one point (from DOC)
  inversions N    events left out that are more important than some event drawn (from DOC)
  inversions_free N  those of them whose date is not crowded: fewer than two markers drawn
                  within two marker widths of it (a day-precision date; CE dates only)
  empty F         horizontal, with one line: the share of the plot (from under the legend to
                  the axis) above the highest label or marker, left empty

On a vertical timeline "along" the time line is page y and the ticks are read top down.

usage: timeline_facts.py LAYOUT.json [DOC.json]
"""
import datetime
import json
import sys


def day(s, end=False):
    """Days of a YYYY[-MM[-DD]][~] date (CE only), its start or the day after its end."""
    s = s.rstrip("~")
    parts = [int(p) for p in s.split("-")]
    y, m, d = parts + [1] * (3 - len(parts))
    if end and len(parts) == 1:
        y, m, d = y + 1, 1, 1
    elif end and len(parts) == 2:
        y, m, d = (y + 1, 1, 1) if m == 12 else (y, m + 1, 1)
    n = datetime.date(y, m, d).toordinal()
    return n + 1 if end and len(parts) == 3 else n


lay = json.load(open(sys.argv[1], encoding="utf-8"))
items = lay["items"]
role = lambda r: [i for i in items if i.get("role") == r]
axes = [i for i in items if i.get("kind") == "axis" or i.get("role") == "axis"]
vertical = bool(axes) and axes[-1]["points"][0] == axes[-1]["points"][2]
# A box as (along, across, along extent, across extent), a line's ends along the time line.
tr = (lambda b: [b[1], b[0], b[3], b[2]]) if vertical else (lambda b: b)
ends = (lambda p: (p[1], p[3])) if vertical else (lambda p: (p[0], p[2]))
# A cluster mark (a growing chart's run too dense to spread) stands for its value's events.
clustered = int(sum(i.get("value", 0) for i in role("cluster")))
print("events", len(role("marker")) + clustered)
print("clustered", clustered)
print("labels", len({i.get("ref") for i in role("label")}))
print("hidden", int(sum(i.get("value", 0) for i in role("not-shown"))))
print("orientation", "vertical" if vertical else "horizontal")
ticks = sorted((i for i in role("tick-label")), key=lambda i: tr(i["box"])[0])
below = max((i["box"][1] for i in ticks), default=0)
print("ticks", "|".join(i["text"] for i in ticks if vertical or i["box"][1] == below))
print("smallest", min(i["size"] for i in items if "size" in i) / lay["width"])
doc = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 else None
dates = [e["date"] for e in doc["events"]] if doc else []
if doc:
    point = {e["id"] for e in doc["events"]
             if not e.get("end") and e["date"].lstrip("-").rstrip("~").count("-") == 2}
    line = lambda b: round(b[1] + b[3] / 2, 1)  # the line a marker sits on
    pts = sorted((tr(m["box"]) for m in role("marker") if m.get("ref") in point),
                 key=lambda b: (line(b), b[0]))
    print("clashes", sum(1 for a, b in zip(pts, pts[1:])
                         if line(a) == line(b) and a[0] + a[2] > b[0] + 0.01))
    coarse = {e["id"]: e["date"] for e in doc["events"]
              if not e.get("end") and e["date"].lstrip("-").rstrip("~").count("-") < 2}
    marks = {m["ref"]: tuple(round(v, 1) for v in m["box"]) for m in role("marker")
             if m.get("ref") in coarse}
    starts = {}
    for l in role("leader"):
        if l.get("ref") in coarse:
            starts.setdefault(l["ref"], tuple(round(v, 1) for v in l["points"][:2]))
    ids = sorted(marks)
    print("same_period", sum(1 for k, a in enumerate(ids) for b in ids[k + 1:]
                             if coarse[a] == coarse[b] and (marks[a] == marks[b] or
                                                            starts.get(a) == starts.get(b))))
pts = []
if dates and not any(d.startswith("-") for d in dates):  # Python's dates have no BCE
    ev = {e["id"]: e for e in doc["events"]}
    for m in role("marker"):
        e = ev.get(m.get("ref"))
        if e and not e.get("end"):
            coarse = e["date"].rstrip("~").count("-") < 2  # a bracket from its first day
            b = tr(m["box"])
            x = b[0] if coarse else b[0] + b[2] / 2
            pts.append((day(e["date"]), x))
    pts.sort()
if len({d for d, _ in pts}) > 1:  # two dates drawn by markers of their own give the scale
    (d0, x0), (d1, x1) = pts[0], pts[-1]
    k = (x1 - x0) / (d1 - d0)
    axis = [i for i in items if i.get("kind") == "axis" or i.get("role") == "axis"][-1]
    lo = min(day(e["date"]) for e in doc["events"])
    hi = max(day(e.get("end", e["date"]), True) for e in doc["events"])
    for s in doc.get("spans", []):
        lo, hi = min(lo, day(s["from"])), max(hi, day(s["to"], True))
    a0 = d0 + (ends(axis["points"])[0] - x0) / k
    a1 = d0 + (ends(axis["points"])[1] - x0) / k
    print("margins %.4f %.4f" % ((lo - a0) / (hi - lo), (a1 - hi) / (hi - lo)))
if doc:
    drawn = {m.get("ref") for m in role("marker")}
    imp = {e["id"]: e.get("importance", 2) for e in doc["events"]}
    least = max((imp[r] for r in drawn if r in imp), default=0)
    hidden = sum(i.get("value", 0) for i in role("not-shown"))  # (clustered events count too)
    inv = [i for i, k in imp.items() if i not in drawn and k < least] if hidden else []
    print("inversions", len(inv))
    if len({d for d, _ in pts}) > 1:
        ev = {e["id"]: e for e in doc["events"]}
        mk = [tr(m["box"]) for m in role("marker") if m.get("ref") in point]
        w = max((b[2] for b in mk), default=0)
        def crowded(i):
            e = ev[i]
            if i not in point:
                return False
            x = x0 + (day(e["date"]) - d0) * k
            return sum(1 for b in mk if abs(b[0] + b[2] / 2 - x) <= 2 * (w + 1)) >= 2
        print("inversions_free", sum(1 for i in inv if not crowded(i)))
if not vertical and axes and not role("lane-axis"):
    head = max((i["box"][1] + i["box"][3] for i in items
                if i.get("role") in ("title", "subtitle", "legend", "legend-symbol")), default=0)
    axis_y = axes[-1]["points"][1]
    body = [i["box"][1] for i in items if i.get("role") in ("label", "date", "marker", "span")]
    top = min(body, default=axis_y)
    print("empty", round((top - head) / (axis_y - head), 3) if axis_y > head else 0)
