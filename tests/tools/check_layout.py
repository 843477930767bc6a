#!/usr/bin/env python3
"""Check a --layout-json dump: no two text boxes intersect, no text meets a marker or a
leader line, every box lies inside the page. Exits 1 with one line per problem (at most 10).

usage: check_layout.py LAYOUT.json [--width W --height H]   (page size in points, optional)
"""
import json
import sys


def box(it):
    b = it.get("box") or {}
    if isinstance(b, list):
        return tuple(float(v) for v in b)
    return (float(b.get("x", it.get("x", 0))), float(b.get("y", it.get("y", 0))),
            float(b.get("w", it.get("w", 0))), float(b.get("h", it.get("h", 0))))


def meets(a, b, eps=0.01):
    """Boxes overlap by more than the dump's rounding (3 decimals)."""
    return (a[0] + eps < b[0] + b[2] and b[0] + eps < a[0] + a[2] and a[1] + eps < b[1] + b[3]
            and b[1] + eps < a[1] + a[3])


def segment_hits(x0, y0, x1, y1, b):
    """Liang-Barsky, as layout.c: does any part of the segment lie strictly inside b?"""
    t0, t1, dx, dy = 0.0, 1.0, x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - b[0]), (dx, b[0] + b[2] - x0), (-dy, y0 - b[1]),
                 (dy, b[1] + b[3] - y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0 and t > t0:
            t0 = t
        elif p > 0 and t < t1:
            t1 = t
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-9


def line(it):
    pts = it.get("points")
    if isinstance(pts, list) and len(pts) >= 4:
        return tuple(float(v) for v in pts[:4])
    if all(k in it for k in ("x0", "y0", "x1", "y1")):
        return tuple(float(it[k]) for k in ("x0", "y0", "x1", "y1"))
    b = box(it)
    return (b[0], b[1], b[0] + b[2], b[1] + b[3])


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(args[0], encoding="utf-8") as f:
        d = json.load(f)
    W, H = float(d["width"]), float(d["height"])
    if "--width" in args:
        W = float(args[args.index("--width") + 1])
    if "--height" in args:
        H = float(args[args.index("--height") + 1])
    items = d["items"]
    kind = lambda it: str(it.get("kind", it.get("type", ""))).lower()
    texts = [it for it in items if kind(it) == "text"]
    markers = [it for it in items if kind(it) == "marker" and it.get("role") != "legend-symbol"]
    leaders = [it for it in items if it.get("role") == "leader"]
    problems = []
    eps = 0.01
    for i, a in enumerate(texts):
        ba = box(a)
        name = "%s \"%s\"" % (a.get("role", "text"), str(a.get("text", ""))[:50])
        if ba[0] < -eps or ba[1] < -eps or ba[0] + ba[2] > W + eps or ba[1] + ba[3] > H + eps:
            problems.append("%s leaves the %gx%g page: %s" % (name, W, H, ba))
        for b in texts[i + 1:]:
            if a.get("page", 1) == b.get("page", 1) and meets(ba, box(b)):
                problems.append("%s overlaps %s \"%s\"" % (name, b.get("role"),
                                                           str(b.get("text", ""))[:50]))
        for m in markers:
            if a.get("page", 1) == m.get("page", 1) and meets(ba, box(m)):
                problems.append("%s overlaps the marker of %s" % (name, m.get("ref", "?")))
        for l in leaders:
            if a.get("page", 1) == l.get("page", 1) and segment_hits(*line(l), ba):
                problems.append("%s is crossed by the leader of %s" % (name, l.get("ref", "?")))
    for p in problems[:10]:
        print("check_layout: %s: %s" % (args[0], p))
    if len(problems) > 10:
        print("check_layout: ... %d more" % (len(problems) - 10))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
