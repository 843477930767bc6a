# Multilingual charts through the CLI: every chart complete in en, ru and zh (SCO data) and in
# fa, ar, ur and hi (tests/data/rtl.json), with no text box overlapping another or leaving the
# page; dates and chart words in the chart language; the CJK face by language; PDFs searchable
# in right-to-left and Devanagari text; labels no font can draw. Sourced by tests/run.sh (pass,
# fail, ml, expect_exit, $OUT, $ROOT, $MEMBERLINE). The pdftotext checks of the ru and zh titles
# and the missing-translation warning live in 20-cli.sh.
I18N=$OUT/i18n
mkdir -p "$I18N"
SCO=$ROOT/data/sco.json
RTL=$ROOT/tests/data/rtl.json
# Text boxes must not meet each other nor leave the page (check_text_boxes.py). The timeline's
# own checker also tests text against markers and leaders; the count chart's accession leaders
# run behind its total labels by design (in English too), so that stricter check is for the
# timeline only.
boxes_for() {
    if [ "$1" = timeline ] && [ -f "$ROOT/tests/tools/check_layout.py" ]; then
        echo "$ROOT/tests/tools/check_layout.py"
    else
        echo "$ROOT/tests/tools/check_text_boxes.py"
    fi
}

# i18n_render NAME FILE LANG CHART: render PNG and layout with --strict (a missing translation
# or an undrawable glyph fails), then check the layout. Leaves $I18N/CHART-LANG.json.
i18n_render() {
    local name=$1 file=$2 lang=$3 chart=$4 out=$I18N/$4-$3 why
    if ! ml "$file" --chart "$chart" --lang "$lang" --strict -o "$out.png" \
        --layout-json "$out.json" >"$out.out" 2>"$out.err"; then
        fail "$name" "exit $?: $(head -c 400 "$out.err")"
        return 1
    fi
    if why=$(python3 "$(boxes_for "$chart")" "$out.json" 2>&1); then pass "$name"; else fail "$name" "$why"; fi
}

# has_text NAME LAYOUT ROLE TEXT: an item of ROLE in LAYOUT has exactly TEXT.
has_text() {
    if python3 - "$2" "$3" "$4" <<'PY'; then pass "$1"; else fail "$1" "no $3 \"$4\" in $2"; fi
import json, sys
items = json.load(open(sys.argv[1], encoding="utf-8"))["items"]
sys.exit(0 if any(i.get("role") == sys.argv[2] and i.get("text") == sys.argv[3] for i in items) else 1)
PY
}

# ---- complete charts and label placement in every language
i18n_charts=()
for c in timeline membership count; do
    # Only the charts this build has (the guard keeps the suite green while charts land).
    ml "$SCO" --chart "$c" -o "$I18N/probe-$c.png" >/dev/null 2>&1 && i18n_charts+=("$c")
done
if "$MEMBERLINE" --help 2>&1 | grep -q -- --layout-json; then
    for c in "${i18n_charts[@]}"; do
        for l in en ru zh; do i18n_render "i18n $c $l complete, no overlap" "$SCO" "$l" "$c"; done
        for l in fa ar ur hi; do i18n_render "i18n $c $l complete, no overlap" "$RTL" "$l" "$c"; done
    done
fi

# ---- dates and chart words in the chart language
if [ -f "$I18N/membership-ru.json" ]; then
    has_text "i18n ru as-of" "$I18N/membership-ru.json" as-of "По состоянию на 26 октября 2025 г."
    has_text "i18n zh as-of" "$I18N/membership-zh.json" as-of "截至2025年10月26日"
    has_text "i18n fa as-of" "$I18N/membership-fa.json" as-of "تا 26 اکتبر 2025"
    has_text "i18n ar as-of" "$I18N/membership-ar.json" as-of "حتى 26 أكتوبر 2025"
    has_text "i18n hi as-of postposition" "$I18N/membership-hi.json" as-of "26 अक्तूबर 2025 तक"
    has_text "i18n ur as-of postposition" "$I18N/membership-ur.json" as-of "26 اکتوبر 2025 تک"
    has_text "i18n zh source" "$I18N/membership-zh.json" source \
        "来源：根据上合组织、联合国和新闻来源整理；详见各事件所附链接"
    has_text "i18n zh group header" "$I18N/membership-zh.json" group "成员国（10）"
    has_text "i18n ru group header" "$I18N/membership-ru.json" group "Государство-член (10)"
    has_text "i18n fa group header" "$I18N/membership-fa.json" group "کشور عضو (7)"
