#!/usr/bin/env python3
"""Statuses that look alike, against what memberline warns about.

usage: check_alike.py gen DIR
           Write DIR/alike-N.json for N = 2..20: N statuses in a shuffled rank order, each at
           random with a "tone", a "color" (palette and tone colours of the built-in themes,
           colours a little off them, the "no status" greys, the colour of another status) or
           neither, and one member a status on the map on the as-of date; N categories, each
           with such a "color" or none, and an event each. Seeded by N: the same files every
           run.
       check_alike.py check DOC.json LAYOUT.json WARNINGS.txt [LAYOUT.json WARNINGS.txt ...]
           Every status drawn keeps one look (fill or stroke, and pattern) in the plot and the
           legend. Two statuses look alike when they share a pattern and their colours lie
           closer than 40 in RGB (src/style.c's ALIKE_DISTANCE); a plain status looks like "no
           status" when its fill lies that close to the no-status grey. Each such pair must be
           two colours the data gave and named in a warning (a line of its own or a counted
           line); a look the theme assigned never looks like another. A warning names no pair
           that does not look alike. On a timeline the same for categories, whose look is a
           colour and a marker shape.
Exits 1 with a line per problem (at most 10 a layout), each starting with its layout's name."""
import json
import math
import random
import re
import sys

ALIKE = 40.0
PLOT_ROLES = {"bar", "area", "country", "country-marker", "step", "legend-symbol"}
ISO = ("FRA DEU ITA ESP POL SWE NOR FIN AUT CHE BEL NLD PRT GRC HUN CZE ROU BGR IRL DNK "
       "EST LVA").split()
# The light and dark themes' status palettes and tone shades (src/theme.c), the two "no
# status" greys, and a few others.
POOL = ("0072B2 009E73 E69F00 56B4E9 CC79A7 D55E00 999999 F0E442 882255 332288 44AA99 AA4499 "
        "2BC48F FF7F3F AAAAAA 9FD3F2 FFAABB BBCC33 DDDDDD AA88EE 117733 77AADD EEDD88 DDCC77 "
        "E1E1E1 363A3F 2E8B57 8E44AD").split()
# The light and dark themes' category palettes (Tol's muted and light).
CATEGORY_POOL = ("332288 88CCEE 44AA99 117733 999933 DDCC77 CC6677 882255 AA4499 77AADD EE8866 "
                 "EEDD88 FFAABB 99DDFF 44BB99 BBCC33 AAAA00 DDDDDD").split()
TONES = ["positive", "neutral", "negative", "pending"]


def nudge(c, rnd):
    """A colour within a few levels of c: one a reader cannot tell from it."""
    out = ""
    for k in range(3):
        v = int(c[2 * k:2 * k + 2], 16) + rnd.randint(-12, 12)
        out += "%02X" % min(255, max(0, v))
    return out


def gen(n):
    rnd = random.Random(n)
    statuses, given = [], []
    ranks = list(range(1, n + 1))
    rnd.shuffle(ranks)
    for i in range(n):
        st = {"id": "s%02d" % i, "label": "Status %d" % i, "rank": ranks[i]}
        kind = rnd.choice(["tone", "tone", "color", "neither", "neither"])
        if kind == "tone":
            st["tone"] = rnd.choice(TONES)
        elif kind == "color":
            if given and rnd.random() < 0.3:
                c = rnd.choice(given)
            else:
                c = rnd.choice(POOL)
                if rnd.random() < 0.3:
                    c = nudge(c, rnd)
            given.append(c)
            st["color"] = "#" + c
        statuses.append(st)
    members = [{"id": "M%02d" % i, "name": "State %d" % i, "iso3": ISO[i],
                "periods": [{"status": "s%02d" % i, "from": "%d-01-01" % (1990 + i)}]}
               for i in range(n)]
    rnd = random.Random(1000 + n)
    categories, given = [], []
    for i in range(n):
        cat = {"id": "c%02d" % i, "label": "Category %d" % i}
        if rnd.random() < 0.4:
            if given and rnd.random() < 0.3:
                c = rnd.choice(given)
            else:
                c = rnd.choice(POOL + CATEGORY_POOL)
                if rnd.random() < 0.3:
                    c = nudge(c, rnd)
            given.append(c)
            cat["color"] = "#" + c
        categories.append(cat)
    events = [{"id": "e%02d" % i, "date": "%d-06-01" % (1990 + i), "title": "Event %d" % i,
               "category": "c%02d" % i, "sources": []} for i in range(n)]
    return {"memberline": 1, "title": "%d statuses" % n, "source": "Generated test data",
            "as_of": "2020-01-01", "statuses": statuses, "members": members,
            "categories": categories, "events": events}


def rgb(c):
    return [int(c[k:k + 2], 16) for k in (1, 3, 5)]


def near(a, b):
    return math.dist(rgb(a), rgb(b)) < ALIKE


