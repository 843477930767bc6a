#!/usr/bin/env python3
"""Check memberline SVGs in headless Chromium, offline (a local file, no network).

  svg_browser.py bbox SVG LAYOUT.json [SVG LAYOUT.json ...]
      Every <text>'s getBBox() lies within 1 pt of its text box in the layout dump (the n-th
      <text> is the n-th text item): its left and right ends within 1 pt of the box's (the
      width is pinned by textLength), its top and bottom at most 1 pt outside the box (the
      browser's line box is its first font's; pango's box may be taller where a line takes a
      taller CJK font). No two text bboxes intersect where the layout keeps the boxes apart.
  svg_browser.py inline WORK_DIR A.svg B.svg
      Both charts inlined into one HTML page: their ids are disjoint, and each renders as it
      does inlined alone (screenshots of the same page geometry): at most 1 pixel in 10,000
      differs by more than 16 levels (none should; cairo's glyph ids shared by two charts
      redraw hundreds of glyphs).

  svg_browser.py raster WORK_DIR TEXT.svg PATHS.svg [BUDGET]
      The text-mode and the path-mode SVG of one chart, each inlined alone in a page of the
      chart's size, screenshot at the same size: prints "DIFFERING TOTAL", the pixels that
      differ by more than 96 levels in some channel from every pixel within 1 pixel of them
      in the other picture (pixel_diff.py --near 1); fails when more than 1 pixel in BUDGET
      (default 1,000) differs.

The page runs a small script that writes its findings into the DOM; `chromium --headless
--dump-dom` prints the DOM, `--screenshot` takes the picture. Exit 1 with the problems."""
import json
import os
import re
import subprocess
import sys
import tempfile

TOL = 1.0  # pt, the brief's bound for a text's box
EPS = 0.01  # the dump rounds to 1/1000 pt


def chromium(args, work):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-extensions", "--disable-background-networking", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--user-data-dir=" + os.path.join(work, "profile")]
    r = subprocess.run(cmd + args, capture_output=True, timeout=120, text=True)
    if r.returncode != 0:
        sys.exit(f"chromium failed ({r.returncode}): {r.stderr[-400:]}")
    return r.stdout


def inline(path):
    svg = open(path, encoding="utf-8").read()
    return re.sub(r"^<\?xml[^>]*\?>\s*", "", svg)


MEASURE = """
<pre id="result"></pre>
<script>
const out = [];
for (const svg of document.querySelectorAll("svg[role=img]")) {
  out.push({
    ids: [...svg.querySelectorAll("[id]")].map(e => e.id),
    texts: [...svg.querySelectorAll("text")].map(t => {
      const b = t.getBBox(); return [b.x, b.y, b.width, b.height]; })
  });
}
document.getElementById("result").textContent = JSON.stringify(out);
</script>"""


def measure(work, svgs):
    page = os.path.join(work, "measure.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><body>" + "".join(inline(s) for s in svgs) + MEASURE +
                "</body></html>")
    dom = chromium(["--dump-dom", "file://" + page], work)
    m = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    if not m or not m.group(1):
        sys.exit("no result in the page: " + dom[-300:])
    return json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&")
                      .replace("&lt;", "<").replace("&gt;", ">"))


def apart(a, b):
    return (a[0] + a[2] <= b[0] + EPS or b[0] + b[2] <= a[0] + EPS or a[1] + a[3] <= b[1] + EPS
            or b[1] + b[3] <= a[1] + EPS)


def edge_offsets(b, box):
    """How far the bbox b reaches outside box (positive) and, across the line, how far its
    ends lie from the box's ends: widths are pinned by textLength, heights are the font's."""
    left, right = box[0] - b[0], (b[0] + b[2]) - (box[0] + box[2])
    top, bottom = box[1] - b[1], (b[1] + b[3]) - (box[1] + box[3])
    return max(abs(left), abs(right), top, bottom)


def bbox(pairs):
    charts = [(svg, [i for i in json.load(open(lay, encoding="utf-8"))["items"]
                     if i["kind"] == "text"]) for svg, lay in pairs]
    with tempfile.TemporaryDirectory() as work:
        found = measure(work, [svg for svg, _ in charts])
    bad = []
    for (svg, items), got in zip(charts, (f["texts"] for f in found)):
        name = os.path.basename(svg)
        if len(got) != len(items):
            bad.append(f"{name}: {len(got)} <text> elements for {len(items)} text items")
            continue
        worst = 0
        for it, b in zip(items, got):
            off = edge_offsets(b, it["box"])
            worst = max(worst, off)
            if off > TOL:
                bad.append(f"{name}: {it['text']!r}: bbox {[round(v, 2) for v in b]} is "
                           f"{off:.2f} pt from its box {it['box']}")
        for i, (a, ba) in enumerate(zip(items, got)):
            for c, bc in zip(items[i + 1:], got[i + 1:]):
                if apart(a["box"], c["box"]) and not apart(ba, bc):
                    bad.append(f"{name}: {a['text']!r} and {c['text']!r} meet in the browser")
        print(f"{name}: {len(items)} texts, the farthest {worst:.2f} pt from its box")
    return bad


