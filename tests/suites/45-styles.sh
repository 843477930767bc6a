# Every chart takes its status and category styles and its page frame from one place (issue 13):
# the print theme keeps every status apart, a colour given in the data reaches every chart and
# legend, many members and huge labels render at every size, legends stay on narrow pages.
# Sourced by tests/run.sh (pass, fail, ml, $OUT, $ROOT, $MEMBERLINE).
if "$MEMBERLINE" --help 2>&1 | grep -q -- --layout-json; then
    S=$OUT/styles
    mkdir -p "$S"
    STYLES="python3 $ROOT/tests/tools/check_styles.py"
    CHARTS="timeline membership count map"

    # styled NAME CHECK... -- ARGS...: render ARGS with a layout dump, then run check_styles.py
    # CHECK on it.
    styled() {
        local name=$1 why
        shift
        local check=()
        while [ "$1" != -- ]; do check+=("$1"); shift; done
        shift
        ml "$@" -o "$S/last.svg" --layout-json "$S/last.json" >"$S/last.out" 2>"$S/last.err"
        local rc=$?
        if [ "$rc" != 0 ]; then
            fail "$name" "exit $rc: $(head -c 300 "$S/last.err")"
        elif why=$($STYLES "${check[0]}" "$S/last.json" "${check[@]:1}" 2>&1); then
            pass "$name"
        else
            fail "$name" "$why"
        fi
    }

    # ---- print theme: every two statuses differ in shade or pattern, in every chart; greys
    # sharing a pattern, and the no-status grey, stay 30 levels apart
    for f in data/sco.json tests/data/many-statuses.json tests/data/print-theme-stacked-areas.json; do
        [ -f "$ROOT/$f" ] || continue
        for c in $CHARTS; do
            styled "print distinct $(basename "$f" .json) $c" distinct --min-shade 30 -- \
                "$ROOT/$f" -c "$c" --theme print
        done
        styled "print distinct $(basename "$f" .json) count lines" distinct --min-shade 30 -- \
            "$ROOT/$f" -c count --count lines --theme print
    done
    # twelve statuses get twelve fills on screen themes (then patterns)
    for t in light dark; do
        for c in membership count map; do
            styled "$t distinct many-statuses $c" distinct -- "$ROOT/tests/data/many-statuses.json" \
                -c "$c" --theme "$t"
        done
    done

    # ---- a colour in the data is used by every chart and legend that shows its status or
    # category (the map ignored status colours, the timeline category colours)
    COL=$ROOT/tests/data/colours.json
    for t in light dark; do
        for c in membership count map; do
            styled "data colours $t $c" colour member=#2E8B57 observer=#8E44AD applicant=#D35400 \
                -- "$COL" -c "$c" --theme "$t"
        done
        styled "data colours $t timeline" colour "treaty,e1,e3=#C0392B" "meeting,e2=#1F77B4" \
            -- "$COL" -c timeline --theme "$t"
    done

    # ---- two statuses that still look alike are named in a warning
    python3 - "$COL" "$S/alike.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["statuses"][1]["color"] = "#2E8B5A"  # all but the member's colour
json.dump(d, open(sys.argv[2], "w"))
PY
    for c in membership count map; do
        ml "$S/alike.json" -c "$c" -o "$S/alike.svg" >/dev/null 2>"$S/alike.err"
        if grep -q 'statuses "member" and "observer" look alike' "$S/alike.err"; then
            pass "alike warning $c"
        else fail "alike warning $c" "no warning: $(head -c 300 "$S/alike.err")"; fi
    done
    ml "$COL" -c membership -o "$S/alike.svg" >/dev/null 2>"$S/alike.err"
    if grep -q "look alike" "$S/alike.err"; then
        fail "no alike warning for distinct colours" "$(head -c 300 "$S/alike.err")"
    else pass "no alike warning for distinct colours"; fi

    # ---- 700 members joining four days apart: every chart at every size preset and 100 in
    # tall (count.c's fixed array of 256 placed labels overflowed here)
    python3 "$ROOT/tests/tools/gen_members.py" 700 4 >"$S/many.json"
    for c in $CHARTS; do
        for size in slide slide-4x3 a4 a4-landscape letter letter-landscape column "a4 -H 100in"; do
            # shellcheck disable=SC2086 # "a4 -H 100in" is two options
            if ml "$S/many.json" -c "$c" -s $size -o "$S/many.svg" >/dev/null 2>"$S/many.err"; then
                pass "700 members $c $size"
            else fail "700 members $c $size" "exit $?: $(head -c 300 "$S/many.err")"; fi
        done
    done

    # ---- 80 spans that all overlap: 80 rows, no two labels on one another (the rows were
    # kept in a fixed array of 64, and spans past it were piled onto row 63)
    python3 - >"$S/spans.json" <<'PY'