def looks(items):
    """status id (None: no status) -> set of (colour, pattern)."""
    out = {}
    for it in items:
        if it.get("role") not in PLOT_ROLES:
            continue
        colour = it.get("stroke") if it.get("kind") == "line" else it.get("fill")
        if colour is None or ("status" not in it and it.get("role") != "country"):
            continue
        out.setdefault(it.get("status"), set()).add((colour, it.get("pattern", "none")))
    return out


def named_pairs(warnings):
    """Pairs of status ids named by the look-alike warnings."""
    pairs = set()
    for line in warnings.splitlines():
        if "look alike" in line:
            for a, b in re.findall(r'"([^"]+)" and "([^"]+)"', line):
                pairs.add(frozenset((a, b)))
    return pairs


def check_categories(doc, lay, named):
    """On the timeline: every category one look (colour, marker shape) in the plot and the
    legend; two alike (one shape, colours within ALIKE) only when the data gave both colours,
    and then named in a warning."""
    problems = []
    category = {e["id"]: e["category"] for e in doc.get("events", [])}
    by_cat = {}
    for it in lay["items"]:
        if it.get("kind") != "marker" or it.get("role") not in ("marker", "legend-symbol"):
            continue
        c = it.get("ref") if it["role"] == "legend-symbol" else category.get(it.get("ref"))
        if c is not None:
            by_cat.setdefault(c, set()).add((it.get("fill"), it.get("shape")))
    given = {c["id"] for c in doc.get("categories", []) if "color" in c}
    ids = sorted(by_cat)
    alike = set()
    for i, a in enumerate(ids):
        if len(by_cat[a]) != 1:
            problems.append("category %s drawn in %d looks: %s" % (a, len(by_cat[a]),
                                                                  sorted(by_cat[a])))
        fa, sa = min(by_cat[a])
        for b in ids[i + 1:]:
            fb, sb = min(by_cat[b])
            if sa != sb or not near(fa, fb):
                continue
            alike.add(frozenset((a, b)))
            if not {a, b} <= given:
                problems.append("categories %s and %s look alike (%s, %s, %s) and the theme "
                                "chose at least one of them" % (a, b, fa, fb, sa))
            elif frozenset((a, b)) not in named:
                problems.append("categories %s and %s look alike (%s, %s): no warning names "
                                "them" % (a, b, fa, fb))
    if not ids and doc.get("events"):
        problems.append("no category drawn")
    for pair in sorted(named - alike, key=sorted):
        if pair <= set(ids):
            problems.append("a warning names %s, which do not look alike" % " and ".join(sorted(pair)))
    return problems


def check(doc, lay, warnings):
    if lay.get("chart") == "timeline":
        return check_categories(doc, lay, named_pairs(warnings))
    problems = []
    given = {s["id"] for s in doc["statuses"] if "color" in s}
    by_status = looks(lay["items"])
    none_looks = by_status.pop(None, set())
    for s, ls in sorted(by_status.items()):
        if len(ls) != 1:
            problems.append("status %s drawn in %d looks: %s" % (s, len(ls), sorted(ls)))
    if not by_status:
        problems.append("no status drawn")
    named = named_pairs(warnings)
    ids = sorted(by_status)
    alike = set()
    for i, a in enumerate(ids):
        fa, pa = min(by_status[a])
        for b in ids[i + 1:]:
            fb, pb = min(by_status[b])
            if pa != pb or not near(fa, fb):
                continue
            pair = frozenset((a, b))
            alike.add(pair)
            if not {a, b} <= given:
                problems.append("statuses %s and %s look alike (%s %s, %s %s) and the theme "
                                "chose at least one of them" % (a, b, fa, pa, fb, pb))
            elif pair not in named:
                problems.append("statuses %s and %s look alike (%s, %s): no warning names them"
                                % (a, b, fa, fb))
        for fill, _ in none_looks:
            if pa == "none" and near(fa, fill):
                if a not in given:
                    problems.append("status %s (%s) looks like no status (%s) and the theme "
                                    "chose it" % (a, fa, fill))
                elif not re.search(r'status "%s" looks like "no status"' % re.escape(a),
                                   warnings):
                    problems.append("status %s looks like no status: no warning" % a)
    for pair in sorted(named - alike, key=sorted):
        if pair <= set(ids):
            problems.append("a warning names %s, which do not look alike" % " and ".join(sorted(pair)))
    return problems


def main():
    if sys.argv[1] == "gen":
        for n in range(2, 21):
            with open("%s/alike-%d.json" % (sys.argv[2], n), "w") as f:
                json.dump(gen(n), f, indent=1)
        return
    doc, bad = json.load(open(sys.argv[2])), False
    for lay, warnings in zip(sys.argv[3::2], sys.argv[4::2]):
        problems = check(doc, json.load(open(lay)), open(warnings).read())
        for p in problems[:10]:
            print("%s: %s" % (lay.rsplit("/", 1)[-1], p))
        bad = bad or bool(problems)
    sys.exit(1 if bad else 0)


main()
