#!/usr/bin/env python3
"""Convert Natural Earth country shapes (TopoJSON from the npm package world-atlas) into the
compact text format memberline reads (data/world-110m.txt). Standard library only; run by hand,
not in CI:

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python3 tools/world-convert.py package/ > data/world-110m.txt

Shapes come from countries-110m.json. States that 1:110m leaves out (Bahrain, the Maldives,
Singapore, Malta ...) are taken from countries-50m.json so that the map can still mark them.
TopoJSON ids are ISO 3166-1 numeric codes; Debian's iso-codes package maps them to alpha-2 and
alpha-3. Shapes without an ISO code get a placeholder (Kosovo XK/XKX) or "-".

Output format (one item per line, fields separated by single spaces):
    MLWORLD 1                        magic and format version, first non-comment line
    # ...                            comments (source, version, licence)
    C <a2> <a3> <num> <scale> <name> a country; name runs to the end of the line
    R <n> <x> <y> <dx> <dy> ...      a closed ring of n points that belongs to the last C:
                                     longitude and latitude in 1/100 degree, the first point
                                     absolute, each later one a delta from the one before
    E <countries>                    end; the count guards against truncation
"""
import json
import os
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
NO_ISO = {"Kosovo": ("XK", "XKX")}  # user-assigned codes in common use

# A territory with an ISO 3166-1 code of its own is drawn whole, in its own shape, so that its
# area shows its own status and never a neighbour's. Natural Earth draws de facto lines: its
# Morocco runs down to the berm across Western Sahara (EH), whose code names the whole
# territory. Each cut is (donor, territory, latitude in 1/100 degree): the donor's part south
# of that parallel moves into the territory's shape. Morocco and Western Sahara meet at
# 27 deg 40' N, where both shapes already have their corner points (27.66 at this scale).
TERRITORY_CUTS = [("504", "732", 2766)]


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(ring, arcs):
    pts = []
    for i in ring:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def geometry_rings(geom, arcs):
    if geom.get("type") == "Polygon":
        polys = [geom["arcs"]]
    elif geom.get("type") == "MultiPolygon":
        polys = geom["arcs"]
    else:
        return []
    return [ring_points(r, arcs) for poly in polys for r in poly]


def quantize(ring):
    return dedupe([(round(lon * 100), round(lat * 100)) for lon, lat in ring])


def clip_half(ring, keep):
    """One Sutherland-Hodgman pass: keep(p) is a signed distance, >= 0 inside."""
    out = []
    for i, p in enumerate(ring):
        q = ring[i - 1]
        dp, dq = keep(p), keep(q)
        if (dp >= 0) != (dq >= 0):
            t = dq / (dq - dp)
            out.append((round(q[0] + (p[0] - q[0]) * t), round(q[1] + (p[1] - q[1]) * t)))
        if dp >= 0:
            out.append(p)
    return out