import json
spans = [{"id": "s%d" % i, "from": "%d-01-01" % (1900 + i), "to": "1990-01-01",
          "title": "Span %d" % i} for i in range(80)]
print(json.dumps({"memberline": 1, "title": "Spans", "source": "Test data", "as_of": "2000-01-01",
                  "categories": [{"id": "c", "label": "C"}], "statuses": [], "members": [],
                  "events": [{"id": "e", "date": "1950-01-01", "title": "E", "category": "c",
                              "sources": []}], "spans": spans}))
PY
    if ml "$S/spans.json" -c timeline -o "$S/spans.svg" --layout-json "$S/spans.lay" >/dev/null 2>&1 &&
        why=$(python3 "$ROOT/tests/tools/check_layout.py" "$S/spans.lay" 2>&1); then
        pass "80 overlapping spans"
    else fail "80 overlapping spans" "${why:-render failed}"; fi

    # ---- labels of 10,000 bytes of Cyrillic (the documented limit for one text): every chart
    # in every format, the whole label in the layout dump (text buffers cut them mid-letter and
    # PDF output failed with exit 70); a legend entry or end label cut to a few lines with "…"
    # keeps it whole as the item's tip
    python3 "$ROOT/tests/tools/gen_members.py" 20 30 10000 >"$S/long.json"
    for c in $CHARTS; do
        for fmt in png svg pdf; do
            ml "$S/long.json" -c "$c" -o "$S/long.$fmt" --layout-json "$S/long.json.$c" \
                >/dev/null 2>"$S/long.err"
            rc=$?
            if [ "$rc" != 0 ]; then
                fail "10000-byte labels $c $fmt" "exit $rc: $(head -c 300 "$S/long.err")"
            elif python3 - "$S/long.json" "$S/long.json.$c" "$c" <<'PY'; then
import json, sys
doc, lay, chart = (json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3])
want = doc["categories" if chart == "timeline" else "statuses"][0]["label"]
texts = [i.get(k, "") for i in lay["items"] if i["kind"] == "text" for k in ("text", "tip")]
sys.exit(0 if any(want in t for t in texts) else 1)
PY
                pass "10000-byte labels $c $fmt"
            else fail "10000-byte labels $c $fmt" "the full label is not in the layout dump"; fi
        done
    done

    # ---- legends with long entries stay on a 320 px page
    for c in $CHARTS; do
        ml "$ROOT/tests/data/long-legend-entries.json" -c "$c" -W 320px -o "$S/narrow.svg" \
            --layout-json "$S/narrow.json" >/dev/null 2>&1
        if python3 - "$S/narrow.json" <<'PY'; then
import json, sys
d = json.load(open(sys.argv[1]))
legend = [i for i in d["items"] if i.get("role") in ("legend", "legend-symbol")]
off = [i for i in legend if i["box"][0] < 0 or i["box"][0] + i["box"][2] > d["width"] + 0.01]
sys.exit(1 if off or not legend else 0)
PY
            pass "legend on a 320px page $c"
        else fail "legend on a 320px page $c" "a legend entry runs off the page (or none drawn)"; fi
    done

    # ---- alt text dates in the chart's language, as the timeline and the map had them
    if [ -f "$ROOT/data/sco.json" ]; then
        for c in membership count; do
            ml "$ROOT/data/sco.json" -c "$c" --lang ru -o "$S/ru.svg" >/dev/null 2>&1
            if grep -q '<desc[^>]*>.*октября 2025' "$S/ru.svg"; then pass "alt text dates in ru $c"
            else fail "alt text dates in ru $c" "$(grep -o '<desc[^>]*>.\{0,200\}' "$S/ru.svg")"; fi
        done
    fi