fi
if [ -f "$I18N/count-zh.json" ]; then
    has_text "i18n zh count value" "$I18N/count-zh.json" current "成员国：10"
    has_text "i18n fa names with the Arabic comma" "$I18N/count-fa.json" accession "چین، قزاقستان، روسیه"
fi

# ---- fonts: the CJK face by language, embedded; RTL and Devanagari text searchable
if ml "$SCO" --chart count --lang zh -o "$I18N/zh.pdf" 2>/dev/null; then
    if pdffonts "$I18N/zh.pdf" | grep -q "NotoSansCJKsc"; then pass "i18n zh uses the SC face"; else
        fail "i18n zh uses the SC face" "$(pdffonts "$I18N/zh.pdf")"; fi
    if pdffonts "$I18N/zh.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'; then
        pass "i18n zh fonts embedded"; else fail "i18n zh fonts embedded" "$(pdffonts "$I18N/zh.pdf")"; fi
fi
if ml "$RTL" --chart count --lang fa -o "$I18N/fa.pdf" 2>/dev/null; then
    pdftotext "$I18N/fa.pdf" "$I18N/fa.txt"
    grep -q "سازمان همکاری شانگهای" "$I18N/fa.txt" && pass "i18n fa pdf searchable" ||
        fail "i18n fa pdf searchable" "$(head -c 300 "$I18N/fa.txt")"
    grep -q "UN 74/247" "$I18N/fa.txt" && pass "i18n fa pdf keeps the Latin run" ||
        fail "i18n fa pdf keeps the Latin run" "$(head -c 300 "$I18N/fa.txt")"
fi
if ml "$RTL" --chart count --lang hi -o "$I18N/hi.pdf" 2>/dev/null; then
    pdftotext "$I18N/hi.pdf" "$I18N/hi.txt"
    grep -q "शंघाई सहयोग संगठन" "$I18N/hi.txt" && pass "i18n hi pdf searchable" ||
        fail "i18n hi pdf searchable" "$(head -c 300 "$I18N/hi.txt")"
fi

# ---- labels no installed font can draw: private-use characters U+E000, U+E001
cat >"$I18N/pua.json" <<'JSON'
{"memberline": 1, "languages": ["en"], "title": "Glyphs \ue000\ue001 nobody draws",
 "source": "Test data",
 "categories": [{"id": "c", "label": "Category"}],
 "statuses": [{"id": "m", "label": "Member", "rank": 1}],
 "events": [{"id": "e", "date": "2001", "title": "An event", "category": "c", "importance": 1,
             "participants": ["a"], "sources": []}],
 "members": [{"id": "a", "name": "Alpha", "periods": [{"status": "m", "from": "2001"}]}]}
JSON
for c in "${i18n_charts[@]}"; do
    ml "$I18N/pua.json" --chart "$c" -o "$I18N/pua-$c.png" 2>"$I18N/pua-$c.err"
    rc=$?
    if [ "$rc" = 0 ] && grep -q 'warning: no installed font can draw 2 character(s) of "Glyphs .* nobody draws", first U+E000 (.*fonts-noto' "$I18N/pua-$c.err"; then
        pass "i18n $c missing glyphs warn"
    else
        fail "i18n $c missing glyphs warn" "exit $rc: $(head -c 400 "$I18N/pua-$c.err")"
    fi
    expect_exit "i18n $c missing glyphs --strict" 65 "$I18N/pua.json" --chart "$c" --strict \
        -o "$I18N/pua-strict-$c.png"
    [ "$(grep -c 'no installed font' "$I18N/pua-$c.err")" = 1 ] && pass "i18n $c glyph warning once" ||
        fail "i18n $c glyph warning once" "$(cat "$I18N/pua-$c.err")"
done
