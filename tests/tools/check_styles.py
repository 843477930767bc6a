#!/usr/bin/env python3
"""Style facts of a --layout-json dump (fill, pattern, marker shape).

usage: check_styles.py distinct LAYOUT.json
           Every status keeps one look (fill and pattern; for step lines, stroke and dash
           pattern) in the plot and the legend, and every two statuses differ in colour or
           pattern; on the timeline every two categories differ
           in colour or marker shape. With --min-shade N, also no two statuses share a pattern
           while their greys lie closer than N (0-255), and no status grey lies within N of
           the "no status" grey.
       check_styles.py colour LAYOUT.json ID[,ID...]=#RRGGBB ...
           Every drawn item of status ID (bars, areas, countries, markers, legend swatches), or
           of timeline event or category ID (markers, legend symbols), has that colour, and at
           least one plot item and one legend symbol of the IDs show it (on the timeline give
           a category with its events: treaty,e1,e3=#C0392B).
Exits 1 with a line per problem (at most 10)."""
import json
import sys

PLOT_ROLES = {"bar", "area", "country", "country-marker"}


def grey(c):
    r, g, b = int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def looks(items):
    """status id (None: no status) -> set of (colour, pattern) in the plot and the legend: the
    fill of bars, areas, countries and swatches, the stroke of step lines (their pattern is a
    dash pattern)."""
    out = {}
    for it in items:
        role = it.get("role")
        if role not in PLOT_ROLES | {"step", "legend-symbol"}:
            continue
        colour = it.get("stroke") if it.get("kind") == "line" else it.get("fill")
        if colour is None or ("status" not in it and role != "country"):
            continue
        out.setdefault(it.get("status"), set()).add((colour, it.get("pattern", "none")))
    return out


def distinct(d, min_shade):
    problems = []
    by_status = looks(d["items"])
    none_look = by_status.pop(None, set())
    for s, ls in sorted(by_status.items()):
        if len(ls) != 1:
            problems.append("status %s drawn in %d looks: %s" % (s, len(ls), sorted(ls)))
    ids = sorted(by_status)
    for i, a in enumerate(ids):
        la = next(iter(by_status[a]))
        for b in ids[i + 1:]:
            lb = next(iter(by_status[b]))
            if la == lb:
                problems.append("statuses %s and %s look the same: %s" % (a, b, la))
            elif min_shade and la[1] == lb[1] and abs(grey(la[0]) - grey(lb[0])) < min_shade:
                problems.append("statuses %s and %s: same pattern, greys %s and %s too close"
                                % (a, b, la[0], lb[0]))
        for fill, pattern in none_look:
            if min_shade and abs(grey(la[0]) - grey(fill)) < min_shade:
                problems.append("status %s grey %s is close to the no-status grey %s"
                                % (a, la[0], fill))
    cats = {}
    for it in d["items"]:
        if it.get("role") == "legend-symbol" and it.get("kind") == "marker" and "ref" in it:
            cats[it["ref"]] = (it.get("fill", it.get("stroke")), it.get("shape"))
    cids = sorted(cats)
    for i, a in enumerate(cids):
        for b in cids[i + 1:]:
            if cats[a] == cats[b]:
                problems.append("categories %s and %s look the same: %s" % (a, b, cats[a]))
    if d["chart"] != "timeline" and not by_status:
        problems.append("no status drawn")
    return problems


def colour(d, wants):
    problems = []
    for want in wants:
        key, c = want.split("=")
        keys = set(key.split(","))
        c = c.lower() + ("ff" if len(c) == 7 else "")
        plot = legend = 0
        for it in d["items"]:
            role = it.get("role")
            if it.get("status") not in keys and it.get("ref") not in keys:
                continue
            if role not in PLOT_ROLES | {"marker", "legend-symbol"}:
                continue
            got = it.get("fill") or it.get("stroke")
            if got is None:
                continue
            if got != c:
                problems.append("%s %s drawn in %s, not %s" % (role, key, got, c))
            if role == "legend-symbol":
                legend += 1
            else:
                plot += 1
        if not plot:
            problems.append("%s: nothing in the plot" % key)
        if not legend:
            problems.append("%s: not in the legend" % key)
    return problems


def main():
    args = sys.argv[1:]
    min_shade = 0
    if "--min-shade" in args:
        i = args.index("--min-shade")
        min_shade = float(args[i + 1])
        del args[i:i + 2]
    mode, path = args[0], args[1]
    d = json.load(open(path))
    problems = distinct(d, min_shade) if mode == "distinct" else colour(d, args[2:])
    for p in problems[:10]:
        print(p)
    sys.exit(1 if problems else 0)


main()
