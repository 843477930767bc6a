# What a membership or count chart does with what will not fit: long names shortened so that
# rows still read apart (review r15b fault 2), a chart whose members all join later (fault 7),
# a fixed height too small for the frame and a row (fault 14), and --font-scale at every size
# (fault 15). Each checked on the layout dump (tests/tools/check_pages.py). Sourced by
# tests/run.sh (pass, fail, ml, $OUT, $ROOT, $MEMBERLINE).
RF=$OUT/rows-fit
mkdir -p "$RF"
MB=$ROOT/tests/data/membership
CW=$MB/commonwealth.json
PAGES="python3 $ROOT/tests/tools/check_pages.py"

# page_fact NAME CHECK LAYOUT [ARGS...]: one check_pages.py fact.
# shellcheck disable=SC2086
page_fact() { tool_fact "$1" $PAGES "${@:2}"; }

# draw NAME DATA ARGS...: render to $RF/NAME.pdf with its dump; fail NAME unless it exits 0.
draw() {
    local name=$1 data=$2 rc
    shift 2
    ml "$data" "$@" -q -o "$RF/$name.pdf" --layout-json "$RF/$name.json" 2>"$RF/$name.err"
    rc=$?
    [ "$rc" = 0 ] && return 0
    fail "$name" "exit $rc: $(head -c 300 "$RF/$name.err")"
    return 1
}

# ---- names: rows whose names differ read apart, and a shortened name takes the column
for size in default a4 slide column; do
    args=()
    [ "$size" = default ] || args=(--size "$size")
    for data in big-names arab-league; do
        if draw "names $data $size" "$MB/$data.json" -c membership "${args[@]}"; then
            page_fact "names apart: $data $size" names-apart "$RF/names $data $size.json"
        fi
    done
    if draw "names un $size" "$ROOT/tests/data/model/un-review.json" -c membership "${args[@]}"
    then
        page_fact "names apart: un $size" names-apart "$RF/names un $size.json"
    fi
done
if draw "names all rows" "$MB/big-names.json" -c membership --size a4; then
    page_fact "names: every row of big-names drawn" rows "$RF/names all rows.json" 320
fi
# The end that tells the name is kept: "People's Democratic R…Yemen", not "…Republic…".
if draw "names yemen" "$MB/arab-league.json" -c membership --size column; then
    grep -q '"role": "name", "text": "People[^"]*Yemen"' "$RF/names yemen.json" &&
        pass "names: a shortened name keeps its last word" ||
        fail "names: a shortened name keeps its last word" \
            "$(grep -o '"text": "People[^"]*"' "$RF/names yemen.json")"
fi
# A slide with few rows has room for two lines: a long name wraps instead of being cut.
printf '%s' '{"memberline":1,"title":"Two lines","as_of":"2020-01-01",
 "statuses":[{"id":"m","label":"Member","rank":1}],"members":[
 {"id":"A","name":"The Federal Democratic Republic of the Northern and Southern Isles","periods":[{"status":"m","from":"1990"}]},
 {"id":"B","name":"The Federal Democratic Republic of the Northern and Southern Atolls","periods":[{"status":"m","from":"1995"}]},
 {"id":"C","name":"Chad","periods":[{"status":"m","from":"2000"}]}]}' >"$RF/two-lines.json"
if draw "names two lines" "$RF/two-lines.json" -c membership --size slide; then
    python3 - "$RF/names two lines.json" <<'EOF' && pass "names: a long name wraps on a tall row" ||
import json, sys
names = [i for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "name"]
wrapped = [i for i in names if i.get("wrap") and "\u2026" not in i["text"]]
sys.exit(0 if len(wrapped) == 2 else f"{len(wrapped)} whole names wrapped: {names}")
EOF
        fail "names: a long name wraps on a tall row"
fi

# ---- every member joins after the chart's date: say so, not "No data"
for c in membership count; do
    if ml "$CW" -c "$c" --as-of 1920-01-01 --strict -q -o "$RF/later-$c.png" \
        --layout-json "$RF/later-$c.json" --alt-text "$RF/later-$c.txt" 2>"$RF/later-$c.err"; then
        if grep -q '"role": "joins-later", "text": "60 members join after the chart.s date"' \
            "$RF/later-$c.json" && ! grep -q '"role": "no-data"' "$RF/later-$c.json" &&
            grep -q "60 members join after the chart's date" "$RF/later-$c.txt"; then
            pass "joins later: $c says 60 members join later"
        else
            fail "joins later: $c says 60 members join later" \
                "$(grep -o '"role": "\(no-data\|joins-later\)"[^}]*' "$RF/later-$c.json")"
        fi
    else
        fail "joins later: $c" "exit $?: $(head -c 300 "$RF/later-$c.err")"
    fi
