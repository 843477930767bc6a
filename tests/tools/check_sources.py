#!/usr/bin/env python3
"""Check the source links of a memberline data file, and the links a rendered chart carries.

usage: check_sources.py DATA.json [--layout LAYOUT.json] [--pdf CHART.pdf] [--svg CHART.svg]

DATA.json: every source URL is https:// (or http:// on a host listed in NO_HTTPS), is not on a
known mirror, proxy or copy host (BANNED, from the 2026-11-30 audit of data/sco.json), does not
wrap another URL, and appears once per item; every event and every period keeps a source (a span
that lists sources keeps one); each UN document an event names (A/66/359, A/RES/74/247 ...) is
cited by its symbol link https://undocs.org/<symbol>, and an event about a UN document (UN_ITEMS)
cites that document first, since the first source becomes the chart's link.

--layout: each linked item of a --layout-json dump links to the first source of its event, and
every event drawn with a label is linked. --pdf: the PDF's link annotations are the dump's links
(read from the raw file and from its deflated streams, so a damaged cross-reference table or
object streams do not hide them). --svg: the SVG's <a> links, where it has any, are the dump's.

Exits 1 with one line per problem.
"""
import json
import re
import xml.etree.ElementTree as ET
import sys
import urllib.parse
import zlib

# Hosts with no HTTPS version known: none is in the audit's list of hosts that serve HTTPS and
# no https:// link to them was found in public references. Take a host off when it gains one.
NO_HTTPS = {
    "sco-tradeindex.customs.gov.cn",  # China Customs' SCO trade index site
    "www.infoshos.ru",  # SCO information portal (Russian press agency funded)
    "www.priu.gov.lk",  # Sri Lanka government information unit, 2009 archive
    "en.chinagate.cn",  # China Development Gateway
    "www.whatsonxiamen.com",  # Xiamen city information site
    "azeridaily.com",  # Azerbaijani news site, 2015 archive (Azerbaijan as dialogue partner)
}

# Hosts (and the subdomains of each) that are mirrors, proxies, copies or unreliable, with the
# canonical place the audit names. A path prefix narrows an entry to part of a host.
BANNED = {
    "movatter.jp": "Wikipedia mirror: use en.wikipedia.org",
    "wikien4.appspot.com": "Wikipedia mirror: use en.wikipedia.org",
    "dev2.ts-export.com": "proxy: use the www.unodc.org page it wraps",
    "gamestartup.netlify.app": "proxy: use the www.unodc.org page it wraps",
    "lucaturilli.net": "copy of People's Daily: use en.people.cn",
    "covid-19.chinadaily.com.cn": "use www.chinadaily.com.cn",
    "lists.igcaucus.org": "mailing-list copy of a UN document: use undocs.org",
    "assets.documentcloud.org": "copy of a UN document: use undocs.org",
    "static.un.org": "old press host: use press.un.org",
    "shhzzz.net": "copy of the SCO Secretariat's text: use eng.sectsco.org",
    "redskyalliance.org": "tag page: use undocs.org",
    "cbcgdf.blogspot.com": "blog: use undocs.org",
    "boomlive.in": "web story: use undocs.org",
    "sott.net": "low reliability",
    "english.chinamil.com.cn": "old host: use eng.chinamil.com.cn",
    "photius.com": "no reliable original",
    "hrondas.ru": "scraper that swaps letters for look-alikes",
    "pubt.io": "no reliable original",
    "meiyapico.com": "no reliable original",
    "tricksfast.com": "no reliable original",
    "opoyi.com": "no reliable original",
    "libyannewswire.com": "no reliable original",
    "coe.int/fr/": "French copy: use the /en/ page",
}

# Events about a UN document: the symbols they must cite, the first one first.
UN_ITEMS = {
    "code-of-conduct-2011": ["A/66/359"],
    "code-of-conduct-2015": ["A/69/723"],
    "unga-res-74-247": ["A/RES/74/247", "A/C.3/74/L.11"],
    "un-cybercrime-convention-adopted": ["A/RES/79/243"],
}

