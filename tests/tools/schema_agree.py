#!/usr/bin/env python3
"""schema/memberline.schema.json and `memberline check` accept and reject the same documents.

Usage: schema_agree.py SCHEMA MEMBERLINE WORKDIR BASE.json... -- CASE.json...
Every CASE file, and every mutation of each BASE document (each key dropped, each value given
each wrong JSON type, empty strings, empty and duplicated arrays, the numbers at and past their
limits, ids and texts at and past LOAD_MAX_TEXT, lists at and past their length limits), goes
through both the schema (python3-jsonschema) and `memberline check`. Both accept or both reject.

A JSON Schema cannot express some rules; when `check` rejects a document that the schema accepts
and every message of `check` is one of these, the pair is skipped (and counted):
references between ids, unique ids, real calendar dates, the order of dates, overlapping or open
periods, suspensions inside their periods, successions, codes of the bundled world map, text
language keys listed in "languages", blank (white-space only) strings, byte (not character)
lengths, what JSON itself leaves open (duplicate keys, NUL and noncharacters in strings), and the
language tags that follow BCP 47's grammar but that ICU refuses (a repeated variant or extension,
"und"). Prints "PASS name", "FAIL name: why" per document and "SKIP n: ..." once."""
import copy
import json
import os
import re
import subprocess
import sys

import jsonschema

NOT_EXPRESSIBLE = re.compile(
    r'unknown (category|status|member|participant|event|span)|duplicate id |is not a date|'
    r'ends before it starts|overlap|only the period that starts last may be open|suspen|successor|'
    r'starts before|not a country of the bundled world map|is not in "languages"|'
    r'only white space|still holds a status|"to" of names|names\[|no "to"|'
    r'without overlaps|first period starts|duplicate object key|a NUL character|noncharacter|'
    r'not a language tag ICU accepts')
WRONG = [42, 1.5, "x", True, None, [], {}]
# Numbers at and past the limits of an int (ranks), a whole number written as a real (1.0 is
# the integer 1 to JSON Schema), and the small ones every field has.
NUMBERS = (0, 1, 1.0, -1, 2.0, 2.5, 3, 4, 9, 10**6, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 10**12)
ODD_STRINGS = ("\u00a0", " \u3000", "a\u0007b", "a\u007fb", "a\u0085b", "a\ufffeb", "a\uffffb",
               "a\tb\nc", "a\rb")
KIND = {int: "number", float: "number", str: "string", bool: "boolean", type(None): "null",
        list: "array", dict: "object"}


def kind(v):
    return "integer" if type(v) is int else KIND[type(v)]