def size_pt(svg):
    m = re.search(r'<svg[^>]* width="([\d.]+)pt" height="([\d.]+)pt"', inline(svg))
    return float(m.group(1)), float(m.group(2))


def screenshot(work, name, body, width, height):
    page = os.path.join(work, name + ".html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><style>body{margin:0;background:#fff}"
                "svg,div{display:block}</style></head><body>" + body + "</body></html>")
    shot = os.path.join(work, name + ".png")
    chromium([f"--screenshot={shot}", f"--window-size={width},{height}", "file://" + page],
             work)
    return shot


def crop(shot, y, w, h, out):
    subprocess.run(["sh", "-c", f"pngtopnm '{shot}' | pamcut 0 {y} {w} {h} | pnmtopng > '{out}'"],
                   check=True)
    return out


def inline_pair(work, a, b):
    """Both charts inlined one above the other, against each inlined alone with an empty
    block of the other's size in its place: the same page geometry, so the only thing that
    can differ is what one chart's ids do to the other's drawing."""
    bad = []
    ids = measure(work, [a, b])
    common = set(ids[0]["ids"]) & set(ids[1]["ids"])
    if common:
        bad.append(f"{len(common)} ids in both charts, such as {sorted(common)[:3]}")
    (wa, ha), (wb, hb) = size_pt(a), size_pt(b)
    width, height = round(max(wa, wb) * 4 / 3), round((ha + hb) * 4 / 3)
    gap_a = f'<div style="width:{wa}pt;height:{ha}pt"></div>'
    gap_b = f'<div style="width:{wb}pt;height:{hb}pt"></div>'
    both = screenshot(work, "both", inline(a) + inline(b), width, height)
    alone = [screenshot(work, "alone-a", inline(a) + gap_b, width, height),
             screenshot(work, "alone-b", gap_a + inline(b), width, height)]
    # Whole pixel rows inside each chart (the row they share may mix both).
    regions = [(0, int(wa * 4 / 3), int(ha * 4 / 3)),
               (int(ha * 4 / 3) + 1, int(wb * 4 / 3), int(hb * 4 / 3) - 1)]
    for k, (name, (y, w, h)) in enumerate(zip(("first", "second"), regions)):
        r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                            "pixel_diff.py"), crop(both, y, w, h, os.path.join(work, "l.png")),
                            crop(alone[k], y, w, h, os.path.join(work, "r.png")), "16"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            bad.append(f"{name} chart: {r.stderr.strip()}")
            continue
        differing, total = map(int, r.stdout.split())
        print(f"{name} chart: {differing} of {total} pixels differ from it alone")
        if differing * 10000 > total:
            bad.append(f"{name} chart inlined with the other: {differing} of {total} pixels "
                       "differ from it inlined alone")
    return bad


def raster(work, text, paths, budget):
    """Chromium sets <text> with its own shaper (HarfBuzz in Skia) from the same fontconfig
    fonts, so glyphs land where cairo put them within a fraction of a pixel: Skia rounds the
    baseline and anti-aliases otherwise, which differs at full contrast on every glyph edge
    (28,580 pixels on the SCO timeline) but never by more than one pixel, hence --near 1;
    what remains is 1 in 4,700 or less except on Chinese (1 in 1,340). A text or shape out of place
    differs over its whole outline: the SCO title moved down by 2 pt alone makes 1 in 820, a
    Persian label with its words in the wrong order 1 in 1,200."""
    sizes = size_pt(text), size_pt(paths)
    if sizes[0] != sizes[1]:
        return [f"sizes differ: {sizes[0]} and {sizes[1]}"]
    w, h = sizes[0]
    width, height = round(w * 4 / 3), round(h * 4 / 3)
    shots = [screenshot(work, name, inline(svg), width, height)
             for name, svg in (("text", text), ("paths", paths))]
    r = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "pixel_diff.py"),
                        "--near", "1", shots[0], shots[1], "96", "0", "0", str(int(w * 4 / 3)),
                        str(int(h * 4 / 3))], capture_output=True, text=True)
    if r.returncode != 0:
        return [r.stderr.strip()]
    differing, total = map(int, r.stdout.split())
    print(differing, total)
    if differing * budget > total:
        return [f"{differing} of {total} pixels differ (budget 1 in {budget})"]
    return []


def main(argv):
    if len(argv) >= 4 and len(argv) % 2 == 0 and argv[1] == "bbox":
        bad = bbox(list(zip(argv[2::2], argv[3::2])))
    elif len(argv) == 5 and argv[1] == "inline":
        bad = inline_pair(os.path.abspath(argv[2]), argv[3], argv[4])
    elif len(argv) in (5, 6) and argv[1] == "raster":
        os.makedirs(argv[2], exist_ok=True)
        bad = raster(os.path.abspath(argv[2]), argv[3], argv[4],
                     int(argv[5]) if len(argv) == 6 else 1000)
    else:
        sys.exit(__doc__)
    for line in bad[:10]:
        print(line)
    sys.exit(1 if bad else 0)


main(sys.argv)
