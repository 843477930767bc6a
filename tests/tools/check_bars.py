#!/usr/bin/env python3
"""Facts about a membership or count chart, read from its layout dump (--layout-json).

Usage:
  check_bars.py count LAYOUT STATUS:DATE=N ...   step value of STATUS on DATE (0 when no step)
  check_bars.py current LAYOUT STATUS=N ...      count on the as-of date (labels at the end)
  check_bars.py order LAYOUT NAME ...            these rows appear in this order, top-down
  check_bars.py page LAYOUT                      no two texts overlap; all boxes on the page
  check_bars.py bars LAYOUT                      bars start and end at their dates' x
Exits 1 with a message on the first failed fact."""
import datetime
import re
import sys

import dump_checks


def day(iso):
    parts = [int(p) for p in iso.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts).toordinal()


def step_value(items, status, d):
    for it in items:
        if it.get("role") == "step" and it.get("status") == status:
            if day(it["from"]) <= d < day(it["to"]):
                return it["value"]
    return 0


def check_count(dump, facts):
    for fact in facts:
        key, want = fact.split("=")
        status, date = key.split(":")
        got = step_value(dump["items"], status, day(date))
        if got != float(want):
            return f"{status} on {date}: {got:g}, expected {want}"
    return None


def check_current(dump, facts):
    have = {it["status"]: it["value"] for it in dump["items"] if it.get("role") == "current"}
    for fact in facts:
        status, want = fact.split("=")
        if have.get(status, 0) != float(want):
            return f"{status} now: {have.get(status, 0):g}, expected {want}"
    return None


def check_order(dump, names):
    # Top-down over the pages: page first, then y.
    ys = {it["text"]: (it.get("page", 1), it["box"][1]) for it in dump["items"]
          if it.get("role") == "name"}
    missing = [n for n in names if n not in ys]
    if missing:
        return f"rows missing: {missing}"
    for a, b in zip(names, names[1:]):
        if ys[a] >= ys[b]:
            return f"{a} is not above {b}"
    return None


def overlap(a, b, e=0.01):
    return (a[0] + a[2] - e > b[0] and b[0] + b[2] - e > a[0] and
            a[1] + a[3] - e > b[1] and b[1] + b[3] - e > a[1])


def check_page(dump, _):
    texts = [it for it in dump["items"] if it["kind"] == "text"]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if a.get("page", 1) == b.get("page", 1) and overlap(a["box"], b["box"]):
                return f"texts overlap: {a['text']!r} and {b['text']!r}"
    w, h = dump["width"], dump["height"]
    for it in dump["items"]:
        x, y, bw, bh = it["box"]
        if x < -0.01 or y < -0.01 or x + bw > w + 0.01 or y + bh > h + 0.01:
            return f"off the page: {it['role']} {it.get('text', '')!r} {it['box']}"
    return None


def dump_as_of(dump):
    """The chart's date: the latest end of a bar that is still open."""
    ends = [it["to"] for it in dump["items"] if it.get("role") == "bar" and it.get("open")]
    return max(ends, key=day) if ends else "9999-12-31"


def check_bars(dump, _):
    ticks = []
    for it in dump["items"]:
        # Year ticks in any language: "2001", "2001年", "2001 г."
        m = re.fullmatch(r"(\d{4})\D{0,3}", it["text"]) if it.get("role") == "tick-label" else None
        if m:
            ticks.append((day(m.group(1)), it["box"][0] + it["box"][2] / 2))
    if len(ticks) < 2:
        return "no year ticks to read the time scale from"
    (d0, x0), (d1, x1) = min(ticks), max(ticks)
    scale = (x1 - x0) / (d1 - d0)
    bars = [it for it in dump["items"] if it.get("role") == "bar"]
    if not bars:
        return "no bars"
    # bars (ref, from) whose period holds a suspension on the chart's date
    suspended_now = {(b["ref"], b["from"]) for b in bars if b.get("open") for i in dump["items"]
                     if i.get("role") == "suspended" and i.get("ref") == b["ref"]
                     and day(i["to"].rstrip("~")) >= day(b["to"])}
    asof_half = max([it.get("stroke_width", 0) / 2 for it in dump["items"]
                     if it.get("role") == "as-of-line"] or [0])
    for it in bars:
        want0 = x0 + (day(it["from"]) - d0) * scale
        want1 = x0 + (day(it["to"]) - d0) * scale
        least = max(it["box"][3] * 0.5, 3)  # a short period's least width, see min_bar
        if (it["ref"], it["from"]) in suspended_now:  # room for its suspension's (bar_least)
            least = max(least, 6)
        if it.get("open") or day(it["to"]) >= day(dump_as_of(dump)):
            # grows back from the chart's date, its least width seen beside the as-of line
            want0 = min(want0, want1 - asof_half - least)
        elif want1 - want0 < least:  # else on from its start
            want1 = want0 + least
        got0, got1 = it["box"][0], it["box"][0] + it["box"][2]
        if abs(got0 - want0) > 0.5 or abs(got1 - want1) > 0.5:
            return f"bar {it['ref']} {it['status']} at {got0:.1f}..{got1:.1f}, expected {want0:.1f}..{want1:.1f}"
    return None


CHECKS = {"count": check_count, "current": check_current, "order": check_order,
          "page": check_page, "bars": check_bars}


if __name__ == "__main__":
    sys.exit(dump_checks.run(CHECKS, __doc__, sys.argv))
