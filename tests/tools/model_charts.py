#!/usr/bin/env python3
"""Checks of the count and map layouts against the data they were drawn from: suspensions,
successor states, iso3 lists, "map": false, end labels, narrow widths, No data and tone colours.
Usage: model_charts.py CHECK DATA.json LAYOUT.json [ARG...]; exits non-zero with a message."""
import colorsys
import datetime
import json
import sys


def day(text):
    """The first day a data date covers ("1999~", "2021-06", "1993-01-19")."""
    t = text.rstrip("~")
    parts = [int(p) for p in t.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1] or 1, parts[2] or 1).toordinal()


def held(doc, status, d):
    """Members holding status on day d, and how many of them are suspended."""
    n = sus = 0
    for m in doc["members"]:
        for p in m["periods"]:
            end = day(p["to"]) if "to" in p else float("inf")
            if p["status"] == status and day(p["from"]) <= d < end:
                n += 1
                for s in p.get("suspended", []):
                    if day(s["from"]) <= d < (day(s["to"]) if "to" in s else end):
                        sus += 1
    return n, sus


def items(lay, role):
    return [i for i in lay["items"] if i.get("role") == role]


def fail(msg):
    sys.exit(msg)


def steps(doc, lay):
    """Every drawn step, its suspended part too, equals the count from the data."""
    for role, k in (("step", 0), ("suspended", 1)):
        for it in items(lay, role):
            want = held(doc, it["status"], day(it["from"]))[k]
            if it["value"] != want:
                fail("%s %s from %s: drawn %s, data %s" % (role, it["status"], it["from"],
                                                           it["value"], want))
    # and every day with a suspended member has a suspended step over it
    for m in doc["members"]:
        for p in m["periods"]:
            for s in p.get("suspended", []):
                d = day(s["from"])
                if d >= day(doc["as_of"]):
                    continue
                got = [i for i in items(lay, "suspended") if i["status"] == p["status"]
                       and day(i["from"]) <= d < day(i["to"])]
                if not got:
                    fail("no suspended band over %s (%s)" % (s["from"], m["id"]))


def hatched(doc, lay):
    areas = [i for i in items(lay, "suspended-area") + items(lay, "suspended")
             if i.get("pattern")]
    legend = [i for i in items(lay, "legend") if i.get("text") == "suspended"]
    if not areas or not legend:
        fail("hatched areas %d, legend entries %d" % (len(areas), len(legend)))


def last_steps(lay, role, status):
    """The step of status drawn over the as-of day: the latest of those that end on it (one of
    that day alone when something changed on it, from = to = the as-of date)."""
    ends = [i for i in items(lay, role) if i["status"] == status]
    if not ends:
        return []
    to = max(day(i["to"]) for i in ends)
    ends = [i for i in ends if day(i["to"]) == to]
    return [max(ends, key=lambda i: day(i["from"]))]


def end_labels(doc, lay):
    """The end labels give the counts of the last drawn step, and that step can be seen."""
    cur = items(lay, "current")
    if not cur:
        fail("no end labels")
    for c in cur:
        last = last_steps(lay, "step", c["status"])
        if not last or last[0]["value"] != c["value"]:
            fail("%s: label %s, last step %s" % (c["status"], c["value"],
                                                 last and last[0]["value"]))
        if last[0]["box"][2] < 2:
            fail("%s: the last step is %.2f pt wide" % (c["status"], last[0]["box"][2]))


def half_plot(doc, lay):
    plot = items(lay, "area")[0]["box"]
    if plot[2] < lay["width"] / 2:
        fail("plot %.1f pt of %.1f" % (plot[2], lay["width"]))
    for c in items(lay, "current"):
        if c["box"][0] + c["box"][2] > lay["width"] + 0.01:
            fail("end label off the page: %s" % c["text"])


def no_data(doc, lay):
    if not items(lay, "no-data"):
        fail("no No data note")
    if items(lay, "value-label") or items(lay, "country"):
        fail("an empty document still draws axes or countries")


