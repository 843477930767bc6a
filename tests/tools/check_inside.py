#!/usr/bin/env python3
"""Every item a layout draws lies inside its page: each box (text, marker, bar, band, halo)
and each line's two ends within [0, width] x [0, height], to the dump's rounding. A chart that
does not fit leaves items out and says so; it never draws past the page edge (where a PNG
crops them and a PDF reader hides them).

usage: check_inside.py LAYOUT.json
Prints one line per item outside (at most 10) and exits 1, or exits 0."""
import json
import sys

EPS = 0.01


def outside(it, w, h):
    """Why the item leaves the page, or None."""
    pts = it.get("points")
    if isinstance(pts, list) and len(pts) >= 4:
        xs, ys = pts[0::2], pts[1::2]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    elif "box" in it:
        x, y, bw, bh = it["box"]
        x0, x1, y0, y1 = x, x + bw, y, y + bh
    else:
        return None
    if x0 < -EPS or y0 < -EPS or x1 > w + EPS or y1 > h + EPS:
        return f"[{x0:.1f}..{x1:.1f}] x [{y0:.1f}..{y1:.1f}]"
    return None


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    w, h = float(d["width"]), float(d["height"])
    bad = []
    for it in d["items"]:
        why = outside(it, w, h)
        if why:
            name = it.get("role") or it.get("kind")
            text = f' "{str(it["text"])[:40]}"' if "text" in it else ""
            bad.append(f"{name}{text} {why} on a {w:g} x {h:g} page")
    for b in bad[:10]:
        print(b)
    if len(bad) > 10:
        print(f"... {len(bad) - 10} more")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