done
if [ -f "$ROOT/data/world-110m.txt" ]; then
    if ml "$CW" -c map --as-of 1920-01-01 --strict -q -o "$RF/later-map.png" \
        --layout-json "$RF/later-map.json" --alt-text "$RF/later-map.txt" 2>/dev/null &&
        grep -q '"role": "legend", "text": "60 members join after the chart.s date"' \
            "$RF/later-map.json" && grep -q "60 members join after" "$RF/later-map.txt"; then
        pass "joins later: the map's legend says 60 members join later"
    else
        fail "joins later: the map's legend says 60 members join later" \
            "$(grep -o '"role": "legend", "text": "[^"]*"' "$RF/later-map.json")"
    fi
fi
if ml "$CW" -c membership --as-of 1920-01-01 --lang fr -q -o "$RF/later-fr.png" \
    --layout-json "$RF/later-fr.json" 2>/dev/null &&
    grep -q '"role": "joins-later", "text": "60 membres' "$RF/later-fr.json"; then
    pass "joins later: translated"
else
    fail "joins later: translated" "$(grep -o '"role": "joins-later"[^}]*' "$RF/later-fr.json")"
fi

# ---- a fixed height too small for the frame and one row (a count chart's plot, a map) is
# refused, naming the height it needs; that height itself works, with a member row on every
# page and nothing overlapping.
SMALL=(membership count)
[ -f "$ROOT/data/world-110m.txt" ] && SMALL+=(map)
for c in "${SMALL[@]}"; do
    h=150px
    [ "$c" = map ] && h=100px # a map takes what room is left: it needs less
    ml "$CW" -c "$c" -W 800px -H "$h" -o "$RF/tiny-$c.png" >/dev/null 2>"$RF/tiny-$c.err"
    rc=$?
    need=$(grep -o 'need a page [0-9]* pt' "$RF/tiny-$c.err" | grep -o '[0-9]*')
    if [ "$rc" != 64 ] || [ -z "$need" ]; then
        fail "small height: $c refused" "exit $rc: $(head -c 300 "$RF/tiny-$c.err")"
        continue
    fi
    pass "small height: $c refused"
    # At this width the type does not change with heights this small: the boundary is exact.
    expect_exit "small height: $c 1 pt under the minimum" 64 "$CW" -c "$c" -W 800px \
        -H "$((need - 1))pt" -q -o "$RF/under-$c.png"
    if draw "small height $c at the minimum" "$CW" -c "$c" -W 800px -H "${need}pt"; then
        page_fact "small height: $c at the minimum is clean" clean \
            "$RF/small height $c at the minimum.json"
        [ "$c" = membership ] && page_fact "small height: every row at the minimum" rows \
            "$RF/small height $c at the minimum.json" 60
    fi
done

# ---- --font-scale: row type grows with the rest; nothing overlaps or leaves the page. A
# page too small for the frame at that scale is refused (exit 64, naming the height), but
# every size draws at scales up to 2.
for size in a4 slide column; do
    for fs in 0.5 1 1.5 2 2.5 3 4; do
        for c in membership count; do
            name="font-scale $c $size $fs"
            ml "$CW" -c "$c" --size "$size" --font-scale "$fs" -q -o "$RF/fs.pdf" \
                --layout-json "$RF/fs.json" 2>"$RF/fs.err"
            rc=$?
            if [ "$rc" = 64 ] && awk "BEGIN { exit !($fs > 2) }" &&
                grep -q 'need a page [0-9]* pt .*use a smaller --font-scale' "$RF/fs.err"; then
                pass "$name refused"
                continue
            elif [ "$rc" != 0 ]; then
                fail "$name" "exit $rc: $(head -c 300 "$RF/fs.err")"
                continue
            fi
            page_fact "$name clean" clean "$RF/fs.json"
            if [ "$c" = membership ]; then
                page_fact "$name rows" rows "$RF/fs.json" 60
                page_fact "$name row type" row-type "$RF/fs.json"
            fi
        done
    done
done