def countries(doc, lay, *want):
    """Each REF=STATUS[:PATTERN] in want; STATUS null for none."""
    drawn = {}
    for i in items(lay, "country") + items(lay, "country-marker"):
        if i.get("ref"):
            drawn[i["ref"]] = (i.get("status"), i.get("pattern"))
    for w in want:
        ref, rest = w.split("=")
        status, _, pattern = rest.partition(":")
        got = drawn.get(ref)
        if got is None:
            fail("%s not drawn" % ref)
        if got[0] != (None if status == "null" else status) or (pattern and got[1] != pattern) \
                or (not pattern and got[1] == "hatch"):
            fail("%s drawn as %s, expected %s" % (ref, got, rest))


def legend_text(doc, lay, text):
    if not any(text == i.get("text") for i in items(lay, "legend")):
        fail("no legend entry %r in %s" % (text, [i.get("text") for i in items(lay, "legend")]))


def hue(fill):
    r, g, b = (int(fill[k:k + 2], 16) / 255 for k in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)


def tones(doc, lay):
    """A negative status is not green, a positive one not red."""
    fills = {i["status"]: i["fill"] for i in items(lay, "area")}
    for s in doc["statuses"]:
        h, sat, _ = hue(fills[s["id"]])
        green = 75 / 360 < h < 170 / 360 and sat > 0.25
        red = (h < 25 / 360 or h > 330 / 360) and sat > 0.25
        if s.get("tone") == "negative" and green or s.get("tone") == "positive" and red:
            fail("%s (%s) drawn in %s" % (s["id"], s["tone"], fills[s["id"]]))


def rows(doc, lay):
    """Membership: one hatched overlay per suspension shown, with its dates and the bar's status;
    former names inside the bars where they applied; "→ successors" after a predecessor's bars."""
    cut = day(doc["as_of"])
    want = []
    for m in doc["members"]:
        for p in m["periods"]:
            for s in p.get("suspended", []):
                # one that starts on the as-of day is shown when its period holds on it
                if day(s["from"]) < cut or (day(s["from"]) == cut and
                                            ("to" not in p or day(p["to"]) > cut)):
                    want.append((m["id"], p["status"], s["from"], s.get("to")))
    got = [(i["ref"], i["status"], i["from"], i.get("to")) for i in items(lay, "suspended")]
    for w in want:
        if not any(g[:3] == w[:3] and (w[3] is None or g[3] == w[3]) for g in got):
            fail("no overlay for the suspension %s; drawn %s" % (w, got))
    if len(got) != len(want):
        fail("%d overlays for %d suspensions" % (len(got), len(want)))
    for i in items(lay, "suspended"):
        if not i.get("pattern"):
            fail("overlay not hatched: %s" % i)
    names = {i["text"] for i in items(lay, "name")}
    notes = {i["ref"]: i["text"] for i in items(lay, "successors")}
    former = {i["text"] for i in items(lay, "former-name")}
    for m in doc["members"]:
        ns = m.get("names", [])
        if ns:
            now = [n["name"] for n in ns if day(n.get("from", "0001")) <= cut]
            if now[-1] not in names:
                fail("row name %s not shown (%s)" % (now[-1], sorted(names)))
            for n in now[:-1]:
                if n not in former:
                    fail("former name %s not shown inside its bar (%s)" % (n, former))
        preds = m.get("successor_of", [])
        for p in [preds] if isinstance(preds, str) else preds:
            if m["name"] not in notes.get(p, ""):
                fail("%s: no note naming its successor %s (%s)" % (p, m["name"], notes))


def flags(doc, lay):
    """Count chart: every accession to the top status is on a flag or counted in the note under
    the axis; nothing vanishes. A flag's value is how many members it stands for (one day)."""
    cut = day(doc["as_of"])
    ranks = {s["id"]: s.get("rank", 1 << 30) for s in doc["statuses"]}
    starts = [(p["status"], day(p["from"])) for m in doc["members"] for p in m["periods"]
              if day(p["from"]) < cut]
    top = min((ranks[s] for s, _ in starts), default=None)
    joins = [d for s, d in starts if ranks[s] == top]
    drawn = items(lay, "accession")
    note = items(lay, "not-shown")
    shown = sum(i.get("value", 1) for i in drawn)
    hidden = sum(i["value"] for i in note)
    if shown + hidden != len(joins):
        fail("%d accessions on %d flags + %d noted as not shown != %d in the data"
             % (shown, len(drawn), hidden, len(joins)))
    if len(drawn) > len(set(joins)):
        fail("%d flags for %d days" % (len(drawn), len(set(joins))))
    if hidden and not str(hidden) in note[0]["text"]:
        fail("note %r does not say %d" % (note[0]["text"], hidden))