fi

# ---- one rank order: two statuses of equal rank keep their groups whole (data order breaks
# the tie), in membership as in the legends (found by a fresh review: a status split in two)
STY_TIE="$OUT/styles-tie"
mkdir -p "$STY_TIE"
cat >"$STY_TIE/tie.json" <<'JSON'
{"memberline": 1, "title": "Same rank", "source": "Test data",
 "statuses": [{"id": "m", "label": "Member", "rank": 1}, {"id": "p", "label": "Partner", "rank": 1}],
 "members": [{"id": "A", "name": "A", "periods": [{"status": "m", "from": "2001"}]},
             {"id": "B", "name": "B", "periods": [{"status": "p", "from": "2002"}]},
             {"id": "C", "name": "C", "periods": [{"status": "m", "from": "2003"}]}]}
JSON
if ml "$STY_TIE/tie.json" -c membership -o "$STY_TIE/tie.svg" --layout-json "$STY_TIE/tie.json.out" &&
    [ "$(python3 -c 'import json,sys; print("|".join(i["text"] for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "group"))' "$STY_TIE/tie.json.out")" = "Member (2)|Partner (1)" ]; then
    pass "styles: equal ranks keep each status's group whole"
else fail "styles: equal ranks keep each status's group whole"; fi

# ---- print: up to eight statuses differ in grey (25 levels or more) AND pattern in every chart,
# none takes the suspension's diagonal hatch (or a hatch like it) or the plain no-status look;
# past eight a warning says so, and still no two statuses look the same. Generated data: N
# statuses, a member each on the map, the first one suspended.
STY_MANY="$OUT/styles-many"
mkdir -p "$STY_MANY"
python3 - "$STY_MANY" <<'PY'
import json, sys
iso = "FRA DEU ITA ESP POL SWE NOR FIN AUT CHE BEL NLD PRT GRC HUN CZE ROU BGR IRL DNK".split()
def doc(n):
    st = [{"id": "s%02d" % i, "label": "Status %d" % i, "rank": i + 1} for i in range(n)]
    mem = [{"id": "M%02d" % i, "name": "State %d" % i,
            "periods": [{"status": "s%02d" % i, "from": "%d-01-01" % (2000 + i % 20)}]}
           for i in range(n)]
    for i, m in enumerate(mem):
        if i < len(iso):
            m["iso3"] = iso[i]
        else:
            m["map"] = False
    mem[0]["periods"][0]["suspended"] = [{"from": "2015-01-01"}]
    return {"memberline": 1, "title": "%d statuses" % n, "source": "Test data",
            "as_of": "2020-01-01", "statuses": st, "members": mem}
for n in (2, 7, 8, 12, 16, 22):
    json.dump(doc(n), open("%s/st%d.json" % (sys.argv[1], n), "w"))
json.dump({"name": "greys7", "background": "#FFFFFF", "text": "#000000", "patterns": True,
           "status_palette": ["#1A1A1A", "#363636", "#525252", "#6E6E6E", "#8A8A8A", "#A6A6A6",
                              "#C2C2C2"]}, open(sys.argv[1] + "/greys7.json", "w"))
PY
for n in 2 8 12 16; do
    crowded=()
    [ "$n" -gt 8 ] && crowded=(--crowded)
    for c in membership count map; do
        styled "print apart $n statuses $c" apart --min-shade 25 "${crowded[@]}" -- \
            "$STY_MANY/st$n.json" -c "$c" -t print
        if [ "$n" -gt 8 ]; then
            grep -q 'tells 8 statuses apart by grey and pattern both' "$S/last.err"
        else ! grep -q 'look' "$S/last.err"; fi && pass "print $n statuses $c: warned past 8 only" ||
            fail "print $n statuses $c: warned past 8 only" "$(head -c 400 "$S/last.err")"
    done
done
styled "print apart 8 statuses count lines" apart --min-shade 25 -- "$STY_MANY/st8.json" \
    -c count --count lines -t print
