# The membership and count charts of the SCO data, through the CLI: counts at the dates that
# matter, row order, no text overlap, bars at their dates, every format. Sourced by
# tests/run.sh (pass, fail, ml, $OUT, $ROOT, $MEMBERLINE).
if [ -f "$ROOT/data/sco.json" ] && "$MEMBERLINE" --help 2>&1 | grep -q -- --layout-json; then
    M=$OUT/membership
    mkdir -p "$M"
    SCO=$ROOT/data/sco.json
    BARS="python3 $ROOT/tests/tools/check_bars.py"

    # fact NAME CHECK LAYOUT ARGS...: one check_bars.py fact.
    # shellcheck disable=SC2086
    fact() { tool_fact "$1" $BARS "${@:2}"; }
    # render NAME ARGS...: run the tool; fail NAME when it does not exit 0.
    render() {
        local name=$1
        shift
        if ml render "$SCO" "$@" >"$M/last.out" 2>"$M/last.err"; then return 0; fi
        fail "$name" "exit $?: $(head -c 300 "$M/last.err")"
        return 1
    }

    # ---- count chart: the SCO's numbers at the dates they changed
    if render "count default" --chart count -o "$M/count.png" --layout-json "$M/count.json"; then
        fact "count members 2001" count "$M/count.json" member:2001-06-15=6 shanghai-five:2001-06-15=0 \
            shanghai-five:2000-01-01=5
        fact "count members 2017" count "$M/count.json" member:2017-06-09=8 member:2017-06-08=6
        fact "count members 2023" count "$M/count.json" member:2023-07-04=9
        fact "count members 2024" count "$M/count.json" member:2024-07-04=10
        fact "count after the 2025 merger" count "$M/count.json" partner:2025-09-01=17 \
            observer:2025-09-01=0 dialogue-partner:2025-09-01=0 observer:2025-08-31=2
        fact "count current" current "$M/count.json" member=10 partner=17 observer=0
        fact "count page" page "$M/count.json"
    fi
    for d in 2001-06-15:6 2017-06-09:8 2023-07-04:9 2024-07-04:10; do
        if render "count as of ${d%:*}" --chart count --as-of "${d%:*}" -o "$M/c-asof.svg" \
            --layout-json "$M/c-asof.json"; then
            fact "count as of ${d%:*}" current "$M/c-asof.json" "member=${d#*:}"
        fi
    done
    if render "count as of 2025-09-01" --chart count --as-of 2025-09-01 -o "$M/c-m.png" \
        --layout-json "$M/c-m.json"; then
        fact "count as of the merger" current "$M/c-m.json" partner=17 observer=0 \
            dialogue-partner=0 member=10
    fi
    if render "count lines" --chart count --count lines -o "$M/count-lines.png" \
        --layout-json "$M/count-lines.json"; then
        fact "count lines values" count "$M/count-lines.json" member:2017-06-09=8 \
            partner:2025-09-01=17
        fact "count lines page" page "$M/count-lines.json"
    fi

    # ---- membership chart
    if render "membership default" --chart membership -o "$M/m.png" --layout-json "$M/m.json"; then
        fact "membership order" order "$M/m.json" China Kazakhstan Russia Uzbekistan India \
            Pakistan Iran Belarus Mongolia "Sri Lanka" Laos Bangladesh
        fact "membership page" page "$M/m.json"
        fact "membership bars" bars "$M/m.json"
        python3 "$ROOT/tests/tools/png_info.py" "$M/m.png" | grep -q "^1600 " &&
            pass "membership png width" || fail "membership png width"
    fi
    if render "membership name sort" --chart membership --sort name --group none \
        -o "$M/m-name.png" --layout-json "$M/m-name.json"; then
        fact "membership sort name" order "$M/m-name.json" Afghanistan Armenia Azerbaijan \
            Bahrain Bangladesh Belarus Cambodia China
        grep -q '"role": *"group"' "$M/m-name.json" && fail "membership group none" ||
            pass "membership group none"
    fi
    for args in "--size slide" "--as-of 2017-06-09" "--lang ru" "--lang zh" "--theme dark" \
        "--theme print" "--mark category:membership" "--size slide --mark category:membership"; do
        # shellcheck disable=SC2086
        if render "membership $args" --chart membership $args -o "$M/v.png" \
            --layout-json "$M/v.json"; then
            fact "membership page $args" page "$M/v.json"
            fact "membership bars $args" bars "$M/v.json"
        fi
    done
    # A slide's type is at least 1.25% of its width: the SCO's 29 rows take more than one
    # slide, each a file of the slide's size.
    if render "membership slide png" --chart membership --size slide -o "$M/slide.png"; then
        n=0
        for f in "$M"/slide-*.png; do
            [ -f "$f" ] || continue
            n=$((n + 1))
            python3 "$ROOT/tests/tools/png_info.py" "$f" | grep -q "^1920 1080 " ||
                fail "membership slide 1920x1080" "$f: $(python3 "$ROOT/tests/tools/png_info.py" "$f")"
        done
        [ "$n" -ge 1 ] && pass "membership slide 1920x1080" ||
            fail "membership slide 1920x1080" "no slide-N.png written"
    fi
    if render "membership as of 2017" --chart membership --as-of 2017-06-09 -o "$M/a.png" \
        --layout-json "$M/a.json"; then
        grep -q '"Laos"' "$M/a.json" && fail "membership as of 2017 leaves later members out" ||
            pass "membership as of 2017 leaves later members out"
    fi
    for f in svg pdf; do
        for c in membership count; do
            render "$c $f" --chart $c -o "$M/$c.$f" || continue
            if [ $f = svg ]; then
                rsvg-convert -o "$M/$c-svg.png" "$M/$c.svg" 2>"$M/rsvg.err" &&
                    pass "$c svg parses" || fail "$c svg parses" "$(head -c 200 "$M/rsvg.err")"
            else
                pdftotext "$M/$c.pdf" - 2>/dev/null | grep -q "Kazakhstan\|Member state" &&
                    pass "$c pdf text" || fail "$c pdf text"
            fi
        done
    done
    pdftotext "$M/membership.pdf" - 2>/dev/null | grep -q "Kazakhstan" &&
        pass "membership pdf names" || fail "membership pdf names"
fi
