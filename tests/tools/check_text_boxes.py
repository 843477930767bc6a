#!/usr/bin/env python3
"""Check a --layout-json dump in any language: no two text boxes intersect, every box lies
inside the page, and no text is empty. Exits 1 with one line per problem (at most 10).

usage: check_text_boxes.py LAYOUT.json
"""
import json
import sys

EPS = 0.01  # the dump rounds to 3 decimals


def meets(a, b):
    return (a[0] + EPS < b[0] + b[2] and b[0] + EPS < a[0] + a[2] and a[1] + EPS < b[1] + b[3]
            and b[1] + EPS < a[1] + a[3])


def problems(dump):
    w, h = dump["width"], dump["height"]
    texts = [it for it in dump["items"] if it["kind"] == "text"]
    for it in texts:
        if not it.get("text", "").strip():
            yield f"empty text: {it['role']} {it['box']}"
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if a.get("page", 1) == b.get("page", 1) and meets(a["box"], b["box"]):
                yield f"texts overlap: {a['text']!r} {a['box']} and {b['text']!r} {b['box']}"
    for it in dump["items"]:
        x, y, bw, bh = it["box"]
        if x < -EPS or y < -EPS or x + bw > w + EPS or y + bh > h + EPS:
            yield f"off the page ({w}x{h}): {it['role']} {it.get('text', '')!r} {it['box']}"


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        dump = json.load(f)
    found = list(problems(dump))
    for p in found[:10]:
        print(p)
    if not any(it["kind"] == "text" for it in dump["items"]):
        print("no text at all")
        return 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
