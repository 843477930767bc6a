# The count and map charts draw what the format's model can say: suspensions as hatching,
# successor states counted once, iso3 lists and "map": false, end labels that match the drawn
# stack, narrow widths, No data and status tones; each checked on the layout dump against the
# data (tests/tools/model_charts.py).
MD=$ROOT/tests/data/model
MC=$OUT/model-charts
mkdir -p "$MC"
EMPTY=$MC/empty.json
printf '{"memberline":1,"title":"Empty","as_of":"2020-01-01","statuses":[],"members":[]}' >"$EMPTY"

# mc NAME CHECK DATA [TOOL ARGS...] -- [CHECK ARGS...]: draw, then check the dump.
mc() {
    local name=$1 check=$2 data=$3 args=() msg
    shift 3
    while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    ml "$data" "${args[@]}" -o "$MC/$name.png" --layout-json "$MC/$name.json" \
        >"$MC/$name.out" 2>"$MC/$name.err"
    local rc=$?
    if [ "$rc" != 0 ]; then
        fail "$name" "exit $rc: $(head -c 300 "$MC/$name.err")"
        return
    fi
    if msg=$(python3 "$ROOT/tests/tools/model_charts.py" "$check" "$data" "$MC/$name.json" "$@" 2>&1)
    then pass "$name"; else fail "$name" "$msg"; fi
}

UNION=$ROOT/docs/examples/example-union.json
for f in "$UNION" "$MD/cartel.json" "$MD/czechoslovakia.json" "$MD/late-change.json"; do
    b=$(basename "$f" .json)
    for mode in stacked lines; do
        mc "count steps $b $mode" steps "$f" -c count --count "$mode"
    done
done
mc "count suspended hatched union" hatched "$UNION" -c count
mc "count suspended hatched cartel" hatched "$MD/cartel.json" -c count -t print
mc "count end labels late change" end-labels "$MD/late-change.json" -c count
for w in 300px 320px; do
    mc "count narrow $w" half-plot "$ROOT/tests/data/long-legend-entries.json" -c count -W "$w"
done
mc "count no data" no-data "$EMPTY" -c count
mc "map no data" no-data "$EMPTY" -c map
for t in light dark; do
    mc "tones $t union" tones "$UNION" -c count -t "$t"
    mc "tones $t cartel" tones "$MD/cartel.json" -c count -t "$t"
    mc "tones $t ranked against" tones "$MD/tones.json" -c count -t "$t"
done

if [ -f "$ROOT/data/world-110m.txt" ]; then
    # A federation with an iso3 list colours each shape; its successors take them over.
    mc "map iso3 list" countries "$UNION" -c map --as-of 1992-01-01 -- CZ=member SK=member
    mc "map successors" countries "$MD/czechoslovakia.json" -c map -- CZ=member SK=member
    mc "map predecessor" countries "$MD/czechoslovakia.json" -c map --as-of 1980-01-01 \
        -- CZ=member SK=member
    mc "map gap between states" countries "$MD/czechoslovakia.json" -c map \
        --as-of 1993-01-10 -- CZ=null SK=null
    mc "map suspended hatched" countries "$UNION" -c map -- FR=member:hatch DE=member
    mc "map suspension over" countries "$UNION" -c map --as-of 2012-01-01 -- FR=member
    mc "map not on the map" legend-text "$MD/cartel.json" -c map --strict \
        -- "2 members not on the map"
    mc "map not on the map union" legend-text "$UNION" -c map -- "1 member not on the map"
    if grep -q "match no country" "$MC/map not on the map union.err"; then
        fail "map: false warns" "$(cat "$MC/map not on the map union.err")"
    else pass "map: false warns"; fi
    # A member the map cannot match (no iso3, an id that is no alpha-2 code, no "map": false):
    # check warns with its path and --strict fails; the map counts it as not on the map.
    printf '%s' '{"memberline":1,"title":"Shapes","as_of":"2020-01-01","statuses":[{"id":"m","label":"M","rank":1}],"members":[{"id":"FR","name":"France","periods":[{"status":"m","from":"2000"}]},{"id":"club","name":"A club","periods":[{"status":"m","from":"2001"}]}]}' >"$MC/shapeless.json"
    expect_exit "check warns of a shapeless member" 0 check -q "$MC/shapeless.json"
    grep -qF 'members[1] (id "club"): warning: the map has no shape for "club"' "$OUT/last.err" &&
        pass "check names the shapeless member" ||
        fail "check names the shapeless member" "$(cat "$OUT/last.err")"
    expect_exit "check --strict fails on a shapeless member" 65 check --strict -q "$MC/shapeless.json"
    expect_exit "strict map fails on a shapeless member" 65 --strict -c map -o "$MC/shapeless-strict.png" "$MC/shapeless.json"
    [ ! -e "$MC/shapeless-strict.png" ] && pass "strict map writes nothing" || fail "strict map writes nothing"
    mc "map counts a shapeless member" legend-text "$MC/shapeless.json" -c map -- "1 member not on the map"
    python3 - "$MC/shapeless.json" >"$MC/shapeless-many.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["members"] += [{"id": "x%d" % i, "name": "X%d" % i, "periods": [{"status": "m", "from": "2002"}]}
                   for i in range(40)]
