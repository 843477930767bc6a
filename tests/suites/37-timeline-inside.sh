# The timeline draws everything inside its page, chooses by importance and uses its height.
# Inputs: a generated set, the SCO data and the reviewer's EU timeline (tests/data/timeline-r14: 170
# events, 4 spans, 7 categories), at every orientation x lanes x size x type scale.
TI=$OUT/tlinside
mkdir -p "$TI"
R14=$ROOT/tests/data/timeline-r14
python3 "$ROOT/tests/tools/gen_events.py" 120 5 >"$TI/g120.json"
python3 "$ROOT/tests/tools/gen_events.py" 300 7 >"$TI/g300.json"
# ti_render NAME DOC ARGS...: render DOC; its dump, alt text and facts under $TI/NAME.*.
ti_render() { timeline_render "$TI" "timeline inside" "$@"; }
tfact() { awk -v k="$2" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$TI/$1.facts"; }

# 1. Every item inside the page, and every event drawn or counted as not shown (on the
# chart, in the alt text), never drawn past the edge: a property of each layout dump.
for doc in "$TI/g120.json" "$ROOT/data/sco.json" "$R14/eu.json"; do
    b=$(basename "$doc" .json)
    total=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$doc")
    for o in "--orientation horizontal" "--orientation horizontal --lanes category" \
        "--orientation vertical"; do
        for s in "" "--size slide" "--size a4" "--size column" "-W 320px"; do
            for f in 1 3; do
                a="$o $s --font-scale $f"
                n=$b${a//[ -]/}
                # A page whose title, legend and axis alone overflow it (or, vertical, whose ticks and
                # spans leave no room across for the line) is refused, with why.
                # shellcheck disable=SC2086
                ml render -q -c timeline "$doc" $a -o "$TI/$n.png" >"$TI/$n.log" 2>&1
                if [ $? = 64 ] && grep -Eq "need ([0-9]* pt of the [0-9]* pt page|a page [0-9]* pt wide)" "$TI/$n.log"; then
                    pass "timeline inside $b $a (refused: $(grep -Eo 'need ([0-9]* pt of the [0-9]* pt|a page [0-9]* pt wide)' "$TI/$n.log"))"
                    continue
                fi
                # shellcheck disable=SC2086
                ti_render "$n" "$doc" $a || continue
                if msg=$(python3 "$ROOT/tests/tools/check_inside.py" "$TI/$n.json" 2>&1); then
                    pass "timeline inside $b $a"
                else fail "timeline inside $b $a" "$msg"; fi
                ev=$(tfact "$n" events) hid=$(tfact "$n" hidden)
                shown="Timeline of $ev event"
                [ "$ev" = 0 ] && shown="Timeline with no events"
                if [ $((ev + hid)) = "$total" ] && grep -q "$shown" "$TI/$n.txt" &&
                    { [ "$hid" = 0 ] || grep -q "more event.* not shown" "$TI/$n.txt"; }; then
                    pass "timeline inside $b $a: every event counted"
                else fail "timeline inside $b $a: every event counted" \
                    "$ev drawn + $hid not shown of $total; alt: $(head -c 200 "$TI/$n.txt")"; fi
            done
        done
    done
done
# The reviewer's case: lanes on a slide fall back to one line (said in a warning), and
# --strict fails because events are left out.
ml render -c timeline "$R14/eu.json" --lanes category --size slide -o "$TI/lanes-slide.png" \
    --layout-json "$TI/lanes-slide.json" >"$TI/lanes-slide.log" 2>&1 &&
    grep -q "lanes do not fit" "$TI/lanes-slide.log" &&
    python3 "$ROOT/tests/tools/check_inside.py" "$TI/lanes-slide.json" >/dev/null &&
    pass "timeline inside lanes on a slide: one line, said" ||
    fail "timeline inside lanes on a slide: one line, said" "$(head -c 300 "$TI/lanes-slide.log")"
expect_exit "timeline inside --strict fails on a slide that leaves events out" 65 render \
    -c timeline "$R14/eu.json" --lanes category --size slide --strict -o "$TI/strict.png"
# Large type on a narrow page keeps ordinary words whole: no line of any text (the SVG sets
# each line pango broke as its own tspan) is a piece of a word ("Kingdo", then "m"). Words
# are the document's, the alt text's and the legend's.
for a in "--size a4 --font-scale 3" "--size column --font-scale 2" "-W 320px --font-scale 2"; do
    n=words${a//[ -]/}
    # shellcheck disable=SC2086
    ml render -q -c timeline "$R14/eu.json" $a -f svg -o "$TI/$n.svg" --alt-text "$TI/$n.txt" \
        2>/dev/null || {
        fail "timeline inside words whole $a" "no SVG"
        continue
    }
    msg=$(python3 - "$TI/$n.svg" "$R14/eu.json" "$TI/$n.txt" <<'PY'
import json, re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
text = json.dumps(json.load(open(sys.argv[2], encoding="utf-8")), ensure_ascii=False)
text += open(sys.argv[3], encoding="utf-8").read() + " year or month only approximate date"
words = set(re.findall(r"[^\s\"]+", text))
words |= {w.strip(".,;:()") for w in words}
lines = re.findall(r'<tspan x="[^"]*"[^>]*>([^<]*)</tspan>', svg)
def piece(t):
    return (t not in words and not re.search(r"[0-9]", t) and
            any(len(w) > len(t) and (w.startswith(t) or w.endswith(t)) for w in words))
bad = [l for l in lines if any(piece(t) for t in l.split())]
print(f"{len(lines)} lines; pieces of words: {bad[:4]}" if bad or not lines else "")
PY
)
    if [ -z "$msg" ]; then pass "timeline inside words whole $a"; else
        fail "timeline inside words whole $a" "$msg"; fi
done

# 2. The most important first: no event is left out while a less important one is drawn,
# unless its date is crowded (two markers drawn within two marker widths of it: there is
# no room for a marker of its own there at this size).
for doc in "$R14/eu.json" "$ROOT/data/sco.json" "$R14/big100.json"; do
    for s in "" "--size slide" "--size a4-landscape" "--size a4" "--size column"; do
        n=rank$(basename "$doc" .json)${s//[ -]/}
        # shellcheck disable=SC2086
        ti_render "$n" "$doc" $s || continue
        if [ "$(tfact "$n" inversions_free)" = 0 ]; then
            pass "timeline importance first $(basename "$doc") ${s:-default}"
        else fail "timeline importance first $(basename "$doc") ${s:-default}" \
            "$(tr '\n' ' ' <"$TI/$n.facts")"; fi
    done
done
# The reviewer's slide: every importance-1 event left out means no importance-2 one drawn.
[ "$(tfact rankeusizeslide inversions)" = 0 ] && pass "timeline importance first eu slide, strictly" ||
    fail "timeline importance first eu slide, strictly" "$(tfact rankeusizeslide inversions) inversions"

# 3. The height is used: while events are left out, at most 30% of the plot (from under the
# legend to the axis) is left empty above the labels; a day drawn wide holds all its
# markers (60 events on 3 days at the default size).
for doc in "$R14/eu.json" "$TI/g300.json" "$R14/dense3.json"; do
    for s in "" "--size slide" "--size a4-landscape" "--size letter-landscape"; do
        n=use$(basename "$doc" .json)${s//[ -]/}
        # shellcheck disable=SC2086
        ti_render "$n" "$doc" $s || continue
        e=$(tfact "$n" empty) hid=$(tfact "$n" hidden)
        if [ "$hid" = 0 ] || awk -v e="$e" 'BEGIN { exit !(e <= 0.30) }'; then
            pass "timeline height used $(basename "$doc") ${s:-default}"
        else fail "timeline height used $(basename "$doc") ${s:-default}" \
            "$hid not shown with $e of the plot empty"; fi
    done
done
[ "$(tfact usedense3 events)" = 60 ] && pass "timeline 60 events on 3 days all drawn" ||
    fail "timeline 60 events on 3 days all drawn" "$(tfact usedense3 events) of 60"

# 4. The default size's one rule (--help, man page, README): 16:9 when every event fits,
# else it grows until they do, to three times that height at most.
for doc in "$R14/eu.json" "$TI/g120.json" "$TI/g300.json" "$ROOT/data/sco.json" "$R14/big100.json"; do
    n=use$(basename "$doc" .json)
    [ -f "$TI/$n.json" ] || ti_render "$n" "$doc" || continue
    hid=$(tfact "$n" hidden)
    h=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["height"])' "$TI/$n.json")
    if awk -v h="$h" -v x="$hid" -v d="$(basename "$doc")" 'BEGIN {
        # at least the 16:9 page, at most three; a file left incomplete (no crowding in the
        # generated ones) has grown past one page
        if (h < 675 - 0.01 || h > 3 * 675 + 0.01) exit 1
        if (x > 0 && d ~ /^g/ && h <= 675 + 0.01) exit 1 }'; then
        pass "timeline default height rule $(basename "$doc")"
    else fail "timeline default height rule $(basename "$doc")" "$h pt tall with $hid not shown"; fi
done
ml render --help 2>&1 | tr -s ' \n' ' ' | grep -q "a timeline to three times 16:9 at most" &&
    grep -q "to three times that height at most" "$ROOT/docs/memberline.1" &&
    grep -q "three times that height at" "$ROOT/README.md" &&
    pass "timeline default height rule documented alike" ||
    fail "timeline default height rule documented alike" "--help, man page and README differ"
