# The membership map (--chart map) on the SCO data: the right status per country at key dates,
# small states as markers, every box on the page, and valid PNG, SVG and PDF files.
if [ -f data/sco.json ] && [ -f data/world-110m.txt ] &&
    "$MEMBERLINE" --help 2>&1 | grep -q -- --layout-json; then

    # map_check NAME JSON EXPECT...: each EXPECT is REF=STATUS (STATUS "null" for none), checked
    # on the country items of the layout dump; markers must carry the same status as the shape.
    map_check() {
        local name=$1 json=$2
        shift 2
        local msg
        if msg=$(python3 - "$json" "$@" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
items = [i for i in d["items"] if i.get("role") in ("country", "country-marker")]
status = {}
for i in items:
    ref = i.get("ref")
    if ref is None:
        continue
    s = i.get("status")
    if ref in status and status[ref] != s:
        sys.exit("%s drawn with two statuses: %s, %s" % (ref, status[ref], s))
    status[ref] = s
for want in sys.argv[2:]:
    ref, s = want.split("=")
    s = None if s == "null" else s
    if ref not in status:
        sys.exit("%s not drawn" % ref)
    if status[ref] != s:
        sys.exit("%s: status %s, expected %s" % (ref, status[ref], s))
W, H = d["width"], d["height"]
for i in d["items"]:
    x, y, w, h = i["box"]
    if x < -0.01 or y < -0.01 or x + w > W + 0.01 or y + h > H + 0.01:
        sys.exit("box outside the page: %s" % json.dumps(i)[:200])
PY
        ); then pass "$name"; else fail "$name" "$msg"; fi
    }

    # legend_has NAME JSON TEXT: a legend entry reads exactly TEXT.
    legend_has() {
        if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
sys.exit(0 if any(i.get("role") == "legend" and i.get("text") == sys.argv[2] for i in d["items"]) else 1)' "$2" "$3"
        then pass "$1"; else fail "$1" "no legend entry \"$3\""; fi
    }

    m="$OUT/map"
    if ml render --chart map data/sco.json -o "$m-2001.png" --as-of 2001-06-15 \
        --layout-json "$m-2001.json" 2>"$OUT/map.err"; then
        map_check "map 2001-06-15 founders" "$m-2001.json" CN=member KZ=member KG=member \
            RU=member TJ=member UZ=member IN=null PK=null MN=null
        legend_has "map 2001 legend count" "$m-2001.json" "Member state (6)"
    else
        fail "map 2001-06-15" "$(head -c 300 "$OUT/map.err")"
    fi
    if ml render --chart map data/sco.json -o "$m-2017.svg" --as-of 2017-06-09 \
        --layout-json "$m-2017.json" 2>"$OUT/map.err"; then
        map_check "map 2017-06-09 India and Pakistan" "$m-2017.json" IN=member PK=member \
            IR=observer BY=observer MN=observer CN=member
        legend_has "map 2017 legend count" "$m-2017.json" "Member state (8)"
    else
        fail "map 2017-06-09" "$(head -c 300 "$OUT/map.err")"
    fi
    if ml render --chart map data/sco.json -o "$m-2024.pdf" --as-of 2024-07-04 \
        --layout-json "$m-2024.json" 2>"$OUT/map.err"; then
        # Bahrain's dialogue-partner period is left out of the data until a primary source
        # dates it (data/README.md), so Bahrain has no status here.
        map_check "map 2024-07-04 Belarus" "$m-2024.json" BY=member IR=member \
            BH=null MV=dialogue-partner QA=dialogue-partner
        legend_has "map 2024 legend count" "$m-2024.json" "Member state (10)"
    else
        fail "map 2024-07-04" "$(head -c 300 "$OUT/map.err")"
    fi
    # No --as-of: the data's as_of, after the 2025 merger of observers and dialogue partners.
    if ml render --chart map data/sco.json -o "$m-now.png" --layout-json "$m-now.json" \
        --labels 2>"$OUT/map.err"; then
        map_check "map as of the data: partners" "$m-now.json" MN=partner AF=partner \
            TR=partner LA=partner BH=partner BY=member
        # Bahrain and the Maldives are too small for the 1:110m shapes: they are markers.
        if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