json.dump(doc, sys.stdout)
PY
    expect_exit "check warns once for many shapeless members" 0 check -q "$MC/shapeless-many.json"
    [ "$(grep -c warning "$OUT/last.err")" = 1 ] &&
        grep -qF 'members: warning: the map has no shape for 41 members (the first is "club", members[1])' "$OUT/last.err" &&
        pass "many shapeless members: one counted warning" ||
        fail "many shapeless members: one counted warning" "$(cat "$OUT/last.err")"
    # names as of the chart's date in the alt text
    ml "$UNION" -c map --as-of 1995-01-01 -o "$MC/names.png" --alt-text "$MC/names.txt" 2>/dev/null
    if grep -q "Belmark" "$MC/names.txt" && ! grep -q "Belmaria" "$MC/names.txt"; then
        pass "map alt text names as of the date"
    else fail "map alt text names as of the date" "$(cat "$MC/names.txt")"; fi
fi

# Alt text: the data's precision, suspensions and successors in words.
ml "$MD/cartel.json" -c count -o "$MC/alt.png" --alt-text "$MC/alt.txt" 2>/dev/null
for want in "from 1961 to 30 Jun 2024" "Suspended from their status on that date: Bitumia (since 30 Aug 2023)" \
    "West Fields succeeded Twin Fields Union (1 May 1999)"; do
    if grep -qF "$want" "$MC/alt.txt"; then pass "count alt text: $want"
    else fail "count alt text: $want" "$(cat "$MC/alt.txt")"; fi
done

# Step labels inside a patterned band (print) sit on a plain patch: the dots would run through
# the letters. Counted: every label inside a band has a patch that covers it.
ml "$ROOT/tests/data/membership/commonwealth.json" -c count -t print -o "$MC/print-totals.png" \
    --layout-json "$MC/print-totals.json" 2>/dev/null
if python3 - "$MC/print-totals.json" <<'PY'; then pass "print count: labels in a band on a patch"
import json, sys
items = json.load(open(sys.argv[1]))["items"]
text_ink = None
patches = [i["box"] for i in items if i.get("role") == "label-patch"]
inside = [i for i in items if i.get("role") == "total" and i.get("fill", "").lower() == "#ffffffff"]
def covers(p, b):
    return p[0] <= b[0] + 0.01 and p[1] <= b[1] + 0.01 and p[0] + p[2] >= b[0] + b[2] - 0.01 and p[1] + p[3] >= b[1] + b[3] - 0.01
