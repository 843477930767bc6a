#!/usr/bin/env python3
"""Checks that a timeline --layout-json dump draws every date where the axis puts it. The
scale comes from the tick lines, which carry their dates ("from"); dates are counted in days
of the proleptic Gregorian calendar, BCE included (-0044 is 44 BCE; there is no year 0).

  markers DUMP DOC   every day marker's centre lies on its date, or at most one marker width
                     and its 1 pt gap away (nudged apart in a cluster), or within its day
                     when the day is drawn wide; day markers of one
                     line in date order stand in that order; every year or month bracket
                     covers exactly its year or month (0.5 pt)
  ticks DUMP DOC     no labelled tick outside the data's days, or in a year YYYY cannot write;
                     the axis reaches at most 3% of the range (or one day) beyond the data
  era DUMP DOC       with BCE dates in DOC, every common-era date under a label reads AD

usage: timeline_positions.py CHECK DUMP.json DOC.json
"""
import json
import sys

from dump_checks import run


def parse(s):
    """(astronomical year, month or 0, day or 0) of a YYYY[-MM[-DD]][~] date."""
    s = s.rstrip("~")
    neg = s.startswith("-")
    p = [int(x) for x in s.lstrip("-").split("-")]
    y = -p[0] + 1 if neg else p[0]
    return y, (p[1] if len(p) > 1 else 0), (p[2] if len(p) > 2 else 0)


def civil(y, m, d):
    """Days of an astronomical year, month and day (Howard Hinnant's days_from_civil)."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy


def start(s):
    y, m, d = parse(s)
    return civil(y, m or 1, d or 1)


def end(s):
    """The day after the last day the date covers."""
    y, m, d = parse(s)
    if d:
        return civil(y, m, d) + 1
    if m:
        return civil(y + (m == 12), m % 12 + 1, 1)
    return civil(y + 1, 1, 1)


def geometry(dump):
    items = dump["items"]
    axis = [i for i in items if i.get("kind") == "axis"][-1]["points"]
    vertical = axis[0] == axis[2]
    along = (lambda b: (b[1], b[3])) if vertical else (lambda b: (b[0], b[2]))
    across = (lambda b: round(b[0] + b[2] / 2)) if vertical else (lambda b: round(b[1] + b[3]))
    ticks = sorted((start(i["from"]), i["points"][1] if vertical else i["points"][0])
                   for i in items if i.get("role") == "tick" and "from" in i)
    if len(ticks) < 2:  # a dump without tick dates (older builds): year labels, read
        ticks = sorted((civil(int(i["text"]), 1, 1), (i["box"][1] + i["box"][3] / 2) if vertical
                        else i["box"][0] + i["box"][2] / 2)
                       for i in items if i.get("role") == "tick-label" and i["text"].isdigit())
    if len(ticks) < 2:
        return None
    (d0, x0), (d1, x1) = ticks[0], ticks[-1]
    k = (x1 - x0) / (d1 - d0)
    return items, (lambda day: x0 + (day - d0) * k), along, across, axis, vertical, k


def markers(dump, args):
    g = geometry(dump)
    if not g:
        return "fewer than two dated ticks"
    items, pos, along, across, _, _, _ = g
    doc = json.load(open(args[0], encoding="utf-8"))
    ev = {e["id"]: e for e in doc["events"]}
    bad, days = [], []
    for m in items:
        e = ev.get(m.get("ref"))
        if m.get("role") != "marker" or not e or e.get("end"):
            continue
        a, w = along(m["box"])
        if m.get("shape") == "bracket":
            s, t = pos(start(e["date"])), pos(end(e["date"]))
            if abs(a - s) > 0.5 or abs(a + w - t) > 0.5:
                bad.append(f"bracket {e['id']} ({e['date']}) at [{a:.1f}, {a + w:.1f}], "
                           f"its time is [{s:.1f}, {t:.1f}]")
            continue
        c, want, cell = a + w / 2, pos(start(e["date"])), pos(end(e["date"]))
        in_cell = want - 0.01 <= c <= cell + 0.01  # a day drawn wide holds several markers
        if abs(c - want) > w + 1 + 0.01 and not in_cell:
            bad.append(f"{e['id']} ({e['date']}) at {c:.1f}, its date at {want:.1f}: "
                       f"{abs(c - want):.1f} pt off, more than its width {w:.1f} + 1")
        days.append((across(m["box"]), start(e["date"]), c, e["id"]))
    days.sort()
    for (l1, d1, c1, i1), (l2, d2, c2, i2) in zip(days, days[1:]):
        if l1 == l2 and d1 < d2 and c1 > c2 + 0.01:
            bad.append(f"{i1} drawn after {i2} ({c1:.1f} > {c2:.1f}) though earlier")
    return "; ".join(bad[:4]) + (f" (and {len(bad) - 4} more)" if len(bad) > 4 else "")


def data_days(doc):
    lo = min(start(e["date"]) for e in doc["events"])
    hi = max(end(e.get("end", e["date"])) for e in doc["events"])
    for s in doc.get("spans", []):
        lo, hi = min(lo, start(s["from"])), max(hi, end(s["to"]))
    return lo, hi


def ticks(dump, args):
    g = geometry(dump)
    if not g:
        return "fewer than two dated ticks"
    items, pos, _, _, axis, vertical, k = g
    doc = json.load(open(args[0], encoding="utf-8"))
    lo, hi = data_days(doc)
    bad = []
    for t in (i for i in items if i.get("role") == "tick-label"):
        if "from" not in t:
            bad.append(f"tick label {t['text']} without its date")
        elif not lo <= start(t["from"]) < hi:
            bad.append(f"tick label {t['text']} ({t['from']}) outside the data")
        elif abs(parse(t["from"])[0]) > 9999:
            bad.append(f"tick label {t['text']}: a year YYYY cannot write")
    a0, a1 = (axis[1], axis[3]) if vertical else (axis[0], axis[2])
    most = max(0.03 * (hi - lo), 1) * k + 0.01
    if pos(lo) - a0 > most or a1 - pos(hi) > most:
        bad.append(f"axis [{a0:.1f}, {a1:.1f}] reaches beyond the data [{pos(lo):.1f}, "
                   f"{pos(hi):.1f}] by more than {most:.1f} pt")
    if a0 > pos(lo) + 0.5 or a1 < pos(hi) - 0.5:
        bad.append("axis shorter than the data")
    return "; ".join(bad[:4])


def era(dump, args):
    doc = json.load(open(args[0], encoding="utf-8"))
    if not any(e["date"].startswith("-") for e in doc["events"]):
        return ""
    ev = {e["id"]: e for e in doc["events"]}
    bad = [f"{t['text']} ({t['ref']})" for t in dump["items"]
           if t.get("role") == "date" and t.get("ref") in ev and
           not ev[t["ref"]]["date"].startswith("-") and "AD" not in t["text"]]
    return "AD dates not marked AD: " + ", ".join(bad[:5]) if bad else ""


sys.exit(run({"markers": markers, "ticks": ticks, "era": era}, __doc__, sys.argv))