def no_flags(doc, lay):
    """Count chart with --accessions none: no flag, no leader, and no note of flags not
    shown, since none is left out."""
    for role in ("accession", "leader", "not-shown"):
        if items(lay, role):
            fail("%d %r items with --accessions none" % (len(items(lay, role)), role))


def slide_type(doc, lay):
    """On a slide no text is smaller than 1.25% of the slide's width."""
    texts = [i for i in lay["items"] if i.get("kind") == "text"]
    if not texts:
        fail("no text")
    least = min(texts, key=lambda i: i["size"])
    if least["size"] < lay["width"] * 0.0125 - 0.01:
        fail("%s %r is %.2f pt on a %.0f pt slide (least %.2f)"
             % (least.get("role"), least.get("text"), least["size"], lay["width"],
                lay["width"] * 0.0125))


def start_dates(doc, lay):
    """Membership: every period start shown has a date label (the SCO's rows have room for
    all), and a date lying on a bar is that bar's own start, never a neighbour's."""
    import re
    bars = items(lay, "bar")
    dates = items(lay, "change-date")
    if len(dates) != len(bars):
        fail("%d start dates for %d bars" % (len(dates), len(bars)))
    for d in dates:
        x, y, w, h = d["box"]
        for b in bars:
            bx, by, bw, bh = b["box"]
            if b.get("page", 1) != d.get("page", 1):
                continue
            if x + 0.5 < bx + bw and bx + 0.5 < x + w and y < by + bh and by < y + h:
                years = re.findall(r"\d{4}", d["text"])
                if not years or years[0] != b["from"][:4]:
                    fail("date %r lies on the bar of %s from %s" % (d["text"], b.get("ref"),
                                                                   b["from"]))


def suspended_end(doc, lay):
    """Count chart: beside each status with members suspended on the as-of day, an end label
    says how many (the hatched band's height), and no other status has one."""
    cut = day(doc["as_of"])
    got = {i["status"]: i["value"] for i in items(lay, "current-suspended")}
    for s in doc["statuses"]:
        want = held(doc, s["id"], cut)[1]
        if got.get(s["id"], 0) != want:
            fail("%s: %s suspended on the as-of day, the end label says %s"
                 % (s["id"], want, got.get(s["id"])))


def holds_now(doc, cut):
    """(member id, status, suspension) of each suspension that holds on day cut."""
    out = []
    for m in doc["members"]:
        for p in m["periods"]:
            end = day(p["to"]) if "to" in p else float("inf")
            if not day(p["from"]) <= cut < end:
                continue
            for s in p.get("suspended", []):
                if day(s["from"]) <= cut < (day(s["to"]) if "to" in s else end):
                    out.append((m["id"], p["status"], s))
    return out


def suspension_seen(doc, lay):
    """A suspension that holds on the as-of day, however short, is seen. Membership: its
    hatched overlay is as wide as the least bar (half the bar's height, 3 pt at least) and lies
    clear of the as-of line's stroke. Count: the step over the as-of day counts it in its
    hatched band, and that step is at least 3 pt wide."""
    cut = day(doc["as_of"])
    now = holds_now(doc, cut)
    if not now:
        fail("the data has no suspension on the as-of day")
    if lay["chart"] == "membership":
        lines = {i.get("page", 1): i for i in items(lay, "as-of-line")}
        if len(lines) != lay.get("pages", 1) or any(not i.get("stroke_width") for i in lines.values()):
            fail("as-of lines (with their stroke width) on pages %s of %s"
                 % (sorted(lines), lay.get("pages", 1)))
        for ref, status, s in now:
            got = [i for i in items(lay, "suspended") if i["ref"] == ref
                   and i["from"] == s["from"]]
            if len(got) != 1:
                fail("%s: %d overlays for the suspension from %s" % (ref, len(got), s["from"]))
            x, y, w, h = got[0]["box"]
            least = max(h / 2, 3)
            if w < least:
                fail("%s: suspension from %s is %.2f pt wide, less than %.2f"
                     % (ref, s["from"], w, least))
            page = got[0].get("page", 1)
            lx = lines[page]["points"][0]
            for st in lay["items"]:
                if st["kind"] != "line" or st.get("page", 1) != page or \
                        st["points"][0] != lx or st["points"][2] != lx:
                    continue
                sy0, sy1 = sorted((st["points"][1], st["points"][3]))
                half = st.get("stroke_width", 0) / 2
                if x + w > lx - half + 0.01 and x < lx + half and sy0 < y + h and y < sy1:
                    fail("%s: suspension from %s [%.2f, %.2f] under the as-of line at %.2f"
                         % (ref, s["from"], x, x + w, lx))
    else:
        for status in {n[1] for n in now}:
            want = sum(1 for n in now if n[1] == status)
            got = [i for i in last_steps(lay, "suspended", status) if day(i["to"]) == cut]
            if len(got) != 1 or got[0]["value"] != want:
                fail("%s: %d suspended on the as-of day, drawn %s"
                     % (status, want, [g["value"] for g in got]))
            if got[0]["box"][2] < 3:
                fail("%s: the as-of day's suspended step is %.2f pt wide"
                     % (status, got[0]["box"][2]))