bad = [i["text"] for i in inside if not any(covers(p, i["box"]) for p in patches)]
print("%d labels inside bands, %d without a patch" % (len(inside), len(bad)), file=sys.stderr)
sys.exit(0 if inside and not bad else 1)
PY
else fail "print count: labels in a band on a patch"; fi

# A union (the two Germanys, Tanganyika and Zanzibar): valid, both counted until the union, the
# alt text dates the succession on the union's day, not on the continuing state's joining day.
UNIONS=$ROOT/tests/cases/valid/successor-union/input.json
ml "$UNIONS" -c count -o "$MC/unions.png" --alt-text "$MC/unions.txt" 2>"$MC/unions.err"
for want in "Germany succeeded German Democratic Republic (3 Oct 1990)" \
    "Tanzania succeeded Zanzibar (26 Apr 1964)" "On 1 Jan 2000: Member (2)"; do
    if grep -qF "$want" "$MC/unions.txt"; then pass "union alt text: $want"
    else fail "union alt text: $want" "$(cat "$MC/unions.txt" "$MC/unions.err")"; fi
done
mc "count steps unions" steps "$UNIONS" -c count

# Former names in the alt text are those the bars show: a names list with a gap falls back to
# "name" there (Zaire's row as of 1985 shows "Democratic Republic of the Congo" for 1960-1971).
for l in en fr; do
    ml "$MD/names-gap.json" -c membership --as-of 1985-01-01 -l "$l" -o "$MC/names-gap.png" \
        --alt-text "$MC/names-gap-$l.txt" --layout-json "$MC/names-gap-$l.json" 2>/dev/null
    if python3 - "$MC/names-gap-$l.json" "$MC/names-gap-$l.txt" <<'PY'; then pass "alt text names every former name drawn ($l)"
import json, sys
drawn = {i["text"] for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "former-name"}
alt = open(sys.argv[2]).read()
missing = [t for t in drawn if t not in alt]
sys.exit(1 if not drawn or missing else 0)
PY
    else fail "alt text names every former name drawn ($l)" "$(cat "$MC/names-gap-$l.txt")"; fi
done

# Starts on one first day keep each member's own precision: "c. 478 BCE", "478 BCE",
# "Jan 478 BCE" and "1 Jan 478 BCE" are four dates.
ml "$MD/approx-day.json" -c membership -o "$MC/approx-day.png" --alt-text "$MC/approx-day.txt" 2>/dev/null
if grep -qF "Athens, Naxos (c. 478 BCE); Samos (478 BCE); Chios (Jan 478 BCE); Lesbos (1 Jan 478 BCE)" "$MC/approx-day.txt"
then pass "alt text keeps each start's precision on a shared day"
else fail "alt text keeps each start's precision on a shared day" "$(cat "$MC/approx-day.txt")"; fi

# The successor note's arrow points forward in time: left when time runs right to left.
for dir in ltr rtl; do
    ml "$ROOT/tests/data/model/czechoslovakia.json" -c membership --direction "$dir" \
        -o "$MC/arrow-$dir.png" --layout-json "$MC/arrow-$dir.json" 2>/dev/null
    want=$([ "$dir" = rtl ] && printf '\u2190' || printf '\u2192')
    if python3 - "$MC/arrow-$dir.json" "$want" <<'PY'; then pass "successor arrow forward in time ($dir)"
import json, sys
notes = [i for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "successors"]
bars = [i for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "bar"]
ok = bool(notes) and all(n["text"].startswith(sys.argv[2]) for n in notes)
# and the note lies on the later side of its predecessor's bars
for n in notes:
    mine = [b for b in bars if b.get("ref") == n.get("ref")]
    later_right = sys.argv[2] == "\u2192"
    if later_right:
        ok = ok and all(n["box"][0] >= b["box"][0] + b["box"][2] - 0.5 or n["box"][0] > b["box"][0] for b in mine)
    else:
        ok = ok and all(n["box"][0] + n["box"][2] <= b["box"][0] + b["box"][2] + 0.5 for b in mine)