def mutations(doc):
    """(name, document) pairs; only the first element of each array is walked into."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for k in list(node):
                p = f"{path}.{k}" if path else k
                yield ("drop " + p, lambda n=node, k=k: n.pop(k))
                for w in WRONG:
                    if kind(w) != kind(node[k]) and not (
                            isinstance(w, (int, float)) and isinstance(node[k], (int, float))):
                        yield (f"{p} = {json.dumps(w)}",
                               lambda n=node, k=k, w=w: n.__setitem__(k, copy.deepcopy(w)))
                v = node[k]
                if isinstance(v, str):
                    yield (f'{p} = ""', lambda n=node, k=k: n.__setitem__(k, ""))
                    # blank in Unicode's sense, and characters XML and PDF cannot hold
                    for odd in ODD_STRINGS:
                        yield (f"{p} = {json.dumps(odd)}",
                               lambda n=node, k=k, o=odd: n.__setitem__(k, o))
                    for size in (10000, 10001):
                        yield (f"{p} = {size} characters",
                               lambda n=node, k=k, s=size: n.__setitem__(k, "x" * s))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    for b in NUMBERS:
                        yield (f"{p} = {b}", lambda n=node, k=k, b=b: n.__setitem__(k, b))
                yield from walk(v, p)
        elif isinstance(node, list) and node:
            yield (f"{path} = []", lambda n=node: n.clear())
            yield (f"{path} duplicated first",
                   lambda n=node: n.append(copy.deepcopy(n[0])))
            yield from walk(node[0], f"{path}[0]")

    # Each mutation applies to a fresh copy: find the node again by replaying the walk.
    names = [name for name, _ in walk(copy.deepcopy(doc), "")]
    for i, name in enumerate(names):
        d = copy.deepcopy(doc)
        for j, (_, apply) in enumerate(walk(d, "")):
            if j == i:
                apply()
                break
        out.append((name, d))
    # Lengths of lists against their limits (LOAD_MAX_KINDS, 16 languages).
    for key, limit in (("categories", 1000), ("statuses", 1000)):
        if doc.get(key):
            for n in (limit, limit + 1):
                d = copy.deepcopy(doc)
                first = d[key][0]
                d[key] = [dict(first, id=f"{first['id']}-{i}" if i else first["id"])
                          for i in range(n)]
                for i, e in enumerate(d[key]):
                    e.pop("rank", None) if key == "statuses" and i else None
                out.append((f"{n} {key}", d))
    for n in (16, 17):
        d = copy.deepcopy(doc)
        d["languages"] = ["en"] + [f"x{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(n - 1)]
        out.append((f"{n} languages", d))
    # Language tags, third in the list: well-formed BCP 47 or not, as --lang takes them.
    for tag in ("pt-BR", "zh-Hant-TW", "es-419", "de-CH-1901", "fa-IR-u-nu-latn", "en-x-a", "EN",
                "zh-min-nan", "english", "en_US", "e", "en-", "x-private", "i-klingon",
                "en-GB-oed", "englishes", "en us", "123", "en--US", "en-a", "ru-" + "x" * 62,
                "en-a-bbb-a-ccc", "de-1996-1996", "und"):
        d = copy.deepcopy(doc)
        d["languages"] = ["en", "ru", tag]
        out.append((f"languages[2] = {tag!r}", d))
    return out


def check_all(memberline, paths):
    """{path: error messages} from one `memberline check` over every path (a process each
    would take most of a minute on a busy machine)."""
    r = subprocess.run([memberline, "check", *paths], capture_output=True, text=True)
    msgs = {p: [] for p in paths}
    for line in r.stderr.split("\n"):  # not splitlines(): U+0085 in a quoted id is no line end
        if ": error: " not in line:
            continue
        head = line.split(": ", 1)[0]
        path = head if head in msgs else head.rsplit(":", 2)[0]  # FILE or FILE:LINE:COL
        msgs.setdefault(path, []).append(line)
    return msgs


def main():
    schema_path, memberline, work = sys.argv[1:4]
    rest = sys.argv[4:]
    cut = rest.index("--")
    bases, cases = rest[:cut], rest[cut + 1:]
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    os.makedirs(work, exist_ok=True)
    docs = []
    for f in cases:
        try:
            doc = json.load(open(f, encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # syntax: nothing for a schema to say
        docs.append((os.path.relpath(f), f, doc))
    for b in bases:
        base = json.load(open(b, encoding="utf-8"))
        for name, doc in mutations(base):
            docs.append((f"{os.path.relpath(b)}: {name}", None, doc))
    paths = []
    for n, (name, path, doc) in enumerate(docs):
        if path is None:
            path = os.path.join(work, f"m{n}.json")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False)
        paths.append(path)
    found = check_all(memberline, paths)
    skipped = 0
    for (name, _, doc), path in zip(docs, paths):
        schema_errors = [e.message[:100] for e in v.iter_errors(doc)]
        msgs = found[path]
        ok = not msgs
        if ok == (not schema_errors):
            print(f"PASS {name}")
        elif ok:
            print(f"FAIL {name}: check accepts, the schema says {schema_errors[0]}")
        elif all(NOT_EXPRESSIBLE.search(m) for m in msgs):
            skipped += 1
        else:
            print(f"FAIL {name}: the schema accepts, check says {msgs[0]}")
    print(f"SKIP {skipped} documents whose only errors a JSON Schema cannot express")


main()
