# The bundled data's sources (tests/tools/check_sources.py): https, no mirror or proxy hosts, no
# wrapped URLs, every event and period sourced, UN items citing their undocs.org symbol link
# first. Then the links a rendered timeline carries: the layout dump's and the PDF's link
# annotations are each event's first source. The checker is first shown to catch each kind of
# fault, so that its silence on the data means something. The SVG is checked the same way once
# it carries links.
SRC_T=$OUT/sources
mkdir -p "$SRC_T"
CHECK_SOURCES=$ROOT/tests/tools/check_sources.py

# A document with one fault of each kind; the checker must name every one.
cat >"$SRC_T/bad.json" <<'EOF'
{"events": [
 {"id": "a", "title": "Proxy", "sources": ["https://dev2.ts-export.com/carview.php?tsp=https%3A%2F%2Fwww.unodc.org%2F"]},
 {"id": "b", "title": "Plain", "sources": ["http://en.people.cn/n3/2019/1213/c90000-9640298.html"]},
 {"id": "c", "title": "Wrapped", "sources": ["https://example.org/go?u=https://example.com/"]},
 {"id": "d", "title": "None", "sources": []},
 {"id": "e", "title": "Names A/66/359", "sources": ["https://example.org/"]},
 {"id": "code-of-conduct-2011", "title": "Code", "sources": ["https://example.org/", "https://undocs.org/A/66/359"]},
 {"id": "f", "title": "French", "sources": ["https://coe.int/fr/web/cybercrime/x", "https://coe.int/fr/web/cybercrime/x"]}],
 "members": [{"id": "X", "periods": [{"status": "member", "from": "2001", "sources": []}]}]}
EOF
python3 "$CHECK_SOURCES" "$SRC_T/bad.json" >"$SRC_T/bad.out" 2>&1
for want in "events\[0\] a.*mirror/proxy" "events\[0\] a.*wraps another URL" \
    "events\[1\] b.*http:// on a host" "events\[2\] c.*wraps another URL" "events\[3\] d: no source" \
    "events\[4\] e names A/66/359" "code-of-conduct-2011: first source https://example.org/" \
    "events\[6\] f.*French copy" "events\[6\] f: a source is listed twice" \
    "members\[0\].periods\[0\] X: no source" "UN item unga-res-74-247 is missing"; do
    if grep -q "$want" "$SRC_T/bad.out"; then pass "sources checker finds: $want"; else
        fail "sources checker finds: $want" "$(head -c 300 "$SRC_T/bad.out")"; fi
done

if msg=$(python3 "$CHECK_SOURCES" "$ROOT/data/sco.json" 2>&1); then
    pass "sco sources canonical"
else
    fail "sco sources canonical" "$(echo "$msg" | head -n 5)"
fi

# The timeline links each event title to its first source, in the dump and in the PDF.
if ml render --chart timeline "$ROOT/data/sco.json" -o "$SRC_T/timeline.pdf" --height auto \
    --layout-json "$SRC_T/timeline.json" >"$SRC_T/timeline.log" 2>&1; then
    if msg=$(python3 "$CHECK_SOURCES" "$ROOT/data/sco.json" --layout "$SRC_T/timeline.json" \
        --pdf "$SRC_T/timeline.pdf" 2>&1); then
        pass "timeline pdf links are the first sources"
    else
        fail "timeline pdf links are the first sources" "$(echo "$msg" | head -n 5)"
    fi
    # Every event is drawn on the grown chart, so every event's first source is a link.
    if python3 - "$ROOT/data/sco.json" "$SRC_T/timeline.json" <<'PY'; then
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
lay = json.load(open(sys.argv[2], encoding="utf-8"))
links = {i["ref"]: i["link"] for i in lay["items"] if "link" in i}
sys.exit(0 if links == {e["id"]: e["sources"][0] for e in doc["events"]} else 1)
PY
        pass "timeline links every event"
    else
        fail "timeline links every event" "the dump's links are not one per event"
    fi
else
    fail "timeline pdf for links" "$(head -c 300 "$SRC_T/timeline.log")"
fi

# The SVG writes the same layout: where it links titles, the links are the dump's.
if ml render --chart timeline "$ROOT/data/sco.json" -o "$SRC_T/timeline.svg" --height auto \
    --layout-json "$SRC_T/timeline-svg.json" >"$SRC_T/timeline-svg.log" 2>&1; then
    if grep -q '<a[ >]' "$SRC_T/timeline.svg"; then
        if msg=$(python3 "$CHECK_SOURCES" "$ROOT/data/sco.json" \
            --layout "$SRC_T/timeline-svg.json" --svg "$SRC_T/timeline.svg" 2>&1); then
            pass "timeline svg links are the first sources"
        else
            fail "timeline svg links are the first sources" "$(echo "$msg" | head -n 5)"
        fi
    fi
else
    fail "timeline svg for links" "$(head -c 300 "$SRC_T/timeline-svg.log")"
fi