sys.exit(0 if ok else 1)
PY
    else fail "successor arrow forward in time ($dir)" "$(grep -o '"successors"[^}]*' "$MC/arrow-$dir.json" | head -3)"; fi
done

# Membership: suspensions as hatched overlays with their dates, names over time, successors.
for t in light print; do
    for f in "$UNION" "$MD/cartel.json" "$MD/czechoslovakia.json"; do
        mc "membership rows $t $(basename "$f" .json)" rows "$f" -c membership -t "$t"
    done
done
mc "membership suspended legend" hatched "$UNION" -c membership
# A date label inside a bar stops before the suspension's hatching starts (OPEC's Indonesia, 2016
# and suspended from Nov 2016: the label went over the start with a patch as tall as the text).
for t in light dark print; do
    for f in "$MD/opec.json" "$UNION"; do
        mc "membership suspension start in sight $t $(basename "$f" .json)" suspension-labels \
            "$f" -c membership -t "$t"
    done
done

# A status whose fill is the "no status" grey is warned about like two alike statuses, in every
# theme and chart, also when two other statuses look alike (that warning used to hide it), and
# --strict fails on it. In print the data's colours give way to greys: a theme file's grey next
# to the no-status grey is named instead.
printf '%s' '{"memberline":1,"title":"Grey","as_of":"2020-01-01","statuses":[{"id":"m","label":"M","rank":1,"color":"#E0E0E0"},{"id":"a","label":"A","rank":2,"color":"#009E73"},{"id":"b","label":"B","rank":3,"color":"#00A075"}],"members":[{"id":"A","name":"A","iso3":"FRA","periods":[{"status":"m","from":"2000"}]},{"id":"B","name":"B","iso3":"DEU","periods":[{"status":"a","from":"2000"}]},{"id":"C","name":"C","iso3":"ITA","periods":[{"status":"b","from":"2000"}]}]}' >"$MC/grey.json"
sed 's/#E0E0E0/#33363A/' "$MC/grey.json" >"$MC/grey-dark.json" # next to dark's no-status grey
printf '%s' '{"name":"pale","background":"#FFFFFF","text":"#000000","patterns":true,"status_palette":["#1A1A1A","#EAEAEA","#808080"]}' >"$MC/pale.json"
for t in light dark "$MC/pale.json"; do
    for c in count membership map; do
        tn=$(basename "$t" .json) g=$MC/grey.json
        [ "$t" = dark ] && g=$MC/grey-dark.json
        ml "$g" -c "$c" -t "$t" -o "$MC/grey.png" 2>"$MC/grey.err"
        if grep -q 'looks like "no status"' "$MC/grey.err" &&
            { [ "$tn" = pale ] || grep -q 'statuses "a" and "b" look alike' "$MC/grey.err"; }; then
            pass "no-status grey warned $tn $c"
        else fail "no-status grey warned $tn $c" "$(cat "$MC/grey.err")"; fi
        ml "$g" -c "$c" -t "$t" --strict -o "$MC/grey.png" 2>/dev/null
        rc=$?
        if [ "$rc" = 65 ]; then pass "no-status grey strict $tn $c"
        else fail "no-status grey strict $tn $c" "exit $rc"; fi
    done
done
ml "$MC/grey.json" -c map -t print -o "$MC/grey.png" 2>"$MC/grey.err"
if grep -q 'no status' "$MC/grey.err"; then fail "print: the data's pale colour becomes a grey apart" "$(cat "$MC/grey.err")"
else pass "print: the data's pale colour becomes a grey apart"; fi

