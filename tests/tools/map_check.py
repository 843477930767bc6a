#!/usr/bin/env python3
"""Checks of a map chart against what its layout dump (--layout-json) and its PNG show.

usage: map_check.py point LAYOUT.json IMAGE.png LON LAT
    prints "REF FILL PIXEL": the country drawn topmost at that place (REF "-" for none, "?" for
    a shape with no code), its fill and the image's pixel there, both #RRGGBB. The place is
    found on the page by fitting the Equal Earth projection of data/world-110m.txt to the
    country outlines the dump holds (run from the repository root).
usage: map_check.py labels LAYOUT.json [STATUS_COUNT]
    checks the map's labels (--labels): every country drawn with a status is labelled or
    counted in the "labels not shown" note (labels + noted = STATUS_COUNT, by default the
    country outlines with a status in the dump); no label covers another country that holds
    a status; a label whose centre is off its own country touches its own marker or has a
    leader ending on it (or on its marker); no two labels overlap; every label's text has a
    WCAG contrast of at least 4.5:1 against every colour under it (shapes, the page, a plate
    behind it). Prints what is wrong and exits 1; prints "LABELS NOTED" when all is well.
Standard library and netpbm's pngtopnm only."""
import json
import math
import subprocess
import sys

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(math.sqrt(3) / 2 * math.sin(phi))
    t2 = t * t
    t6 = t2 ** 3
    x = 2 * math.sqrt(3) * lam * math.cos(t) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    return x, t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))


def world_rings(path="data/world-110m.txt"):
    """ISO alpha-2 code -> list of rings of (lon, lat)."""
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if f and f[0] == "C":
            cur = f[1]
        elif f and f[0] == "R":
            v = list(map(int, f[2:]))
            x, y, ring = v[0], v[1], [(v[0] / 100, v[1] / 100)]
            for i in range(2, len(v), 2):
                x, y = x + v[i], y + v[i + 1]
                ring.append((x / 100, y / 100))
            out.setdefault(cur, []).append(ring)
    return out


def path_rings(item):
    if "points" not in item:
        sys.exit("the dump gives no outline points for %s" % item.get("ref"))
    pts, rings, k = item["points"], [], 0
    for n in item["rings"]:
        rings.append([(pts[2 * i], pts[2 * i + 1]) for i in range(k, k + n)])
        k += n
    return rings


def fit(countries, world):
    """Scale and offset that take projected units to the page: x = a + s X, y = b - s Y, from
    every country the frame did not clip (its rings have the same points as the file's)."""
    pairs = []
    for it in countries:
        rings = world.get(it.get("ref"))
        if rings and [len(r) for r in rings] == it["rings"]:
            for ring, page in zip(rings, path_rings(it)):
                pairs += [(equal_earth(*g), p) for g, p in zip(ring, page)]
    if len(pairs) < 10:
        sys.exit("too few unclipped countries to place the map")
    mx = sum(g[0] for g, _ in pairs) / len(pairs)
    px = sum(p[0] for _, p in pairs) / len(pairs)
    s = sum((g[0] - mx) * (p[0] - px) for g, p in pairs) / sum((g[0] - mx) ** 2 for g, _ in pairs)
    a = px - s * mx
    b = sum(p[1] + s * g[1] for g, p in pairs) / len(pairs)
    return lambda lon, lat: (a + s * equal_earth(lon, lat)[0], b - s * equal_earth(lon, lat)[1])


def inside(x, y, rings):
    """Even-odd rule over all rings, as the renderer fills a country."""
    c = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                c = not c
    return c


def read_pixel(png, x, y):
    data = subprocess.run(["pngtopnm", png], check=True, capture_output=True).stdout
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    w = int(fields[1])
    i = pos + 1 + 3 * (y * w + x)
    return w, "#%02x%02x%02x" % tuple(data[i:i + 3])


def point(layout, png, lon, lat):
    d = json.load(open(layout))
    countries = [i for i in d["items"] if i.get("role") == "country"]
    x, y = fit(countries, world_rings())(lon, lat)
    ref, fill = "-", d["background"][:7]
    for it in countries:  # the last one drawn is on top
        if inside(x, y, path_rings(it)):
            ref, fill = it.get("ref", "?"), it["fill"][:7]
    w, _ = read_pixel(png, 0, 0)
    scale = w / d["width"]
    _, pixel = read_pixel(png, int(x * scale), int(y * scale))
    print(ref, fill, pixel)


# ------------------------------------------------------------------ labels

def rgb(c):
    return [int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)], int(c[7:9], 16) / 255 if len(c) > 7 else 1


def over(top, under):
    """Colour top (with its alpha) composited over the opaque colour under, as #RRGGBB."""
    (t, a), (u, _) = rgb(top), rgb(under)
    return "#" + "".join("%02x" % round(255 * (a * t[i] + (1 - a) * u[i])) for i in range(3))


def luminance(c):
    lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb(c)[0]]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pattern_ink(fill):
    r, g, b = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000b0" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 else "#ffffffd0"


