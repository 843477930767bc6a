#!/usr/bin/env python3
"""Facts about the pages of a membership chart, read from its layout dump (--layout-json).

Usage:
  check_pages.py rows LAYOUT N          N member rows drawn, each member exactly once
  check_pages.py paged LAYOUT MIN       more than one page, and on every page: the title, a
                                        group header, the time axis above and below the rows,
                                        no text below MIN points, no two texts overlapping,
                                        nothing off the page
  check_pages.py least LAYOUT MIN       no text below MIN points (any number of pages)
  check_pages.py per-page LAYOUT MAX    at most MAX member rows a page
  check_pages.py pages LAYOUT N         exactly N pages
  check_pages.py balanced LAYOUT        no page has fewer than half the rows of the fullest
  check_pages.py legend LAYOUT          the legend lists what the rows draw: a swatch for each
                                        status of a drawn bar and no other, and the suspended
                                        entry only when a suspension is drawn
Exits 1 with a message on the first failed fact."""
import collections
import sys

import dump_checks


def by_page(dump):
    pages = collections.defaultdict(list)
    for it in dump["items"]:
        pages[it.get("page", 1)].append(it)
    return pages


def meets(a, b, e=0.01):
    return (a[0] + a[2] - e > b[0] and b[0] + b[2] - e > a[0] and
            a[1] + a[3] - e > b[1] and b[1] + b[3] - e > a[1])


def check_rows(dump, args):
    refs = [it.get("ref") for it in dump["items"] if it.get("role") == "name"]
    if len(refs) != int(args[0]):
        return f"{len(refs)} rows drawn, expected {args[0]}"
    twice = [r for r, n in collections.Counter(refs).items() if n > 1]
    return f"drawn more than once: {twice[:5]}" if twice else None


def least(items, size):
    small = [it for it in items if it["kind"] == "text" and it["size"] < size - 0.005]
    if small:
        it = small[0]
        return f"{len(small)} text(s) below {size} pt, first {it['role']} {it['text']!r} {it['size']}"
    return None


def check_page(dump, k, items, size):
    roles = collections.Counter(it.get("role") for it in items)
    if not roles["title"]:
        return f"page {k}: no title"
    if not roles["group"]:
        return f"page {k}: no group header"
    names = [it["box"][1] for it in items if it.get("role") == "name"]
    axis_ys = {round(it["box"][1], 1) for it in items if it.get("role") == "tick-label"}
    if not names or len([y for y in axis_ys if y < min(names)]) < 1 or \
            len([y for y in axis_ys if y > max(names)]) < 1:
        return f"page {k}: the time axis is not both above and below the rows"
    why = least(items, size)
    if why:
        return f"page {k}: {why}"
    texts = [it for it in items if it["kind"] == "text"]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if meets(a["box"], b["box"]):
                return f"page {k}: texts overlap: {a['text']!r} and {b['text']!r}"
    for it in items:
        x, y, w, h = it["box"]
        if x < -0.01 or y < -0.01 or x + w > dump["width"] + 0.01 or y + h > dump["height"] + 0.01:
            return f"page {k}: off the page: {it['role']} {it['box']}"
    return None


def check_paged(dump, args):
    pages = by_page(dump)
    if dump["pages"] < 2 or len(pages) != dump["pages"]:
        return f"{dump['pages']} page(s), {len(pages)} with items: expected several"
    for k in sorted(pages):
        why = check_page(dump, k, pages[k], float(args[0]))
        if why:
            return why
    return None


def check_least(dump, args):
    return least(dump["items"], float(args[0]))


def check_per_page(dump, args):
    for k, items in sorted(by_page(dump).items()):
        n = sum(it.get("role") == "name" for it in items)
        if n > int(args[0]):
            return f"page {k}: {n} rows, expected at most {args[0]}"
    return None


def check_pages(dump, args):
    return None if dump["pages"] == int(args[0]) else f"{dump['pages']} pages, expected {args[0]}"


def check_balanced(dump, _):
    rows = collections.Counter(it.get("page", 1) for it in dump["items"] if it.get("role") == "name")
    if rows and min(rows.values()) * 2 < max(rows.values()):
        return f"rows a page: {dict(sorted(rows.items()))}"
    return None


def check_legend(dump, _):
    items = dump["items"]
    drawn = {it["status"] for it in items if it.get("role") == "bar"}
    listed = [it.get("status") for it in items if it.get("role") == "legend-symbol"]
    statuses = {s for s in listed if s}
    if statuses != drawn:
        return f"legend lists {sorted(statuses)}, the bars draw {sorted(drawn)}"
    marks = len(listed) - len([s for s in listed if s])
    hatched = any(it.get("role") == "suspended" for it in items)
    if marks != int(hatched):
        return f"{marks} suspended entr(ies) in the legend, a suspension drawn: {hatched}"
    return None


CHECKS = {"balanced": check_balanced, "legend": check_legend, "rows": check_rows, "paged": check_paged, "least": check_least,
          "per-page": check_per_page, "pages": check_pages}


if __name__ == "__main__":
    sys.exit(dump_checks.run(CHECKS, __doc__, sys.argv))
