#!/usr/bin/env python3
"""Check the reading direction of a --layout-json dump.

usage: check_direction.py LAYOUT.json FRAME TIME

FRAME (ltr or rtl): the title, subtitle and source note start at the left margin (ltr) or end
at the right one (rtl), the as-of date sits at the other end of the footer line, and the
legend's entries flow in that direction, each symbol before its text (left of it in ltr, right
of it in rtl), and, with time ltr, the membership chart's names and status-group headers are
right-aligned in their column (rtl) or its headers start where it starts (ltr). TIME (ltr or rtl): items with a date (bars, steps, markers) stand in date order
from left to right (ltr) or from right to left (rtl). Exits 1 with one line per problem.
"""
import json
import sys

EPS = 0.5


def right(it):
    return it["box"][0] + it["box"][2]


def frame_problems(items, width, rtl):
    by = {}
    for it in items:
        by.setdefault(it["role"], []).append(it)
    asof = by.get("as-of", [None])[0]
    if asof is None:
        yield "no as-of"
        return
    for role in ("title", "subtitle", "source"):
        for it in by.get(role, []):
            if rtl and abs(right(it) - (width - asof["box"][0])) > EPS:
                yield f"{role} ends at {right(it):.1f}, not at the right margin {width - asof['box'][0]:.1f}"
            if not rtl and abs(it["box"][0] - (width - right(asof))) > EPS:
                yield f"{role} starts at {it['box'][0]:.1f}, not at the left margin {width - right(asof):.1f}"
    texts, symbols = by.get("legend", []), by.get("legend-symbol", [])
    for a, b in zip(texts, texts[1:]):
        if abs(a["box"][1] - b["box"][1]) < EPS and (b["box"][0] > a["box"][0]) == rtl:
            yield f"legend {b['text']!r} is on the wrong side of {a['text']!r}"
    for t, s in zip(texts, symbols):
        if (s["box"][0] + EPS < right(t)) if rtl else (right(s) > t["box"][0] + EPS):
            yield f"legend symbol of {t['text']!r} is not before its text"


def column_problems(items, rtl):
    """The membership chart's name column reads from the reading side: in rtl (body not
    mirrored) every name ends at one right edge and every status-group header narrower than the
    column at one edge beside it (the names indented from it, as in ltr they are indented from
    the headers' start); in ltr every header starts at the column's left end."""
    names = [it for it in items if it["role"] == "name"]
    groups = [it for it in items if it["role"] == "group"]
    if not names:
        return
    col_left = min(it["box"][0] for it in names + groups)
    col_right = max(right(it) for it in names)
    if rtl:
        indent = 2 * max(it.get("size", 10) for it in names)
        narrow = [it for it in groups if it["box"][2] < col_right - col_left]
        head_right = max((right(it) for it in narrow), default=col_right)
        for it in names:
            if abs(right(it) - col_right) > EPS:
                yield f"name {it['text']!r} ends at {right(it):.1f}, not at {col_right:.1f}"
        for it in narrow:
            if abs(right(it) - head_right) > EPS or not -EPS <= head_right - col_right <= indent:
                yield (f"group {it['text']!r} ends at {right(it):.1f}, not beside the names' "
                       f"edge {col_right:.1f}")
    else:
        for it in groups:
            if abs(it["box"][0] - col_left) > EPS:
                yield f"{it['role']} {it['text']!r} starts at {it['box'][0]:.1f}, not at {col_left:.1f}"


def time_problems(items, rtl):
    dated = [it for it in items if it.get("from") and it["kind"] in ("bar", "marker")]
    dated.sort(key=lambda it: it["from"])

    # A bar starts at its left edge in ltr, its right edge in rtl; a marker at its centre.
    def start(it):
        x, w = it["box"][0], it["box"][2]
        return x + w / 2 if it["kind"] == "marker" else (x + w if rtl else x)

    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            # "2023-07" stands for the whole month: its place among July's days is open.
            if b["from"].startswith(a["from"]):
                continue
            # Markers crowded on the line may be nudged apart by up to a marker's width.
            tol = EPS if "bar" in (a["kind"], b["kind"]) else max(a["box"][2], b["box"][2])
            if (start(b) > start(a) + tol) if rtl else (start(b) < start(a) - tol):
                yield f"{b['from']} ({start(b):.1f}) stands before {a['from']} ({start(a):.1f})"


def main():
    dump = json.load(open(sys.argv[1], encoding="utf-8"))
    items = dump["items"]
    bad = list(frame_problems(items, dump["width"], sys.argv[2] == "rtl"))
    bad += list(time_problems(items, sys.argv[3] == "rtl"))
    if sys.argv[3] == "ltr":
        bad += list(column_problems(items, sys.argv[2] == "rtl"))
    for b in bad[:10]:
        print(b)
    sys.exit(1 if bad else 0)


main()
