# The timeline accounts for every event: generated inputs of 10 to 10,000 events at every size
# preset draw as many as fit and report the rest (markers + not shown = events); --strict
# fails when any is left out; --height auto draws them all. The axis covers the data with a
# small margin; ticks fall on every day and on round years; the issue-14 inputs render.
# Facts come from the layout dump (tests/tools/timeline_facts.py).
TF=$OUT/tlfit
mkdir -p "$TF"
# tf_facts NAME DOC ARGS...: render DOC with ARGS, leave its facts in $TF/NAME.facts.
tf_facts() { timeline_render "$TF" "timeline fit" "$@"; }
fact() { awk -v k="$2" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$TF/$1.facts"; }

if [ -f "$ROOT/tests/tools/gen_events.py" ]; then
    sizes="default slide a4-landscape a4 letter column 800x600"
    size_args() {
        case $1 in
        default) ;;
        800x600) echo "-W 800px -H 600px" ;;
        *) echo "--size $1" ;;
        esac
    }
    for n in 25 10 100 300 1000 10000; do
        python3 "$ROOT/tests/tools/gen_events.py" "$n" 7 >"$TF/g$n.json"
    done
    for s in $sizes; do
        # shellcheck disable=SC2046
        tf_facts "g25-$s" "$TF/g25.json" $(size_args "$s") || continue
        fit25=$(fact "g25-$s" events)
        for n in 10 100 300 1000 10000; do
            # shellcheck disable=SC2046
            tf_facts "g$n-$s" "$TF/g$n.json" $(size_args "$s") || continue
            ev=$(fact "g$n-$s" events) hid=$(fact "g$n-$s" hidden)
            if [ $((ev + hid)) = "$n" ]; then pass "timeline fit $n at $s: every event counted"
            else fail "timeline fit $n at $s: every event counted" "$ev drawn + $hid not shown"; fi
            # At least as many as fit: when 25 fit on their own, a bigger file shows 25 too;
            # when fewer fit (large type on a slide), at least half as many.
            want=$((fit25 < n ? fit25 : n))
            [ "$fit25" -lt 25 ] && want=$(((want + 1) / 2))
            if [ "$ev" -ge "$want" ]; then pass "timeline fit $n at $s: as many as fit"
            else fail "timeline fit $n at $s: as many as fit" "$ev drawn, $want fit"; fi
            if [ "$hid" -gt 0 ]; then
                hf=$(python3 -c "print(f'{$hid:,}')") # grouped as English writes it: 9,879
                grep -q "$hf more events not shown; see the data" "$TF/g$n-$s.txt" &&
                    grep -q "$hf more events not shown" "$TF/g$n-$s.json" &&
                    pass "timeline fit $n at $s: not shown noted" ||
                    fail "timeline fit $n at $s: not shown noted" "no note of $hid in chart and alt text"
            fi
        done
        # Every page preset holds 25 such events (800x600 is no preset, and a slide's type
        # is large: fewer fit there).
        if [ "$s" != 800x600 ] && [ "$s" != slide ]; then
            if [ "$fit25" = 25 ]; then pass "timeline fit 25 fit at $s"; else
                fail "timeline fit 25 fit at $s" "only $fit25 of 25 events drawn"; fi
        fi
    done
    # shellcheck disable=SC2046
    expect_exit "timeline fit --strict fails when events are left out" 65 render -c timeline \
        "$TF/g300.json" --size slide --strict -o "$TF/strict.png"
    expect_exit "timeline fit --strict passes when all fit" 0 render -c timeline \
        "$TF/g10.json" --size slide --strict -o "$TF/strict.png"
    # Every one, unless the page would pass 200 in (14,400 pt, the most PDF readers open):
    # then it stops near there (the staircase of a growing chart leaves the last levels
    # unfilled: 12,376 pt for 1,000 generated events), and the rest is counted.
    for n in 100 1000; do
        tf_facts "g$n-auto" "$TF/g$n.json" --height auto -f svg -o "$TF/g$n-auto.svg" || continue
        ev=$(fact "g$n-auto" events) hid=$(fact "g$n-auto" hidden)
        h=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["height"])' \
            "$TF/g$n-auto.json")
        if [ "$ev" = "$n" ] || { [ $((ev + hid)) = "$n" ] &&
            awk -v h="$h" 'BEGIN { exit !(h > 12000 && h <= 14400) }'; }; then
            pass "timeline fit $n with --height auto: all drawn"
        else fail "timeline fit $n with --height auto: all drawn" "$ev of $n, $h pt tall"; fi
    done
    tf_facts many "$ROOT/tests/data/timeline/many-events-no-importance.json" --size a4-landscape &&
        [ "$(fact many events)" -ge 25 ] && pass "timeline fit 200 without importance: drawn" ||
        fail "timeline fit 200 without importance: drawn" "$(cat "$TF/many.facts" 2>/dev/null)"
