#!/usr/bin/env python3
"""Style facts of a --layout-json dump (fill, pattern, marker shape).

usage: check_styles.py distinct LAYOUT.json
           Every status keeps one look (fill and pattern; for step lines, stroke and dash
           pattern) in the plot and the legend, and every two statuses differ in colour or
           pattern; on the timeline every two categories differ
           in colour or marker shape. With --min-shade N, also no two statuses share a pattern
           while their greys lie closer than N (0-255), and no status grey lies within N of
           the "no status" grey.
       check_styles.py apart LAYOUT.json [--min-shade N]
           Print theme: every status keeps one look, and every two statuses drawn differ in
           pattern AND in grey (by N, 0-255); no status is drawn with the diagonal hatch of a
           suspension or a hatch like it (cross, backhatch) or plain like "no status"; the
           suspension overlays are hatched; no status grey within N of the no-status grey.
           With --crowded, two statuses may share a grey or a pattern but never both.
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


def looks(items, skip_hatched_countries=False):
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
        if skip_hatched_countries and role == "country" and it.get("pattern") == "hatch":
            continue  # a suspended member's shape: its status's legend symbol shows its look
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


HATCHES = {"hatch", "cross", "backhatch"}


def apart(d, min_shade, crowded):
    problems = []
    by_status = looks(d["items"], True)
    none_look = by_status.pop(None, set())
    for s, ls in sorted(by_status.items()):
        if len(ls) != 1:
            problems.append("status %s drawn in %d looks: %s" % (s, len(ls), sorted(ls)))
        for fill, pattern in ls:
            if pattern in HATCHES or pattern == "none":
                problems.append("status %s drawn with pattern %s" % (s, pattern))
            for nfill, _ in none_look:
                if abs(grey(fill) - grey(nfill)) < min_shade:
                    problems.append("status %s grey %s is close to the no-status grey %s"
                                    % (s, fill, nfill))
    ids = sorted(by_status)
    for i, a in enumerate(ids):
        fa, pa = next(iter(by_status[a]))
        for b in ids[i + 1:]:
            fb, pb = next(iter(by_status[b]))
            near = abs(grey(fa) - grey(fb)) < min_shade
            if (fa, pa) == (fb, pb) or (not crowded and (pa == pb or near)):
                problems.append("statuses %s and %s: %s %s and %s %s" % (a, b, fa, pa, fb, pb))
    for it in d["items"]:
        if it.get("role") in ("suspended", "suspended-area") and it.get("kind") != "text" \
                and "pattern" in it and it["pattern"] != "hatch":
            problems.append("suspension drawn with %s" % it["pattern"])
    if not by_status:
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
    crowded = "--crowded" in args
    if crowded:
        args.remove("--crowded")
    if "--min-shade" in args:
        i = args.index("--min-shade")
        min_shade = float(args[i + 1])
        del args[i:i + 2]
    mode, path = args[0], args[1]
    d = json.load(open(path))
    if mode == "distinct":
        problems = distinct(d, min_shade)
    elif mode == "apart":
        problems = apart(d, min_shade, crowded)
    else:
        problems = colour(d, args[2:])
    for p in problems[:10]:
        print(p)
    sys.exit(1 if problems else 0)


main()