LABEL_ROLES = ("total", "current", "current-suspended", "accession")
NOT_CROSSING = ("grid", "tick", "tick-minor", "legend-symbol")  # behind the text, or in the legend


def crosses(line, box):
    """Whether the line, with half its stroke either side, meets box [x, y, w, h]
    (Liang-Barsky clip of the segment against the box grown by the half stroke)."""
    x0, y0, x1, y1 = line["points"]
    g = line.get("stroke_width", 1) / 2
    bx0, by0, bx1, by1 = box[0] - g, box[1] - g, box[0] + box[2] + g, box[1] + box[3] + g
    t0, t1, dx, dy = 0.0, 1.0, x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - bx0), (dx, bx1 - x0), (-dy, y0 - by0), (dy, by1 - y0)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
    return t0 < t1 - 1e-9


def labels_clear(doc, lay, report=None):
    """Count chart: no label (the step labels "Member: 10", the end labels, the accession
    flags) is crossed by a drawn line: steps, risers, other statuses' lines, flag leaders.
    Writes "LABELS of STEPS" (step labels drawn against the top status's changes) to report."""
    lines = [i for i in lay["items"] if i["kind"] == "line" and i.get("role") not in NOT_CROSSING]
    labels = [i for r in LABEL_ROLES for i in items(lay, r)]
    for t in labels:
        for ln in lines:
            # a flag's own leader starts just under its text
            if crosses(ln, t["box"]):
                fail("%s %r %s crossed by %s %s" % (t["role"], t["text"],
                                                   [round(v, 1) for v in t["box"]],
                                                   ln.get("role"), ln["points"]))
    top = min(doc["statuses"], key=lambda s: s["rank"])["id"]
    steps = [i for i in items(lay, "step") if i["status"] == top]
    changes = sum(1 for k, i in enumerate(steps) if k == 0 or i["value"] != steps[k - 1]["value"])
    totals = items(lay, "total")
    if steps and not totals:
        fail("no step label at all for %d changes of %s" % (changes, top))
    if report:
        with open(report, "a") as f:
            f.write("%d of %d\n" % (len(totals), changes))


def end_dates(doc, lay):
    """Membership: a period that ends before the next begins, or a member's last, has its end
    date after it (the data leaves the rows room), and that label lies on no bar."""
    cut = day(doc["as_of"])
    want = 0
    for m in doc["members"]:
        ps = sorted(m["periods"], key=lambda p: day(p["from"]))
        for k, p in enumerate(ps):
            if "to" in p and day(p["to"]) < cut and (k + 1 == len(ps) or
                                                      day(ps[k + 1]["from"]) > day(p["to"])):
                want += 1
    got = items(lay, "end-date")
    if len(got) != want:
        fail("%d end dates for %d periods that end before the next" % (len(got), want))
    for d in got:
        x, y, w, h = d["box"]
        for b in items(lay, "bar"):
            bx, by, bw, bh = b["box"]
            if x < bx + bw and bx < x + w and y < by + bh and by < y + h:
                fail("end date %r lies on the bar of %s" % (d["text"], b.get("ref")))