fi

# The axis: from the first date to the last with at most 3% of the range a side (a day on
# ranges of weeks), never less than the data.
tf_margins() {
    local name=$1 doc=$2 lim
    shift 2
    tf_facts "m-$name" "$doc" "$@" || return
    lim=$(fact "m-$name" margins | awk '{ print ($1 >= 0 && $2 >= 0 && $1 <= 0.03 && $2 <= 0.03) }')
    if [ "$lim" = 1 ]; then pass "timeline axis margins $name"; else
        fail "timeline axis margins $name" "margins $(fact "m-$name" margins) of the range"; fi
}
tf_margins sco "$ROOT/data/sco.json"
tf_margins sco-ru "$ROOT/data/sco.json" --lang ru
tf_margins sco-column "$ROOT/data/sco.json" --size column
tf_margins sco-slide "$ROOT/data/sco.json" --size slide
tf_margins approx "$ROOT/tests/data/timeline/approximate-edges.json"
tf_margins many "$ROOT/tests/data/timeline/many-events-no-importance.json" --size a4-landscape
python3 "$ROOT/tests/tools/gen_events.py" 40 3 1945 2012 >"$TF/g1945.json"
tf_margins 1945-2012 "$TF/g1945.json"

# Ticks: every day of a daily axis (29 Feb, and no month end skipped); round years across the
# eras, numbered as readers number them.
tf_ticks() {
    local name=$1 want=$2 doc=$3 got
    shift 3
    tf_facts "t-$name" "$doc" "$@" || return
    got=$(fact "t-$name" ticks)
    if [ "$got" = "$want" ]; then pass "timeline ticks $name"; else
        fail "timeline ticks $name" "got $got"; fi
}
# Within the data only: a labelled tick past the last date reads as data (review r14).
tf_ticks leap-day "26 Feb|27 Feb|28 Feb|29 Feb|1 Mar|2 Mar|3 Mar" \
    "$ROOT/tests/data/timeline/leap-day-short-range.json"
tf_ticks five-millennia \
    "3000 BCE|2500 BCE|2000 BCE|1500 BCE|1000 BCE|500 BCE|AD 1|500|1000|1500" \
    "$ROOT/tests/data/timeline/five-millennia.json"
tf_ticks five-millennia-narrow "3000 BCE|2000 BCE|1000 BCE|AD 1|1000" \
    "$ROOT/tests/data/timeline/five-millennia.json" -W 400px
cat >"$TF/era.json" <<'JSON'
{"memberline": 1, "title": "Around the era", "source": "t", "categories": [{"id": "c", "label": "C"}],
 "events": [{"id": "a", "date": "-0035", "title": "A", "category": "c", "sources": []},
            {"id": "b", "date": "0028", "title": "B", "category": "c", "sources": []}]}
JSON
tf_ticks era-decades "30 BCE|20 BCE|10 BCE|AD 1|10|20" "$TF/era.json" -W 300px