refs={i.get("ref") for i in d["items"] if i.get("role")=="country-marker"}
sys.exit(0 if {"BH","MV"} <= refs else 1)' "$m-now.json"; then
            pass "map small states as markers"
        else fail "map small states as markers" "no marker for Bahrain or the Maldives"; fi
        if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
b=[i["box"] for i in d["items"] if i.get("role")=="country-label"]
hit=lambda a,c: a[0]<c[0]+c[2] and c[0]<a[0]+a[2] and a[1]<c[1]+c[3] and c[1]<a[1]+a[3]
sys.exit(0 if b and not any(hit(b[i],b[j]) for i in range(len(b)) for j in range(i)) else 1)' \
            "$m-now.json"; then pass "map labels do not overlap"
        else fail "map labels do not overlap" "labels missing or overlapping"; fi
    else
        fail "map as of the data" "$(head -c 300 "$OUT/map.err")"
    fi
    if ml render --chart map data/sco.json -o "$m-world.png" --region world \
        --layout-json "$m-world.json" 2>"$OUT/map.err"; then
        map_check "map world" "$m-world.json" US=null BR=null AU=null CN=member
    else
        fail "map world" "$(head -c 300 "$OUT/map.err")"
    fi

    # The three formats are real files of their kind.
    if [ "$(head -c 8 "$m-2001.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
        pass "map png header"
    else fail "map png header" "not a PNG"; fi
    if command -v rsvg-convert >/dev/null; then
        if rsvg-convert "$m-2017.svg" -o "$OUT/map-svg.png" 2>"$OUT/map.err"; then
            pass "map svg parses"
        else fail "map svg parses" "$(head -c 300 "$OUT/map.err")"; fi
    fi
    if command -v pdftotext >/dev/null; then
        if pdftotext "$m-2024.pdf" - 2>/dev/null | grep -q "Member state (10)"; then
            pass "map pdf text"
        else fail "map pdf text" "legend not found in the PDF"; fi
    fi
    # Western Sahara shows its own status and Morocco its own, whichever holds one: Natural
    # Earth's Morocco runs to the berm across Western Sahara, and its fill covered EH's area.
    # The pixel at a place inside each (24.5N 13W is west of the berm) is that country's fill.
    # map-disputed.json: 2001 Morocco a member, 2011 Morocco a member and Western Sahara an
    # observer, 2021 Western Sahara a member and Morocco nothing.
    for as_of in 2001-01-01:MA=member:EH=null 2011-01-01:MA=member:EH=observer \
        2021-01-01:MA=null:EH=member; do
        IFS=: read -r day want_ma want_eh <<<"$as_of"
        d="$OUT/map-disputed-$day"
        if ! ml render --chart map tests/data/map-disputed.json --as-of "$day" -o "$d.png" \
            --layout-json "$d.json" 2>"$OUT/map.err"; then
            fail "map disputed $day" "$(head -c 300 "$OUT/map.err")"
            continue
        fi
        map_check "map disputed $day statuses" "$d.json" "$want_ma" "$want_eh"
        ok=1 seen=
        for place in "EH -13 24.5" "EH -15 23" "EH -10 26.5" "MA -6 32"; do
            read -r want lon lat <<<"$place"
            got=$(python3 tests/tools/map_check.py point "$d.json" "$d.png" "$lon" "$lat" \
                2>&1) || ok=
            read -r ref fill pixel <<<"$got"
            [ "$ref" = "$want" ] && [ "$fill" = "$pixel" ] || ok=
            seen="$seen $want:$ref:$fill:$pixel"
        done
        if [ -n "$ok" ]; then pass "map disputed $day pixels"
        else fail "map disputed $day pixels" "place:drawn:fill:pixel$seen"; fi
    done

    # --labels: every country drawn with a status is labelled or named in the note under the
    # map, a label never covers another country with a status and reads on what is under it
    # (map_check.py labels). The Commonwealth (56 states with a status, the one applicant
    # Zimbabwe among members) at four sizes; the Arab League in Arabic with Libya's long name.
    cw=tests/data/map-commonwealth.json
    for size in default slide a4 a4-landscape; do
        d="$OUT/map-labels-$size"
        opt=()
        [ "$size" = default ] || opt=(--size "$size")
        if ! ml render --chart map "$cw" --labels "${opt[@]}" -o "$d.png" \
            --layout-json "$d.json" 2>"$d.err"; then
            fail "map labels $size" "$(head -c 300 "$d.err")"
            continue
        fi
        if msg=$(python3 tests/tools/map_check.py labels "$d.json" 56); then
            pass "map labels $size: every state labelled or noted"
        else fail "map labels $size" "$msg"; fi
        # The rarest status is labelled first: Zimbabwe, the only applicant.
        if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
sys.exit(0 if any(i.get("role") == "country-label" and i.get("ref") == "ZW" for i in d["items"]) else 1)' "$d.json"
        then pass "map labels $size: the only applicant labelled"
        else fail "map labels $size: the only applicant labelled" "no label for ZW"; fi
        # Labels left out are a warning naming them, and --strict fails.
        left=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
print(sum(int(i["value"]) for i in d["items"] if i.get("role") == "labels-left-out"))' "$d.json")
        if [ "$left" -gt 0 ]; then
            ml render --chart map "$cw" --labels "${opt[@]}" --strict -o "$d-strict.png" \
                >/dev/null 2>"$d-strict.err"
            rc=$?
            if grep -q "label(s) not shown" "$d.err" && [ "$rc" != 0 ] &&
                grep -q "label(s) not shown" "$d-strict.err"; then
                pass "map labels $size: $left left out, warned, --strict fails"
            else fail "map labels $size: warning and --strict" "exit $rc: $(head -c 300 "$d-strict.err")"; fi
        fi
    done
    d="$OUT/map-labels-ar"
    if ml render --chart map tests/data/map-arab-league.json --lang ar --as-of 1985-06-01 \
        --labels --size a4 -o "$d.png" --layout-json "$d.json" 2>"$d.err" &&
        msg=$(python3 tests/tools/map_check.py labels "$d.json"); then
        pass "map labels in Arabic, a long name on Libya"
    else fail "map labels in Arabic" "${msg:-$(head -c 300 "$d.err")}"; fi
    for theme in dark print; do
        d="$OUT/map-labels-$theme"
        if ml render --chart map "$cw" --labels --theme "$theme" -o "$d.png" \
            --layout-json "$d.json" 2>"$d.err" &&
            msg=$(python3 tests/tools/map_check.py labels "$d.json" 56); then
            pass "map labels, $theme theme"
        else fail "map labels, $theme theme" "${msg:-$(head -c 300 "$d.err")}"; fi
    done

    # A corrupt shapes file is a clean error, not a crash.
    mkdir -p "$OUT/badworld"
    printf 'MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1\n' >"$OUT/badworld/world-110m.txt"
    MEMBERLINE_DATA_DIR="$OUT/badworld" ml render --chart map data/sco.json \
        -o "$OUT/bad.png" >/dev/null 2>"$OUT/map.err"
    rc=$?
    if [ "$rc" != 0 ] && [ "$rc" -lt 99 ] && grep -q "world-110m.txt:3" "$OUT/map.err"; then
        pass "map corrupt shapes file"
    else fail "map corrupt shapes file" "exit $rc: $(head -c 300 "$OUT/map.err")"; fi
fi

# A slide sequence: one map per accession date, rendered by one batch.
if [ -f "$ROOT/docs/examples/map-series.json" ]; then
    rm -rf "$OUT/series" && mkdir -p "$OUT/series" && cp "$ROOT/docs/examples/map-series.json" "$OUT/series/"
    sed -i "s|../../data/sco.json|$ROOT/data/sco.json|" "$OUT/series/map-series.json"
    if ml batch -q "$OUT/series/map-series.json" >"$OUT/series.log" 2>&1 &&
        [ "$(ls "$OUT/series"/map-*.png | wc -l)" = 7 ]; then
        pass "map series in one batch"
    else
        fail "map series in one batch" "$(head -c 300 "$OUT/series.log")"
    fi
fi