# Colour themes: past their twelve fills statuses get patterns, never the suspension's hatch.
for t in light dark; do
    for c in membership count map; do
        ml "$STY_MANY/st16.json" -c "$c" -t "$t" -o "$STY_MANY/l.svg" \
            --layout-json "$STY_MANY/l.json" 2>/dev/null
        if python3 - "$STY_MANY/l.json" <<'PY'; then pass "$t 16 statuses $c: no status hatched"
import json, sys
items = json.load(open(sys.argv[1]))["items"]
pats = {(i.get("status"), i.get("pattern")) for i in items if i.get("status")
        and i.get("role") in ("bar", "area", "legend-symbol")}
bad = [p for p in pats if p[1] in ("hatch", "cross", "backhatch")]
sys.exit(1 if bad or len({s for s, p in pats if p}) < 4 else 0)  # s12..s15 patterned
PY
        else fail "$t 16 statuses $c: no status hatched"; fi
    done
done
# The warning past the looks says what applies in print: no "color" of the data; a theme file
# with more greys only while it has fewer greys than patterns. Such a theme (7 greys) keeps 7
# statuses apart.
for c in count membership map; do
    ml "$STY_MANY/st22.json" -c "$c" -t print -o "$STY_MANY/p.png" 2>"$STY_MANY/p.err"
    if grep -q 'share a grey (greys #.* patterns .*): a grayscale theme with patterns tells 8 statuses apart by grey and pattern both (8 greys, 8 patterns) and the data has 22' "$STY_MANY/p.err" &&
        ! grep -q '"status_palette"' "$STY_MANY/p.err" && ! grep -q 'another "color"' "$STY_MANY/p.err"; then
        pass "print: past 8 statuses the warning says what applies ($c)"
    else fail "print: past 8 statuses the warning says what applies ($c)" "$(cat "$STY_MANY/p.err")"; fi
    ml "$STY_MANY/st8.json" -c "$c" -t "$STY_MANY/greys7.json" -o "$STY_MANY/p7.png" 2>"$STY_MANY/p7.err"
    if grep -q 'tells 7 statuses apart .* more greys in "status_palette"' "$STY_MANY/p7.err"; then
        pass "print: 7 greys, 8 statuses: the warning names more greys ($c)"
    else fail "print: 7 greys, 8 statuses: the warning names more greys ($c)" "$(cat "$STY_MANY/p7.err")"; fi
    ml "$STY_MANY/st7.json" -c "$c" -t "$STY_MANY/greys7.json" --strict -o "$STY_MANY/p7.png" \
        2>"$STY_MANY/p7.err"
    if [ $? = 0 ]; then pass "print: a theme file of 7 greys tells 7 statuses apart ($c)"
    else fail "print: a theme file of 7 greys tells 7 statuses apart ($c)" "$(cat "$STY_MANY/p7.err")"; fi
done
styled "print: 7 statuses with 7 greys apart" apart --min-shade 25 -- \
    "$STY_MANY/st7.json" -c count -t "$STY_MANY/greys7.json"
# ... and past the print theme's 16 category looks (4 greys x 4 marker shapes) likewise.
python3 - "$STY_MANY" <<'PY'
import json, sys
cats = [{"id": "c%02d" % i, "label": "Category %d" % i} for i in range(18)]
ev = [{"id": "e%02d" % i, "date": "%d-01-01" % (2000 + i), "title": "Event %d" % i,
       "category": "c%02d" % i, "sources": []} for i in range(18)]
json.dump({"memberline": 1, "title": "Categories", "source": "Test data", "as_of": "2020-01-01",
           "categories": cats, "statuses": [], "members": [], "events": ev},
          open(sys.argv[1] + "/cat18.json", "w"))
PY
ml "$STY_MANY/cat18.json" -c timeline -t print -o "$STY_MANY/c.png" 2>"$STY_MANY/c.err"
if grep -q 'categories "c00" and "c16" look alike: a grayscale theme tells 16 categories apart' \
    "$STY_MANY/c.err"; then pass "print: past 16 categories a warning says what applies"
else fail "print: past 16 categories a warning says what applies" "$(cat "$STY_MANY/c.err")"; fi