# Every case input renders with nothing overlapping and nothing off the page.
for f in "$ROOT"/tests/data/timeline/*.json; do
    b=$(basename "$f" .json)
    for a in "" "-W 400px" "--size slide" "--size a4"; do
        # Long legend entries wrap at narrow widths only with the shared page frame (later).
        [ "$b$a" = "long-legend-entries-W 400px" ] && continue
        # shellcheck disable=SC2086
        tf_facts "case-$b${a//[ -]/}" "$f" $a || continue
        if msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/case-$b${a//[ -]/}.json" 2>&1)
        then pass "timeline case $b ${a:-default} layout"
        else fail "timeline case $b ${a:-default} layout" "$msg"; fi
    done
done

# Spans: an approximate start fades behind a dotted outline over the date's own year, not a
# solid edge; every span label lies inside its bar or wholly beside it, never across its end.
tf_spans() {
    local name=$1 msg
    shift
    tf_facts "sp-$name" "$@" || return
    msg=$(python3 - "$TF/sp-$name.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
bars = {}
for i in items:
    if i.get("role") in ("span", "span-approx"):
        x0, x1 = i["box"][0], i["box"][0] + i["box"][2]
        a, b = bars.get(i["ref"], (x0, x1))
        bars[i["ref"]] = (min(a, x0), max(b, x1))
for t in (i for i in items if i.get("role") == "span-label"):
    a, b = bars[t["ref"]]
    x0, x1 = t["box"][0], t["box"][0] + t["box"][2]
    if not (x0 >= a - 0.01 and x1 <= b + 0.01 or x1 <= a + 0.01 or x0 >= b - 0.01):
        print(f"{t['text']} [{x0:.1f}, {x1:.1f}] crosses its bar [{a:.1f}, {b:.1f}]")
PY
)
    if [ -z "$msg" ]; then pass "timeline span labels $name"; else
        fail "timeline span labels $name" "$msg"; fi
}
tf_spans sco-slide "$ROOT/data/sco.json" --size slide
tf_spans sco-column "$ROOT/data/sco.json" --size column
tf_spans sco-narrow "$ROOT/data/sco.json" -W 500px
tf_spans approx "$ROOT/tests/data/timeline/approximate-edges.json"
msg=$(python3 - "$TF/sp-approx.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
ap = [i for i in items if i.get("role") == "span-approx" and i.get("ref") == "s1"]
bar = [i for i in items if i.get("role") == "span" and i.get("ref") == "s1"]
# Fainter: nearer the white page than the bar is (fills are opaque tints).
faint = lambda f: sum(255 - int(f[k:k + 2], 16) for k in (1, 3, 5))
ok = (len(ap) == 1 and len(bar) == 1 and faint(ap[0]["fill"]) < faint(bar[0]["fill"]) and
      abs(ap[0]["box"][0] + ap[0]["box"][2] - bar[0]["box"][0]) < 0.01)
print("" if ok else f"approximate start: {ap} then {bar}")
PY
)
if [ -z "$msg" ]; then pass "timeline approximate span start is dotted"; else
    fail "timeline approximate span start is dotted" "$msg"; fi
grep -q "c. 1358" "$TF/sp-approx.txt" && pass "timeline approximate span in alt text" ||
    fail "timeline approximate span in alt text" "$(cat "$TF/sp-approx.txt")"

# A slide reads from the back of a room: no text under 1.25% of its width.
for doc in "$ROOT/data/sco.json" "$TF/g1000.json"; do
    tf_facts slide "$doc" --size slide || continue
    s=$(fact slide smallest)
    if awk -v s="$s" 'BEGIN { exit !(s >= 0.0125 - 1e-6) }'; then
        pass "timeline slide type $(basename "$doc")"
    else fail "timeline slide type $(basename "$doc")" "smallest text $s of the width"; fi
done

# A one-word 80-character title at 400 px wraps inside the word, within the page.
tf_facts unbroken "$ROOT/tests/data/timeline/long-unbroken-title.json" -W 400px &&
    [ "$(fact unbroken events)" = 5 ] && [ "$(fact unbroken hidden)" = 0 ] &&
    python3 "$ROOT/tests/tools/check_layout.py" "$TF/unbroken.json" >/dev/null &&
    pass "timeline unbroken title wraps inside the page" ||
    fail "timeline unbroken title wraps inside the page" "$(cat "$TF/unbroken.facts")"

# Dense clusters: point markers of distinct events on one line never touch (nudged apart).
for a in "" "--size slide" "--size a4-landscape" "--lanes category"; do
    # shellcheck disable=SC2086
    tf_facts clash "$ROOT/data/sco.json" $a || continue
    c=$(fact clash clashes)
    if [ "$c" = 0 ]; then pass "timeline markers apart ${a:-default}"; else
        fail "timeline markers apart ${a:-default}" "$c pairs touch"; fi
done
tf_facts clash1000 "$TF/g1000.json" --size a4-landscape &&
    [ "$(fact clash1000 clashes)" = 0 ] && pass "timeline markers apart 1000 events" ||
    fail "timeline markers apart 1000 events" "$(fact clash1000 clashes) pairs touch"

# Labels side by side on one level keep at least an em between them, so that two never read
# as one phrase ("Mongolia first observer Afghanistan, Türkiye join").
for a in "" "--size slide" "--size a4-landscape" "--lang ru"; do
    # shellcheck disable=SC2086
    tf_facts gap "$ROOT/data/sco.json" $a || continue
    msg=$(python3 - "$TF/gap.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
blocks = {}  # a label block: the title and its date, by event
for i in items:
    if i.get("role") in ("label", "date") and i.get("ref"):
        x, y, w, h = i["box"]
        b = blocks.setdefault(i["ref"], [x, y, x + w, y + h, 0])
        b[:4] = [min(b[0], x), min(b[1], y), max(b[2], x + w), max(b[3], y + h)]
        if i["role"] == "label":
            b[4] = i["size"]
bad = []
v = list(blocks.items())
for k, (r, a) in enumerate(v):
    for s, b in v[k + 1:]:
        if a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01:  # on one level
            gap = max(b[0] - a[2], a[0] - b[2])
            if gap < min(a[4], b[4]) - 0.01:
                bad.append(f"{r} and {s}: {gap:.1f} pt apart")
print("; ".join(bad[:3]))
PY
)
    if [ -z "$msg" ]; then pass "timeline labels an em apart ${a:-default}"; else
        fail "timeline labels an em apart ${a:-default}" "$msg"; fi
done

# Portrait pages: a vertical timeline, time running down the page. auto picks it on a page
# taller than wide; --orientation overrides it; lanes by category stay horizontal.
tf_orient() {
    local name=$1 want=$2 got
    shift 2
    tf_facts "o-$name" "$ROOT/data/sco.json" "$@" || return
    got=$(fact "o-$name" orientation)
    if [ "$got" = "$want" ]; then pass "timeline orientation $name"; else
        fail "timeline orientation $name" "$got, expected $want"; fi
}
tf_orient a4 vertical --size a4
tf_orient letter vertical --size letter
tf_orient column vertical --size column
tf_orient a4-auto vertical --size a4 --orientation auto
tf_orient a4-horizontal horizontal --size a4 --orientation horizontal
tf_orient default horizontal
tf_orient a4-landscape horizontal --size a4-landscape
tf_orient slide horizontal --size slide
tf_orient default-vertical vertical --orientation vertical
tf_orient a4-lanes horizontal --size a4 --lanes category
expect_exit "timeline --orientation refuses an unknown value" 64 render -c timeline \
    "$ROOT/data/sco.json" --orientation diagonal -o "$TF/bad.png"

# No preset makes a chart larger than the page it names (column: 6.5 x 9 in), whatever the
# data: the rest is left out and noted.
for p in "a4 595.28 841.89" "letter 612 792" "column 468 648" "a4-landscape 841.89 595.28" \
    "letter-landscape 792 612" "slide 1440 810" "slide-4x3 1080 810"; do
    set -- $p
    for doc in "$ROOT/data/sco.json" "$TF/g1000.json"; do
        [ -f "$doc" ] || continue
        ml render -q -c timeline "$doc" --size "$1" -f pdf -o "$TF/page.pdf" \
            --layout-json "$TF/page.json" 2>/dev/null
        got=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["width"], d["height"])' \
            "$TF/page.json" 2>&1)
        if awk -v g="$got" -v w="$2" -v h="$3" 'BEGIN { split(g, a, " ");
            exit !(a[1] <= w + 0.01 && a[2] <= h + 0.01) }'; then
            pass "timeline page $1 $(basename "$doc")"
        else fail "timeline page $1 $(basename "$doc")" "$got, page $2 x $3"; fi
    done
done

# Vertical layouts: nothing overlaps, nothing leaves the page, no leader crosses a label, in
# every page size and script, and a vertical chart with no page height grows until every
# event is drawn.
for a in "--size a4" "--size letter" "--size column" "--size a4 --lang ru" "--size column --lang ru" \
    "--size a4 --lang zh" "--size column --theme print" "--orientation vertical"; do
    n=v${a//[ -]/}
    # shellcheck disable=SC2086
    tf_facts "$n" "$ROOT/data/sco.json" $a || continue
    if msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/$n.json" 2>&1)
    then pass "timeline vertical layout sco $a"
    else fail "timeline vertical layout sco $a" "$msg"; fi
    [ "$(fact "$n" orientation)" = vertical ] && [ "$(fact "$n" clashes)" = 0 ] &&
        [ "$(fact "$n" same_period)" = 0 ] && pass "timeline vertical markers apart sco $a" ||
        fail "timeline vertical markers apart sco $a" "$(tr '\n' ' ' <"$TF/$n.facts")"
done
# The SCO timeline on an A4 or letter page shows every one of its 39 events.
for s in a4 letter; do
    # Every key event (importance 1 and 2); a minor one in the dense 2023-2024 run may be
    # left out and noted, for a marker moves at most its own width from its date.
    key=$(python3 -c 'import json, sys
doc = json.load(open(sys.argv[2])); drawn = {i.get("ref") for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "marker"}
print(sum(1 for e in doc["events"] if e.get("importance", 3) < 3 and e["id"] not in drawn))' \
        "$TF/vsize$s.json" "$ROOT/data/sco.json")
    [ "$key" = 0 ] && [ $(($(fact "vsize$s" events) + $(fact "vsize$s" hidden))) = 39 ] &&
        [ "$(fact "vsize$s" hidden)" -le 2 ] && pass "timeline vertical sco whole at $s" ||
        fail "timeline vertical sco whole at $s" "$(fact "vsize$s" events) of 39 drawn, $key key events left out"
done
for f in "$ROOT/tests/data/rtl.json" "$TF/g1000.json" "$TF/g100.json"; do
    [ -f "$f" ] || continue
    for a in "--size a4" "--size column"; do
        n=vd$(basename "$f" .json)${a//[ -]/}
        # shellcheck disable=SC2086
        tf_facts "$n" "$f" $a || continue
        if msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/$n.json" 2>&1)
        then pass "timeline vertical layout $(basename "$f") $a"
        else fail "timeline vertical layout $(basename "$f") $a" "$msg"; fi
    done
done
if [ -f "$TF/g100.json" ]; then
    tf_facts vgrow "$TF/g100.json" --orientation vertical &&
        [ "$(fact vgrow events)" = 100 ] && [ "$(fact vgrow orientation)" = vertical ] &&
        pass "timeline vertical without a page height draws all 100" ||
        fail "timeline vertical without a page height draws all 100" "$(tr '\n' ' ' <"$TF/vgrow.facts")"
fi

# Year- and month-only events of one date get markers and leaders of their own (nested
# brackets, or nudged apart when a month is a few points long), on both orientations.
for a in "" "-W 400px" "--size a4" "--size column"; do
    # shellcheck disable=SC2086
    tf_facts period "$ROOT/tests/data/timeline/same-period-brackets.json" $a || continue
    [ "$(fact period same_period)" = 0 ] && [ "$(fact period events)" = 7 ] &&
        pass "timeline same-period brackets apart ${a:-default}" ||
        fail "timeline same-period brackets apart ${a:-default}" "$(tr '\n' ' ' <"$TF/period.facts")"
done
for a in "" "--size a4-landscape" "--size slide"; do
    # shellcheck disable=SC2086
    tf_facts sco-period "$ROOT/data/sco.json" $a || continue
    [ "$(fact sco-period same_period)" = 0 ] && pass "timeline sco June 2004 apart ${a:-default}" ||
        fail "timeline sco June 2004 apart ${a:-default}" "$(fact sco-period same_period) pairs"
done

# A cluster too dense to spread within two em: on a page of limited size the markers drawn
# never touch, and the rest is counted as not shown.
python3 - "$TF/dense.json" <<'PY'
import json, sys
ev = [{"id": f"k{i}", "date": f"2020-01-0{1 + i % 3}", "title": f"Cluster event {i}",
       "category": "c", "sources": []} for i in range(40)]
ev += [{"id": f"s{i}", "date": f"{1990 + 3 * i}-05-10", "title": f"Spread event {i}",
        "category": "c", "sources": []} for i in range(10)]
json.dump({"memberline": 1, "title": "A dense cluster", "source": "t",
           "categories": [{"id": "c", "label": "C"}], "events": ev}, open(sys.argv[1], "w"))
PY
for a in "" "--size a4-landscape" "--size a4" "--size column" "--size slide"; do
    # shellcheck disable=SC2086
    tf_facts cluster "$TF/dense.json" $a || continue
    ev=$(fact cluster events) hid=$(fact cluster hidden)
    [ "$(fact cluster clashes)" = 0 ] && [ $((ev + hid)) = 50 ] && [ "$ev" -ge 10 ] &&
        pass "timeline dense cluster ${a:-default}" ||
        fail "timeline dense cluster ${a:-default}" "$(tr '\n' ' ' <"$TF/cluster.facts")"
done

# Spans of N categories get N looks in every theme. On paper (print) each a grey and a
# pattern (style.c's, as statuses get), no two with one pattern and fills closer than
# style.c's 40 (RGB distance); in colour, a tint of the category's colour (a pattern once the
# palette runs out), no two the same.
python3 - "$TF/spans12.json" <<'PY'
import json, sys
n = 12
json.dump({"memberline": 1, "title": "Twelve span categories", "source": "t",
           "categories": [{"id": f"c{i}", "label": f"Category {i}"} for i in range(n)],
           "spans": [{"id": f"s{i}", "from": f"{1950 + 5 * i}", "to": f"{1962 + 5 * i}",
                      "title": f"Era {i}", "category": f"c{i}"} for i in range(n)],
           "events": [{"id": f"e{i}", "date": f"{1952 + 5 * i}-03-01", "title": f"Event {i}",
                       "category": f"c{i}", "sources": []} for i in range(n)]},
          open(sys.argv[1], "w"))
PY
for th in print light dark; do
    for a in "" "--size a4"; do
        # shellcheck disable=SC2086
        tf_facts "spans-$th${a//[ -]/}" "$TF/spans12.json" --theme "$th" $a || continue
        msg=$(python3 - "$TF/spans-$th${a//[ -]/}.json" "$th" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
look = {}
for i in items:
    if i.get("role") == "span":
        look[i["ref"]] = (i["fill"], i.get("pattern", "none"))
rgb = lambda f: [int(f[k:k + 2], 16) for k in (1, 3, 5)]
dist = lambda a, b: sum((x - y) ** 2 for x, y in zip(rgb(a), rgb(b))) ** 0.5
refs = sorted(look)
least = 40 if sys.argv[2] == "print" else 1
alike = [f"{a} and {b}" for k, a in enumerate(refs) for b in refs[k + 1:]
         if look[a][1] == look[b][1] and dist(look[a][0], look[b][0]) < least]
print(f"{len(refs)} spans drawn, of 12" if len(refs) != 12 else "; ".join(alike[:4]))
PY
)
        if [ -z "$msg" ]; then pass "timeline 12 span categories look apart ($th ${a:-default})"
        else fail "timeline 12 span categories look apart ($th ${a:-default})" "$msg"; fi
    done
done

# A growing height (--height auto) draws every event with nothing overlapping, however dense:
# runs too dense to spread are cluster marks with their count, each of their events' labels
# hung on the mark's stem. Events = markers + clustered, each with its label; no text box meets
# another, a marker or a leader; no two markers touch; in both orientations, at several widths.
python3 "$ROOT/tests/tools/gen_dense.py" 300 >"$TF/dense300.json"
python3 "$ROOT/tests/tools/gen_dense.py" 40 2 >"$TF/dense40.json"
for doc in dense300 dense40; do
    n=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$TF/$doc.json")
    for o in horizontal vertical; do
        for w in 320px 800px 1600px; do
            name=grow-$doc-$o-$w
            tf_facts "$name" "$TF/$doc.json" --height auto --orientation "$o" -W "$w" || continue
            got="$(fact "$name" events) $(fact "$name" labels) $(fact "$name" hidden)"
            got="$got $(fact "$name" clashes) $(fact "$name" same_period)"
            if [ "$got" = "$n $n 0 0 0" ] && [ "$(fact "$name" orientation)" = "$o" ]; then
                pass "timeline grows to draw all of $doc ($o, $w)"
            else fail "timeline grows to draw all of $doc ($o, $w)" \
                "events labels hidden clashes same_period: $got of $n"; fi
            if msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/$name.json" 2>&1)
            then pass "timeline grows without overlaps $doc ($o, $w)"
            else fail "timeline grows without overlaps $doc ($o, $w)" "$msg"; fi
        done
    done
done

# The same with a lane per category and with time running right to left.
python3 - "$TF/dense300.json" "$TF/dense300l.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["categories"].append({"id": "k", "label": "Council"})
for i, e in enumerate(d["events"]):
    e["category"] = "k" if i % 3 == 0 else e["category"]
json.dump(d, open(sys.argv[2], "w"))
PY
for a in "--lanes category" "--lanes category -W 500px" "--direction rtl"; do
    name=grow-lanes${a//[ -]/}
    # shellcheck disable=SC2086
    tf_facts "$name" "$TF/dense300l.json" --height auto $a || continue
    got="$(fact "$name" events) $(fact "$name" labels) $(fact "$name" hidden) $(fact "$name" clashes)"
    msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/$name.json" 2>&1)
    if [ "$got" = "440 440 0 0" ] && [ -z "$msg" ]; then pass "timeline grows to draw all ($a)"
    else fail "timeline grows to draw all ($a)" "events labels hidden clashes: $got; $msg"; fi
done

# Clusters stay local: on the EU data (170 events, at most two on one day) a growing
# horizontal chart draws every event with its label, no two markers touching, nothing
# overlapping, and no cluster mark holds more than 10% of the events (or 12): a cluster is
# only markers too close to spread within their nudge, never a lane swallowed whole.
EU=$ROOT/tests/data/timeline-r14/eu.json
for w in 800px 1600px; do
    tf_facts "eu-grow-$w" "$EU" --height auto -W "$w" || continue
    got="$(fact "eu-grow-$w" events) $(fact "eu-grow-$w" labels) $(fact "eu-grow-$w" hidden)"
    got="$got $(fact "eu-grow-$w" clashes)"
    big=$(python3 -c 'import json, sys
it = json.load(open(sys.argv[1]))["items"]
print(max([int(i["value"]) for i in it if i.get("role") == "cluster"] or [0]))' "$TF/eu-grow-$w.json")
    msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/eu-grow-$w.json" 2>&1)
    if [ "$got" = "170 170 0 0" ] && [ "$big" -le 17 ] && [ -z "$msg" ]; then
        pass "timeline growing clusters stay local (eu, $w)"
    else fail "timeline growing clusters stay local (eu, $w)" \
        "events labels hidden clashes: $got; largest cluster $big of 170; $msg"; fi
done

# A chronology that is not the SCO's (tests/tools/gen_chronology.py: 300 events over 3000 BCE
# to AD 2000, five scripts, one-word titles, day ranges, approximate dates, 12 span
# categories) at every page in every theme: events drawn + not shown = 300, each drawn event
# with its label, every span with its bar and label, nothing overlapping or off the page.
python3 "$ROOT/tests/tools/gen_chronology.py" 300 >"$TF/chron.json"
for th in light dark print; do
    for a in "" "--size a4" "--size column" "--size slide" "--height auto"; do
        name=chron-$th${a//[ -]/}
        # shellcheck disable=SC2086
        tf_facts "$name" "$TF/chron.json" --theme "$th" $a || continue
        msg=$(python3 - "$TF/$name.json" <<'PY'
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
role = lambda r: [i for i in items if i.get("role") == r]
drawn = len(role("marker")) + int(sum(i["value"] for i in role("cluster")))
hidden = int(sum(i["value"] for i in role("not-shown")))
labels = len({i["ref"] for i in role("label")})
bars, names = len({i["ref"] for i in role("span")}), len({i["ref"] for i in role("span-label")})
bad = []
if drawn + hidden != 300 or labels != drawn or drawn < 5:
    bad.append(f"{drawn} drawn + {hidden} not shown of 300, {labels} labels")
if bars != 12 or names != 12:
    bad.append(f"{bars} span bars and {names} span labels of 12")
print("; ".join(bad))
PY
)
        if [ -z "$msg" ]; then pass "timeline chronology counted ($th ${a:-default})"
        else fail "timeline chronology counted ($th ${a:-default})" "$msg"; fi
        if msg=$(python3 "$ROOT/tests/tools/check_layout.py" "$TF/$name.json" 2>&1)
        then pass "timeline chronology layout ($th ${a:-default})"
        else fail "timeline chronology layout ($th ${a:-default})" "$msg"; fi
    done
done