# The count chart's value axis in the chart's digits: Persian in fa.
ml "$ROOT/tests/data/rtl.json" -c count -l fa -o "$MC/fa.png" --layout-json "$MC/fa.json" 2>/dev/null
if python3 - "$MC/fa.json" <<'PY'; then pass "count value axis in Persian digits"
import json, sys
labels = [i["text"] for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "value-label"]
sys.exit(0 if labels and all(t and all("\u06f0" <= c <= "\u06f9" for c in t) for t in labels) else 1)
PY
else fail "count value axis in Persian digits" "$(python3 -c 'import json,sys; print([i["text"] for i in json.load(open(sys.argv[1]))["items"] if i.get("role")=="value-label"])' "$MC/fa.json")"; fi

# Count chart: hundreds of accessions, one a day or several a day (a day's flag stands for all
# of them): every one is on a flag or counted in the note under the axis, in the alt text, and
# --strict fails. Generated data (tests/tools/gen_members.py), nothing about any organisation.
python3 "$ROOT/tests/tools/gen_members.py" 300 20 >"$MC/joins-300.json"
python3 - "$MC/joins-300.json" >"$MC/joins-grouped.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for i, m in enumerate(doc["members"]):  # three members a day: 100 days
    m["periods"] = [dict(p, **{"from": doc["members"][i - i % 3]["periods"][k]["from"]},
                         **({"to": doc["members"][i - i % 3]["periods"][k]["to"]} if "to" in p else {}))
                    for k, p in enumerate(m["periods"])]
json.dump(doc, sys.stdout)
PY
for f in joins-300 joins-grouped; do
    for w in 1600px 600px; do
        mc "count flags $f $w" flags "$MC/$f.json" -c count -W "$w"
    done
    mc "count flags $f a4" flags "$MC/$f.json" -c count --size a4-landscape
done
mc "count flags sco" flags "$ROOT/data/sco.json" -c count
ml "$MC/joins-300.json" -c count -W 600px -o "$MC/joins.png" --alt-text "$MC/joins.txt" 2>/dev/null
if grep -qE "[0-9]+ more accessions not shown" "$MC/joins.txt"; then pass "count alt text says flags not shown"
else fail "count alt text says flags not shown" "$(tail -c 200 "$MC/joins.txt")"; fi
expect_exit "count flags not shown fail --strict" 65 "$MC/joins-300.json" -c count -W 600px \
    --strict -o "$MC/joins-strict.png"
grep -q -- '--accessions "fit"' "$OUT/last.err" && pass "count flags not shown: the warning names --accessions" ||
    fail "count flags not shown: the warning names --accessions" "$(cat "$OUT/last.err")"
# --accessions fit: leaving flags out is the user's choice: the note stays, no warning, and
# --strict passes; none: no flag, nothing left out, nothing noted. Also from a batch manifest.
mc "count --accessions fit --strict" flags "$MC/joins-300.json" -c count -W 600px --accessions fit --strict
grep -q '"role": "not-shown"' "$MC/count --accessions fit --strict.json" && [ ! -s "$MC/count --accessions fit --strict.err" ] &&
    pass "count --accessions fit: the note, no warning" ||
    fail "count --accessions fit: the note, no warning" "$(cat "$MC/count --accessions fit --strict.err")"
for w in 600px 1600px 3000px; do
    mc "count --accessions none --strict $w" no-flags "$MC/joins-300.json" -c count -W "$w" \
        --accessions none --strict
done
ml "$MC/joins-300.json" -c count --accessions none -o "$MC/none.png" --alt-text "$MC/none.txt" 2>/dev/null &&
    ! grep -q "not shown" "$MC/none.txt" && grep -q "Joined as" "$MC/none.txt" &&
    pass "count --accessions none: the alt text lists the joins, nothing not shown" ||
    fail "count --accessions none: the alt text lists the joins, nothing not shown" "$(head -c 300 "$MC/none.txt")"
printf '{"defaults": {"data": "%s", "chart": "count", "options": {"width": "600px", "strict": true}},
  "jobs": [{"name": "none", "options": {"accessions": "none"}, "output": "none.svg"},
           {"name": "fit", "options": {"accessions": "fit"}, "output": "fit.svg"}]}\n' \
    "$MC/joins-300.json" >"$MC/accessions-batch.json"
