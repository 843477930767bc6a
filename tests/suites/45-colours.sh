# Colour themes give no two statuses the same or a look-alike fill while a free look remains:
# the statuses with a "tone" and those ranked by the palette avoid each other's colours (a
# fresh review found s2 and s11, s4 and s10 in one fill, and a warning for one pair only), and
# every pair the data's own colours make alike is named in a warning. The same for the
# categories of a timeline.
# Sourced by tests/run.sh (pass, fail, ml, $OUT, $ROOT, $MEMBERLINE).
COLS=$OUT/colours
mkdir -p "$COLS"
ALIKE="python3 $ROOT/tests/tools/check_alike.py"

# alike_charts NAME DOC THEME: every chart (count as areas and as lines), each with its layout
# and warnings, then check_alike.py on all five: statuses, and on the timeline categories.
alike_charts() {
    local name=$1 doc=$2 theme=$3 c why files=()
    for c in membership count lines map timeline; do
        local args=(-c "$c")
        [ "$c" = lines ] && args=(-c count --count lines)
        if ! ml "$doc" "${args[@]}" -t "$theme" -o "$COLS/last.svg" \
            --layout-json "$COLS/$name-$c.json" >/dev/null 2>"$COLS/$name-$c.err"; then
            fail "colours $name $c renders" "$(head -c 300 "$COLS/$name-$c.err")"
            return
        fi
        files+=("$COLS/$name-$c.json" "$COLS/$name-$c.err")
    done
    if why=$($ALIKE check "$doc" "${files[@]}" 2>&1); then pass "colours $name"
    else fail "colours $name" "$why"; fi
}

# ---- 2 to 20 statuses, each with a tone, a colour of its own (some of them the palette's, a
# tone's, another status's, the "no status" grey's or a few levels off one) or neither; as
# many categories, with such a colour or none
$ALIKE gen "$COLS"
for n in $(seq 2 20); do
    for t in light dark; do
        alike_charts "$n-statuses-$t" "$COLS/alike-$n.json" "$t"
    done
done

# ---- the review's file: eleven statuses, the last two with tones
for t in light dark; do
    alike_charts "tones-$t" "$ROOT/tests/data/tones.json" "$t"
done

# ---- the data's colours: two clashing pairs get a line each; past four pairs one line counts
# and names them all (a chart keeps sixteen warnings, then only counts them)
python3 - "$COLS" <<'PY'
import json, sys
def doc(colours):
    st = [{"id": "s%d" % i, "label": "Status %d" % i, "rank": i + 1} for i in range(8)]
    for i, c in enumerate(colours):
        st[i]["color"] = c
    mem = [{"id": "M%d" % i, "name": "State %d" % i, "map": False,
            "periods": [{"status": "s%d" % i, "from": "%d" % (2000 + i)}]} for i in range(8)]
    return {"memberline": 1, "title": "Colours", "source": "Test data", "as_of": "2020-01-01",
            "statuses": st, "members": mem}
json.dump(doc(["#CC3311", "#CC3318", "#0077BB", "#0A77BB"]), open(sys.argv[1] + "/two.json", "w"))
json.dump(doc(["#CC3311"] * 6), open(sys.argv[1] + "/fifteen.json", "w"))
PY
for c in membership count map; do
    ml "$COLS/two.json" -c "$c" -o "$COLS/last.svg" >/dev/null 2>"$COLS/two.err"
    if [ "$(grep -c 'look alike' "$COLS/two.err")" = 2 ] &&
        grep -q 'statuses "s0" and "s1" look alike' "$COLS/two.err" &&
        grep -q 'statuses "s2" and "s3" look alike' "$COLS/two.err"; then
        pass "colours: two clashing pairs, a warning each ($c)"
    else fail "colours: two clashing pairs, a warning each ($c)" "$(cat "$COLS/two.err")"; fi
    ml "$COLS/fifteen.json" -c "$c" -o "$COLS/last.svg" --layout-json "$COLS/fifteen.lay" \
        >/dev/null 2>"$COLS/fifteen.err"
    if [ "$(grep -c 'look alike' "$COLS/fifteen.err")" = 1 ] &&
        grep -q '15 pairs of statuses look alike' "$COLS/fifteen.err" &&
        why=$($ALIKE check "$COLS/fifteen.json" "$COLS/fifteen.lay" "$COLS/fifteen.err"); then
        pass "colours: fifteen clashing pairs, one counted line naming each ($c)"
    else fail "colours: fifteen clashing pairs, one counted line naming each ($c)" \
        "${why:-$(cat "$COLS/fifteen.err")}"; fi
done