def overlaps(a, b, pad=0.0):
    return (a[0] < b[0] + b[2] - pad and b[0] < a[0] + a[2] - pad and
            a[1] < b[1] + b[3] - pad and b[1] < a[1] + a[3] - pad)


def meets(box, country):
    """Does the box cover any of the country (sampled every half point)?"""
    if not overlaps(country["box"], box):
        return False
    x0, y0, w, h = box
    nx, ny, rings = max(2, int(w * 2)), max(2, int(h * 2)), path_rings(country)
    return any(inside(x0 + w * i / nx, y0 + h * j / ny, rings)
               for i in range(1, nx) for j in range(1, ny))


def colours_under(box, countries, background):
    """Every colour drawn under the box, sampled on a grid of half points: the shapes' fills
    (and their pattern's ink), and the page where no shape is or where two shapes meet (the
    outlines are drawn in the page colour)."""
    seen, shapes = set(), set()
    x0, y0, w, h = box
    nx, ny = max(2, int(w * 2)), max(2, int(h * 2))
    rings = [(k, c, path_rings(c)) for k, c in enumerate(countries) if overlaps(c["box"], box)]
    for i in range(nx + 1):
        for j in range(ny + 1):
            x, y = x0 + w * i / nx, y0 + h * j / ny
            top = None
            for k, c, r in rings:
                if inside(x, y, r):
                    top = (k, c)
            if top is None:
                seen.add(background)
                continue
            shapes.add(top[0])
            fill = top[1]["fill"][:7]
            seen.add(fill)
            if "pattern" in top[1]:
                seen.add(over(pattern_ink(fill), fill))
    if len(shapes) > 1:
        seen.add(background)
    return seen


def labels(layout, want):
    d = json.load(open(layout))
    items = d["items"]
    bg = d["background"][:7]
    countries = [i for i in items if i.get("role") == "country"]
    held = [c for c in countries if c.get("status")]
    markers = [i for i in items if i.get("role") == "country-marker"]
    texts = [i for i in items if i.get("role") == "country-label"]
    plates = [i for i in items if i.get("role") == "label-plate"]
    leaders = [i for i in items if i.get("role") == "label-leader"]
    notes = [i for i in items if i.get("role") == "labels-left-out"]
    noted = sum(int(n["value"]) for n in notes)
    if want is None:
        want = len(held)
    problems = []
    if len(texts) + noted != want:
        problems.append("%d labels + %d noted, %d states hold a status" %
                        (len(texts), noted, want))
    refs = [t.get("ref") for t in texts]
    if len(set(refs)) != len(refs) or None in refs:
        problems.append("labels without a ref or twice: %s" % refs)
    for t in texts:
        x, y, w, h = t["box"]
        cx, cy = x + w / 2, y + h / 2
        own = [c for c in held if c.get("ref") == t.get("ref")]
        mark = [m for m in markers if m.get("ref") == t.get("ref")]
        on_own = any(inside(cx, cy, path_rings(c)) for c in own)
        for c in held:
            if c.get("ref") != t.get("ref") and inside(cx, cy, path_rings(c)):
                problems.append("label %r centred on %s" % (t["text"], c.get("ref")))
        if not on_own:
            led = [ln for ln in leaders if ln.get("ref") == t.get("ref")]
            ends = [(ln["points"][2], ln["points"][3]) for ln in led]
            reach = any(inside(ex, ey, path_rings(c)) for ex, ey in ends for c in own) or any(
                overlaps(m["box"], [ex - 0.5, ey - 0.5, 1, 1]) for ex, ey in ends for m in mark)
            beside = any(overlaps([m["box"][0] - 2.5, m["box"][1] - 2.5, m["box"][2] + 5,
                                   m["box"][3] + 5], t["box"]) for m in mark)
            if not reach and not beside:
                problems.append("label %r is off its country and no leader reaches it" % t["text"])
        for c in held:
            if c.get("ref") != t.get("ref") and meets(t["box"], c):
                problems.append("label %r lies on %s" % (t["text"], c.get("ref")))
        under = colours_under(t["box"], countries, bg)
        for p in plates:
            if p.get("ref") == t.get("ref"):
                under = {over(p["fill"], u) for u in under}
        worst = min(contrast(t["fill"][:7], u) for u in under)
        if worst < 4.5:
            problems.append("label %r: contrast %.2f on %s" % (t["text"], worst, sorted(under)))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if overlaps(a["box"], b["box"], 0.01):
                problems.append("labels %r and %r overlap" % (a["text"], b["text"]))
    if problems:
        print("\n".join(problems[:20]))
        sys.exit(1)
    print(len(texts), noted)


def main(argv):
    if len(argv) == 6 and argv[1] == "point":
        point(argv[2], argv[3], float(argv[4]), float(argv[5]))
    elif len(argv) in (3, 4) and argv[1] == "labels":
        labels(argv[2], int(argv[3]) if len(argv) == 4 else None)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
