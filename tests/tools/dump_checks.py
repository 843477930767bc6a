"""The command line the layout-dump checkers share: `TOOL CHECK DUMP.json [ARGS...]` runs one
named check over a --layout-json dump; it prints why it failed and exits 1, or exits 0."""
import json
import sys


def run(checks, doc, argv):
    if len(argv) < 3 or argv[1] not in checks:
        sys.exit(doc)
    with open(argv[2], encoding="utf-8") as f:
        dump = json.load(f)
    why = checks[argv[1]](dump, argv[3:])
    if why:
        print(why)
        return 1
    return 0