expect_exit "count --accessions in a batch manifest passes --strict" 0 batch "$MC/accessions-batch.json"

# On a slide no text in any chart is smaller than 1.25% of the slide's width.
for f in "$ROOT/data/sco.json" "$UNION" "$MD/cartel.json"; do
    for c in timeline membership count map; do
        [ "$c" = map ] && [ ! -f "$ROOT/data/world-110m.txt" ] && continue
        for s in slide slide-4x3; do
            mc "slide type $c $s $(basename "$f" .json)" slide-type "$f" -c "$c" --size "$s"
        done
    done
done

# Status labels thousands of letters long, unbroken or with spaces: the count chart's end
# labels and the legend are cut to a few lines with an ellipsis (the count kept whole), so no
# two text boxes meet and none leaves the page, at several widths (check_text_boxes.py).
python3 "$ROOT/tests/tools/gen_members.py" 20 100 4000 >"$MC/long-unbroken.json"
python3 - "$MC/long-unbroken.json" >"$MC/long-spaced.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for s in doc["statuses"]:
    s["label"] = " ".join(["Member of a very long status name"] * 110)
json.dump(doc, sys.stdout)
PY
for f in long-unbroken long-spaced; do
    for size in "-W 300px" "-W 450px" "-W 600px" "-W 1200px" "--size a4" "--size slide"; do
        for mode in stacked lines; do
            name="count long labels $f $size $mode"
            # shellcheck disable=SC2086
            ml "$MC/$f.json" -c count --count "$mode" $size -o "$MC/long.png" \
                --layout-json "$MC/long.json" 2>/dev/null
            if msg=$(python3 "$ROOT/tests/tools/check_text_boxes.py" "$MC/long.json" 2>&1) &&
                python3 -c 'import json,sys; c=[i for i in json.load(open(sys.argv[1]))["items"] if i.get("role")=="current"]; sys.exit(0 if c and all(i["text"].endswith(str(int(i["value"]))) and "\u2026" in i["text"] for i in c) else 1)' "$MC/long.json"
            then pass "$name"; else fail "$name" "${msg:-the end label lost its count or was not cut}"; fi
        done
    done
done

# Membership: every period start of the SCO's chart is labelled, and no date lies on a
# neighbouring bar (a narrow current period's date goes after its end, past the as-of line),
# at every size and in every theme (the dialogue partners of 2022-2023 lost theirs once).
for size in "-W 500px" "-W 800px" "-W 1200px" "" "--size a4" "--size a4-landscape" "--size slide" \
    "--size column"; do
    for t in light print; do
        # shellcheck disable=SC2086
        mc "membership start dates sco $t $size" start-dates "$ROOT/data/sco.json" -c membership \
            -t "$t" $size
    done
done
for lang in ru zh; do
    mc "membership start dates sco $lang" start-dates "$ROOT/data/sco.json" -c membership \
        -l "$lang" -W 500px
done

# Count chart: the members suspended on the as-of day are counted at the end too ("suspended:
# 1" beside the hatched band), stacked and lines.
for f in "$UNION" "$MD/cartel.json"; do
    for mode in stacked lines; do
        mc "count suspended end label $(basename "$f" .json) $mode" suspended-end "$f" -c count \
            --count "$mode"
    done
done

# Membership: when a member left (a period that ends before the next, or its last) is said
# after the bar, where the row has room, never on a bar.
for size in "" "--size a4" "--size slide"; do
    # shellcheck disable=SC2086
    mc "membership end dates leave-rejoin $size" end-dates "$MD/leave-rejoin.json" -c membership $size
done

# A suspension that holds on the as-of day is seen however short, never under the as-of line:
# one member's suspension moved to 30, 7 and 1 days before the as-of day and onto it
# (membership: an overlay as wide as the least bar, clear of the line's stroke; count: the step
# over the as-of day counts it in the hatched band), at several sizes.
for off in 30 7 1 0; do
    python3 - "$MD/au.json" "$off" >"$MC/susp-$off.json" <<'PY'