# Archives whose links hold the archived URL in their path by design: not proxies.
ARCHIVES = {"web.archive.org"}

# A UN General Assembly document symbol named in a text: A/66/359, A/RES/74/247, A/C.3/74/L.11.
SYMBOL = re.compile(r"\bA/(?:RES/|C\.\d/)?\d+/(?:L\.)?\d+\b")
# A URL, plain or percent-encoded, inside another URL.
WRAPPED = re.compile(r"(?:https?|ftp)(?::|%3a)(?://|%2f%2f)|(?:^|[/=-])https?-www\.", re.I)


def undocs(symbol):
    return "https://undocs.org/" + symbol


def banned(parts):
    host = (parts.hostname or "").lower()
    where = host + parts.path
    for key, why in BANNED.items():
        h, _, path = key.partition("/")
        if (host == h or host.endswith("." + h)) and where.startswith(
                host + ("/" + path if path else "")):
            return why
    return None


def url_problems(url):
    """What is wrong with one source URL (an empty list when nothing is)."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").lower()
    bad = []
    if parts.scheme == "http":
        if host not in NO_HTTPS:
            bad.append("http:// on a host not listed in NO_HTTPS")
    elif parts.scheme != "https":
        bad.append("not an https:// URL")
    if not host:
        bad.append("no host")
    why = banned(parts)
    if why:
        bad.append("on the mirror/proxy list (" + why + ")")
    if WRAPPED.search(parts.query) or (host not in ARCHIVES and WRAPPED.search(parts.path)):
        bad.append("wraps another URL")
    if host == "undocs.org" and not SYMBOL.fullmatch(parts.path.lstrip("/")):
        bad.append("an undocs.org link that is not a document symbol")
    return bad


def items(doc):
    """(JSON path, item, what it is) for everything that carries sources."""
    for i, e in enumerate(doc.get("events", [])):
        yield "events[%d] %s" % (i, e.get("id", "?")), e, "event"
    for i, s in enumerate(doc.get("spans", [])):
        yield "spans[%d] %s" % (i, s.get("id", "?")), s, "span"
    for i, m in enumerate(doc.get("members", [])):
        for k, p in enumerate(m.get("periods", [])):
            yield "members[%d].periods[%d] %s" % (i, k, m.get("id", "?")), p, "period"


def all_text(v):
    """A text field in every language it has, as one string."""
    if isinstance(v, dict):
        return " ".join(str(x) for x in v.values())
    return str(v or "")


def check_data(doc):
    bad = []
    for where, it, kind in items(doc):
        srcs = it.get("sources")
        if srcs is None and kind == "span":
            continue
        if not srcs:
            bad.append("%s: no source" % where)
            continue
        if len(set(srcs)) != len(srcs):
            bad.append("%s: a source is listed twice" % where)
        for k, url in enumerate(srcs):
            for p in url_problems(url):
                bad.append("%s.sources[%d] %s: %s" % (where, k, url, p))
        if kind != "event":
            continue
        named = SYMBOL.findall(all_text(it.get("title")) + " " + all_text(it.get("description")))
        for sym in sorted(set(named)):
            if undocs(sym) not in srcs:
                bad.append("%s names %s but does not cite %s" % (where, sym, undocs(sym)))
    events = {e.get("id"): e for e in doc.get("events", [])}
    for eid, syms in UN_ITEMS.items():
        srcs = events.get(eid, {}).get("sources") or []
        if eid not in events:
            bad.append("UN item %s is missing" % eid)
        elif srcs[:1] != [undocs(syms[0])]:
            bad.append("%s: first source %s, expected %s" % (eid, (srcs or ["none"])[0],
                                                            undocs(syms[0])))
        for sym in syms[1:]:
            if eid in events and undocs(sym) not in srcs:
                bad.append("%s does not cite %s" % (eid, undocs(sym)))
    return bad


def check_layout(doc, lay):
    first = {e["id"]: (e.get("sources") or [None])[0] for e in doc.get("events", [])}
    bad, links = [], []
    labelled = set()
    for it in lay.get("items", []):
        ref = it.get("ref")
        if it.get("role") == "label" and ref in first:
            labelled.add(ref)
        if "link" not in it:
            continue
        links.append(it["link"])
        if ref not in first:
            bad.append("layout: a link on %r, which is no event" % ref)
        elif it["link"] != first[ref]:
            bad.append("layout: %s links to %s, not its first source %s" % (ref, it["link"],
                                                                        first[ref]))
        for p in url_problems(it["link"]):
            bad.append("layout: %s link %s: %s" % (ref, it["link"], p))
    linked = {it.get("ref") for it in lay.get("items", []) if "link" in it}
    for ref in sorted(labelled - linked):
        if first[ref]:
            bad.append("layout: event %s is drawn without its link" % ref)
    if not links:
        bad.append("layout: no linked item")
    return bad, links


def pdf_string(data, i):
    """The PDF literal string starting at data[i] == '(' (escapes and nested parentheses)."""
    out, depth, i = bytearray(), 1, i + 1
    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
    while i < len(data) and depth:
        c = data[i:i + 1]
        if c == b"\\":
            n = data[i + 1:i + 2]
            if n.isdigit():
                j = i + 1
                while j < min(i + 4, len(data)) and data[j:j + 1].isdigit():
                    j += 1
                out.append(int(data[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out += esc.get(n, b"" if n in (b"\n", b"\r") else n)
            i += 2
            continue
        if c == b"(":
            depth += 1
        elif c == b")":
            depth -= 1
            if not depth:
                break
        out += c
        i += 1
    return out.decode("latin-1")


def pdf_uris(data):
    """Every /URI string in the PDF, including those inside deflated (object) streams."""
    chunks = [data]
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            continue
        try:
            chunks.append(zlib.decompressobj().decompress(data[m.end():end]))
        except zlib.error:
            pass
    uris = []
    for chunk in chunks:
        for m in re.finditer(rb"/URI\s*\(", chunk):
            uris.append(pdf_string(chunk, m.end() - 1))
    return uris


def svg_links(path):
    """The href of every <a> element of an SVG file (href or xlink:href)."""
    xlink = "{http://www.w3.org/1999/xlink}href"
    return [a.get("href") or a.get(xlink) for a in ET.parse(path).iter()
            if a.tag.rsplit("}", 1)[-1] == "a" and (a.get("href") or a.get(xlink))]


def compare_links(kind, got, links, bad):
    """got (links found in an output) against the layout dump's links."""
    for u in sorted(set(got)):
        for p in url_problems(u):
            bad.append("%s: link %s: %s" % (kind, u, p))
    if links is not None and sorted(set(got)) != sorted(set(links)):
        gone = sorted(set(links) - set(got))
        extra = sorted(set(got) - set(links))
        bad.append("%s: links differ from the layout's: missing %s, extra %s"
                   % (kind, gone[:3], extra[:3]))


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    opts = dict(zip(args[1::2], args[2::2]))
    with open(args[0], encoding="utf-8") as f:
        doc = json.load(f)
    bad = check_data(doc)
    links = None
    if "--layout" in opts:
        with open(opts["--layout"], encoding="utf-8") as f:
            more, links = check_layout(doc, json.load(f))
        bad += more
    if "--pdf" in opts:
        with open(opts["--pdf"], "rb") as f:
            uris = pdf_uris(f.read())
        compare_links("pdf", uris, links, bad)
        if not uris:
            bad.append("pdf: no link annotation")
    if "--svg" in opts:
        hrefs = svg_links(opts["--svg"])
        if hrefs:
            compare_links("svg", hrefs, links, bad)
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