def split_antimeridian(ring):
    """Natural Earth rings that touch +-180 (Russia's Chukotka, Fiji) run along one edge and
    jump to the other, which in the plane is a stripe across the whole map. Unwrap the
    longitudes, then cut the ring into its pieces west and east of the antimeridian. A ring
    with an odd number of jumps goes round a pole (Antarctica): it is right as it is."""
    jumps = sum(1 for i in range(len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > 18000)
    if jumps == 0 or jumps % 2:
        return [ring]
    off, flat = 0, [ring[0]]
    for prev, p in zip(ring, ring[1:]):
        d = p[0] - prev[0]
        off += -36000 if d > 18000 else 36000 if d < -18000 else 0
        flat.append((p[0] + off, p[1]))
    pieces = []
    for k in (-36000, 0, 36000):
        r = [(x + k, y) for x, y in flat]
        r = clip_half(r, lambda p: p[0] + 18000)
        r = clip_half(r, lambda p: 18000 - p[0]) if r else r
        r = dedupe(r)
        if r:
            pieces.append(r)
    return pieces


def dedupe(ring):
    out = []
    for p in ring:
        if not out or out[-1] != p:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out if len(out) >= 3 else None


def ring_edges(rings):
    """Directed edges of the rings, each split at any ring's point that lies inside it, so
    that a border the rings share is made of the same edges in both."""
    pts = {p for r in rings for p in r}
    edges = []
    for r in rings:
        for a, b in zip(r, r[1:] + r[:1]):
            on = [p for p in pts if p not in (a, b) and between(a, b, p)]
            on.sort(key=lambda p: (p[0] - a[0]) ** 2 + (p[1] - a[1]) ** 2)
            chain = [a] + on + [b]
            edges += [(u, v) for u, v in zip(chain, chain[1:]) if u != v]
    return edges


def between(a, b, p):
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    return cross == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and \
        min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def merge_rings(rings):
    """The union of rings of the same orientation that meet along shared borders: an edge run
    one way by one ring and back by another is inside the union and goes; what is left chains
    into the outline."""
    left = ring_edges(rings)
    for e in list(left):
        back = (e[1], e[0])
        if e in left and back in left:
            left.remove(e)
            left.remove(back)
    nxt = {}
    for u, v in left:
        nxt.setdefault(u, []).append(v)
    out = []
    while nxt:
        start = next(iter(nxt))
        ring, p = [start], start
        while True:
            q = nxt[p].pop()
            if not nxt[p]:
                del nxt[p]
            if q == start:
                break
            ring.append(q)
            p = q
        ring = dedupe(ring)
        if ring:
            out.append(ring)
    return out


def cut_territory(donor, territory, lat):
    """Move the donor's area south of lat into the territory's shape (see TERRITORY_CUTS)."""
    north, south = [], []
    for r in donor["rings"]:
        if max(y for _, y in r) <= lat:
            south.append(r)
            continue
        n = dedupe(clip_half(r, lambda p: p[1] - lat))
        s = dedupe(clip_half(r, lambda p: lat - p[1]))
        north += [n] if n else []
        south += [s] if s else []
    donor["rings"] = north
    territory["rings"] = merge_rings(territory["rings"] + south)


def load_countries(path, scale, iso):
    topo = json.load(open(path, encoding="utf-8"))
    arcs = decode_arcs(topo)
    out = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        num = g.get("id")
        key = num or name
        rings = [q for q in (quantize(r) for r in geometry_rings(g, arcs)) if q]
        rings = [piece for r in rings for piece in split_antimeridian(r)]
        if not rings:
            continue
        if key in out:  # one state in several geometries: merge
            out[key]["rings"].extend(rings)
            continue
        a2, a3 = iso.get(num, NO_ISO.get(name, ("-", "-")))
        out[key] = {"a2": a2, "a3": a3, "num": num or "-", "scale": scale,
                    "name": name, "rings": rings}
    return out


def write_ring(ring, f):
    vals = [ring[0][0], ring[0][1]]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        vals += [x1 - x0, y1 - y0]
    f.write("R %d %s\n" % (len(ring), " ".join(map(str, vals))))


def main():
    pkg = sys.argv[1] if len(sys.argv) > 1 else "package"
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    table = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    iso = {c["numeric"]: (c["alpha_2"], c["alpha_3"]) for c in table}
    small = load_countries(os.path.join(pkg, "countries-110m.json"), "110m", iso)
    medium = load_countries(os.path.join(pkg, "countries-50m.json"), "50m", iso)
    for key, c in medium.items():
        if key not in small:
            small[key] = c
    for donor, territory, lat in TERRITORY_CUTS:
        cut_territory(small[donor], small[territory], lat)
    f = sys.stdout
    f.write("MLWORLD 1\n")
    f.write("# Country shapes from Natural Earth 4.1.0, Admin 0 countries, 1:110m; states absent\n")
    f.write("# at 1:110m taken from 1:50m (the scale column says which).\n")
    f.write("# Via the npm package %s %s (TopoJSON, https://github.com/topojson/world-atlas),\n"
            % (meta["name"], meta["version"]))
    f.write("# converted by tools/world-convert.py. Natural Earth is in the public domain.\n")
    f.write("# ISO codes from Debian iso-codes. Units: 1/100 degree; rings delta-encoded.\n")
    for c in sorted(small.values(), key=lambda c: (c["a2"] == "-", c["a2"], c["name"])):
        f.write("C %s %s %s %s %s\n" % (c["a2"], c["a3"], c["num"], c["scale"], c["name"]))
        for r in c["rings"]:
            write_ring(r, f)
    f.write("E %d\n" % len(small))


if __name__ == "__main__":
    main()
