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


def end_labels(doc, lay):
    """The end labels give the counts of the last drawn step, and that step can be seen."""
    cur = items(lay, "current")
    if not cur:
        fail("no end labels")
    for c in cur:
        last = [i for i in items(lay, "step") if i["status"] == c["status"]
                and i["to"] == doc["as_of"]]
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
                if day(s["from"]) < cut:
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
          (end_dates, suspended_end, start_dates, slide_type, flags, steps, hatched, end_labels, half_plot, no_data, countries, legend_text, tones, rows,
           suspension_labels)}

if __name__ == "__main__":
    doc = json.load(open(sys.argv[2]))
    lay = json.load(open(sys.argv[3]))
    CHECKS[sys.argv[1]](doc, lay, *sys.argv[4:])
