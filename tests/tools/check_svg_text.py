#!/usr/bin/env python3
"""Check an SVG written with real text against its --layout-json dump and its data.

usage: check_svg_text.py SVG LAYOUT.json [DATA.json]

- the n-th <text> holds the n-th text item's characters, in order (lines joined; the spaces
  at line breaks are where the lines split);
- its font size and fill are the item's, and no line is wider than the item's box;
- a line whose first strong character is Arabic-script is marked direction="rtl";
- with DATA: every labelled event with an http(s), mailto or doi source is linked to it, no
  other link exists, and each label carries a <title> tooltip with the full title, date text
  and description; the root has role="img", lang, xml:lang and a <title> and <desc> that its
  aria-labelledby names.
Exit 1 with one line per problem (at most 10)."""
import json
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"
XML = "{http://www.w3.org/XML/1998/namespace}"


def squash(s):
    return re.sub(r"\s+", "", s)


def lines_of(el):
    spans = el.findall(NS + "tspan")
    return spans if spans else [el]


def first_strong_rtl(s):
    for ch in s:
        o = ord(ch)
        if 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFEFC:
            return True
        if ch.isalpha():
            return False
    return None


def href(link):
    if re.match(r"(?i)https?://|mailto:", link):
        return link
    if link.lower().startswith("doi:"):
        return "https://doi.org/" + link[4:]
    return None


def problems(svg_path, layout_path, data_path):
    root = ET.parse(svg_path).getroot()
    items = [i for i in json.load(open(layout_path, encoding="utf-8"))["items"]
             if i["kind"] == "text"]
    texts = list(root.iter(NS + "text"))
    if len(texts) != len(items):
        yield f"{len(texts)} <text> elements for {len(items)} text items"
        return
    for el, it in zip(texts, items):
        got = "".join(el.itertext())
        if squash(got) != squash(it["text"]):
            yield f"text {it['text']!r} came out as {got!r}"
        if abs(float(el.get("font-size")) - it["size"]) > 0.01:
            yield f"{it['text']!r}: font-size {el.get('font-size')}, expected {it['size']}"
        if el.get("fill") != it["fill"][:7]:
            yield f"{it['text']!r}: fill {el.get('fill')}, expected {it['fill'][:7]}"
        for ln in lines_of(el):
            width = float(ln.get("textLength", "0"))
            if width > it["box"][2] + 0.01:
                yield f"{it['text']!r}: a line {width} pt wide in a box {it['box'][2]} wide"
            rtl = first_strong_rtl(ln.text or "")
            if rtl is not None and rtl != (ln.get("direction") == "rtl"):
                yield f"{ln.text!r}: direction {ln.get('direction')}"
    ids = root.get("aria-labelledby", "").split()
    found = {e.get("id"): e for e in root.iter() if e.get("id")}
    if (root.get("role") != "img" or len(ids) != 2 or found.get(ids[0]) is None
            or found[ids[0]].tag != NS + "title" or found.get(ids[1]) is None
            or found[ids[1]].tag != NS + "desc"):
        yield "the root lacks role=img or a <title> and <desc> named by aria-labelledby"
    if not root.get("lang") or root.get("lang") != root.get(XML + "lang"):
        yield "the root lacks lang and xml:lang"
    if data_path:
        yield from links(root, items, json.load(open(data_path, encoding="utf-8")))


def links(root, items, doc):
    events = {e["id"]: e for e in doc["events"]}
    want = {}
    for it in items:
        ev = events.get(it.get("ref")) if it["role"] == "label" else None
        if ev and href(ev["sources"][0]):
            want[squash(it["text"])] = urllib.parse.unquote(href(ev["sources"][0]))
    got = {}
    for a in root.iter(NS + "a"):
        link = a.get("href")
        # Percent-encoded (url.c): nothing in it that could end a string or a tag.
        if re.search(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]", link):
            yield f"link {link!r} is not percent-encoded"
        got[squash("".join(a.itertext()))] = urllib.parse.unquote(link)
    if got != want:
        yield f"links {got}, expected {want}"
    # Each label's <g> holds its <title> tooltip, in the order of the labels.
    tips = [g.find(NS + "title").text for g in root.iter(NS + "g")
            if g.find(NS + "title") is not None]
    labels = [events[it["ref"]] for it in items
              if it["role"] == "label" and it.get("ref") in events]
    if len(tips) != len(labels):
        yield f"{len(tips)} tooltips for {len(labels)} event labels"
    for ev, tip in zip(labels, tips):
        title = ev["title"] if isinstance(ev["title"], str) else next(iter(ev["title"].values()))
        desc = ev.get("description", "")
        desc = desc if isinstance(desc, str) else next(iter(desc.values()), "")
        if not (tip or "").startswith(title + "\n") or (desc and not tip.endswith("\n" + desc)):
            yield f"event {ev['id']}: tooltip {tip!r}"


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    try:
        found = list(problems(argv[1], argv[2], argv[3] if len(argv) == 4 else None))
    except ET.ParseError as e:
        found = [f"{argv[1]}: not XML: {e}"]
    for p in found[:10]:
        print(p)
    sys.exit(1 if found else 0)


main(sys.argv)