def any_day(text):
    """A sortable day for any data date, BCE ("-0478") and approximate ("1360~") too."""
    t = text.rstrip("~")
    sign = -1 if t.startswith("-") else 1
    parts = [int(p) for p in t.lstrip("-").split("-")] + [1, 1]
    return sign * parts[0] * 400 + (parts[1] or 1) * 32 + (parts[2] or 1)


def meets(a, b, e=0.01):
    return (a[0] + a[2] - e > b[0] and b[0] + b[2] - e > a[0] and
            a[1] + a[3] - e > b[1] and b[1] + b[3] - e > a[1])


def plot_labels(doc, lay, err, as_of=None):
    """Membership, on every page: every bar at least its least width and none over another
    (a short period stays in sight); every suspension at least 2 pt and within its bar; no
    date, former name or successor note on another text, a suspension, the as-of line or a
    bar other than its own, and no note under the rows or group header on the as-of line; and each period's start and end dates drawn or counted in the
    warning (ERR, the tool's stderr) that says how many found no room: nothing dropped in
    silence."""
    import re
    cut = any_day(as_of or doc["as_of"])
    plot = ("change-date", "end-date", "former-name", "successors")
    pages = {}
    for i in lay["items"]:
        pages.setdefault(i.get("page", 1), []).append(i)
    for page, its in pages.items():
        bars = [i for i in its if i.get("role") == "bar"]
        texts = [i for i in its if i["kind"] == "text"]
        lines = [i for i in its if i.get("role") in ("as-of-line", "leader") and i["kind"] == "line"
                 and i.get("stroke") == next((j["stroke"] for j in its
                                              if j.get("role") == "as-of-line"), None)]
        rows = {}
        for b in bars:
            least = max(b["box"][3] * 0.5, 3) - 0.01
            if b["box"][2] < least:
                fail("page %d: the bar of %s from %s is %.2f pt wide, less than %.2f"
                     % (page, b["ref"], b["from"], b["box"][2], least))
            rows.setdefault(b["ref"], []).append(b)
        for ref, row in rows.items():
            row.sort(key=lambda b: b["box"][0])
            for a, b in zip(row, row[1:]):
                if b["box"][0] < a["box"][0] + a["box"][2] - 0.01:
                    fail("page %d: %s's bar from %s covers %.2f pt of the one from %s"
                         % (page, ref, b["from"], a["box"][0] + a["box"][2] - b["box"][0],
                            a["from"]))
        sus = [i for i in its if i.get("role") == "suspended"]
        for s in sus:
            own = [b for b in rows.get(s["ref"], [])
                   if b["box"][0] - 0.01 <= s["box"][0] and
                   s["box"][0] + s["box"][2] <= b["box"][0] + b["box"][2] + 0.01]
            if s["box"][2] < 2 - 0.01 or not own:
                fail("page %d: suspension of %s from %s at %s: under 2 pt or off its bar"
                     % (page, s["ref"], s["from"], s["box"]))
        for t in (i for i in texts if i.get("role") in ("joins-later", "left-out", "group")):
            for ln in lines:
                x, y0, y1 = ln["box"][0], ln["box"][1], ln["box"][1] + ln["box"][3]
                if (t["box"][0] < x < t["box"][0] + t["box"][2] and t["box"][1] < y1 and
                        y0 < t["box"][1] + t["box"][3]):
                    fail("page %d: the as-of line at x %.2f crosses the note %r"
                         % (page, x, t["text"]))
        for t in (i for i in texts if i.get("role") in plot):
            what = "%s %r of %s" % (t["role"], t["text"], t.get("ref"))
            for o in texts:
                if o is not t and meets(t["box"], o["box"]):
                    fail("page %d: %s meets %s %r" % (page, what, o.get("role"), o["text"]))
            for s in sus:
                if meets(t["box"], s["box"]):
                    fail("page %d: %s covers the suspension of %s from %s"
                         % (page, what, s["ref"], s["from"]))
            for ln in lines:
                x, y0, y1 = ln["box"][0], ln["box"][1], ln["box"][1] + ln["box"][3]
                b = t["box"]
                if b[0] < x < b[0] + b[2] and b[1] < y1 and y0 < b[1] + b[3]:
                    fail("page %d: the as-of line at x %.2f crosses %s %s" % (page, x, what, b))
            for b in bars:
                if not meets(t["box"], b["box"], 0.3):
                    continue
                inside = (b["box"][0] - 0.3 <= t["box"][0] and
                          t["box"][0] + t["box"][2] <= b["box"][0] + b["box"][2] + 0.3)
                own = inside and "ref" not in t or inside and b["ref"] == t.get("ref") and (
                    t["role"] in ("former-name", "successors") or
                    t["role"] == "change-date" and t.get("from") == b["from"] or
                    t["role"] == "end-date" and t.get("to") == b.get("to"))
                if not own:
                    fail("page %d: %s lies on the bar of %s from %s"
                         % (page, what, b["ref"], b["from"]))
    # Counts: what the data holds against what is drawn and what the warning says was left out.
    want_starts = want_ends = 0
    for m in doc["members"]:
        ps = sorted(m["periods"], key=lambda p: any_day(p["from"]))
        for k, p in enumerate(ps):
            if any_day(p["from"]) > cut:
                continue
            want_starts += 1
            gap = k + 1 == len(ps) or any_day(ps[k + 1]["from"]) > any_day(p["to"] if "to" in p
                                                                             else p["from"])
            if "to" in p and any_day(p["to"]) <= cut and (p["to"].endswith("~") or gap):
                want_ends += 1
    bars = [i for i in lay["items"] if i.get("role") == "bar"]
    starts = [(i.get("ref"), i.get("from")) for i in lay["items"] if i.get("role") == "change-date"]
    ends = [(i.get("ref"), i.get("to")) for i in lay["items"] if i.get("role") == "end-date"]
    for kind, got in (("start", starts), ("end", ends)):
        if len(set(got)) != len(got) or (None, None) in got:
            fail("%s dates without their member and date, or one drawn twice" % kind)
    text = open(err, encoding="utf-8").read()
    m = re.search(r"no room beside their bars for \d+ date label\(s\) \((\d+) start, (\d+) end\)",
                  text)
    out_starts, out_ends = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    if len(bars) != want_starts:
        fail("%d bars for %d periods up to the chart's date" % (len(bars), want_starts))
    if len(starts) + out_starts != want_starts:
        fail("%d start dates drawn + %d said to have no room != %d periods"
             % (len(starts), out_starts, want_starts))
    if len(ends) + out_ends != want_ends:
        fail("%d end dates drawn + %d said to have no room != %d periods that end before a gap"
             % (len(ends), out_ends, want_ends))


def overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def suspension_labels(doc, lay):
    """Membership: no text or label patch covers the start of a suspension's hatching (so the
    start stays in sight), and a plain patch behind a label on a patterned bar takes the bar's
    full height (a patch as tall as the text left stubs of the pattern above and below)."""
    cover = [i for i in lay["items"] if i.get("kind") == "text" or i.get("role") == "label-patch"]
    sus = items(lay, "suspended")
    if not sus:
        fail("no suspension drawn")
    for s in sus:
        x, y, w, h = s["box"]
        start = (x - 0.5, y, 1.0, h)
        for c in cover:
            if overlap(start, c["box"]):
                fail("%r covers the start of %s's suspension at x %.1f" %
                     (c.get("text", c.get("role")), s["ref"], x))
    bars = items(lay, "bar")
    for p in items(lay, "label-patch"):
        px, py, pw, ph = p["box"]
        under = [b for b in bars if overlap(p["box"], b["box"])]
        if not under or not any(abs(b["box"][1] - py) < 0.01 and abs(b["box"][3] - ph) < 0.01
                                for b in under):
            fail("label patch %s is not the full height of its bar %s" %
                 (p["box"], [b["box"] for b in under]))


CHECKS = {f.__name__.replace("_", "-"): f for f in
          (plot_labels, end_dates, labels_clear, suspension_seen, suspended_end, start_dates,
           slide_type, flags, no_flags, steps, hatched, end_labels, half_plot, no_data, countries,
           legend_text, tones, rows, suspension_labels)}

if __name__ == "__main__":
    doc = json.load(open(sys.argv[2]))
    lay = json.load(open(sys.argv[3]))
    CHECKS[sys.argv[1]](doc, lay, *sys.argv[4:])
