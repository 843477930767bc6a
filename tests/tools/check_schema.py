#!/usr/bin/env python3
"""Keep schema/memberline.schema.json and the loader in agreement.

Usage: check_schema.py SCHEMA FILE...
A FILE under an `invalid/` case folder (with its `expected` message beside it) whose message is
about the shape of the document (unknown key, missing key, wrong type, a value outside a fixed
set) must be rejected by the schema as well; every other FILE (valid cases, bundled data,
examples) must pass it. Rules only memberline checks (real dates, order, overlaps, references,
world map codes) are not asked of the schema. Prints one line per file: "PASS name" or
"FAIL name: why"."""
import json
import os
import re
import sys

import jsonschema

SHAPE = re.compile(r'unknown key|: missing "|error: expected |is not a tone|'
                   r'error: no (names|codes|members)|not an ISO 3166 alpha-3')


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    for f in sys.argv[2:]:
        name = os.path.relpath(f)
        try:
            doc = json.load(open(f, encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # syntax cases: nothing for a schema to say
        if isinstance(doc, dict) and ("memberline_batch" in doc or "jobs" in doc):
            continue  # a batch manifest, not data
        errors = [e.message[:120] for e in v.iter_errors(doc)]
        expected = os.path.join(os.path.dirname(f), "expected")
        if "/invalid/" in f:
            if not SHAPE.search(open(expected, encoding="utf-8").read()):
                continue
            print(f"PASS {name}" if errors else f"FAIL {name}: the schema accepts it")
        else:
            print(f"FAIL {name}: {errors[0]}" if errors else f"PASS {name}")


main()