import datetime, json, sys
doc = json.load(open(sys.argv[1]))
cut = datetime.date.fromisoformat(doc["as_of"])
m = next(m for m in doc["members"] if m["id"] == "MDG")
m["periods"][-1]["suspended"][-1] = {"from": (cut - datetime.timedelta(days=int(sys.argv[2]))).isoformat()}
json.dump(doc, sys.stdout)
PY
    for size in a4 a4-landscape slide column; do
        for c in membership count; do
            mc "suspension seen $off days $c $size" suspension-seen "$MC/susp-$off.json" -c "$c" \
                --size "$size"
        done
    done
    mc "count steps suspension $off days" steps "$MC/susp-$off.json" -c count
    [ -f "$ROOT/data/world-110m.txt" ] &&
        mc "map suspension $off days" countries "$MC/susp-$off.json" -c map -- MG=member:hatch
    mc "count end labels suspension $off days" end-labels "$MC/susp-$off.json" -c count
done

# Count chart: no label (the step totals "Member state: 10", the end labels, the flags) is
# crossed by a drawn line (a step, a riser, another status's line, a flag's leader), in both
# modes at every fixed size, over the AU, UN and OPEC reviews' data and 300 generated members.
# A total with no clear place is left out: each test's name says how many of the top status's
# changes got one.
python3 "$ROOT/tests/tools/gen_members.py" 300 20 >"$MC/members-300.json"
for f in "$MD/au.json" "$MD/un-review.json" "$MD/opec.json" "$MC/members-300.json"; do
    b=$(basename "$f" .json)
    for size in a4 a4-landscape slide column; do
        for mode in lines stacked; do
            rm -f "$MC/labels.txt"
            ml "$f" -c count --count "$mode" --size "$size" -t print -o "$MC/labels.png" \
                --layout-json "$MC/labels.json" 2>/dev/null
            if msg=$(python3 "$ROOT/tests/tools/model_charts.py" labels-clear "$f" \
                "$MC/labels.json" "$MC/labels.txt" 2>&1); then
                pass "count labels clear $b $size $mode ($(cat "$MC/labels.txt") changes labelled)"
            else fail "count labels clear $b $size $mode" "$msg"; fi
        done
    done
done

# A member admitted months before the as-of date and suspended since the day before: its bar is
# wide enough for the suspension's least width, and the overlay stays on its bar.
python3 - "$MD/au.json" >"$MC/new-suspended.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
doc["members"].append({"id": "NEW", "name": "Newland", "map": False, "periods": [
    {"status": "member", "from": "2025-05-01", "suspended": [{"from": "2025-11-14"}]}]})
json.dump(doc, sys.stdout)
PY
for size in a4 column; do
    mc "suspension seen on a short bar $size" suspension-seen "$MC/new-suspended.json" \
        -c membership --size "$size"
    ml "$MC/new-suspended.json" -c membership --size "$size" -o "$MC/new.png" \
        --layout-json "$MC/new.json" 2>/dev/null
    if python3 - "$MC/new.json" <<'PY'; then pass "suspension on its bar $size"
import json, sys
items = json.load(open(sys.argv[1]))["items"]
bar = [i["box"] for i in items if i.get("ref") == "NEW" and i.get("role") == "bar"]
sus = [i["box"] for i in items if i.get("ref") == "NEW" and i.get("role") == "suspended"]
ok = len(bar) == 1 and len(sus) == 1 and sus[0][0] >= bar[0][0] - 0.01 and \
    sus[0][0] + sus[0][2] <= bar[0][0] + bar[0][2] + 0.01
sys.exit(0 if ok else "bar %s, overlay %s" % (bar, sus))
PY
    else fail "suspension on its bar $size"; fi
done
