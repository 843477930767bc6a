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
LANGS=$ROOT/tests/data/langs.json
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
    # German, Spanish, French and Portuguese: longer words and dates ("26. Okt. 2025"); the
    # data's texts in each language (tests/data/langs.json), the map too.
    for c in "${i18n_charts[@]}" map; do
        for l in de es fr pt; do i18n_render "i18n $c $l complete, no overlap" "$LANGS" "$l" "$c"; done
    done
fi
# A plain string (langs.json's source note and category label) is every language's text:
# --strict passes in every chart.
for c in timeline membership count map; do
    expect_exit "i18n plain strings under --strict, $c" 0 "$LANGS" --chart "$c" --lang es --strict \
        -o "$I18N/plain-$c.svg"
done

# ---- dates and chart words in the chart language
if [ -f "$I18N/membership-ru.json" ]; then
    has_text "i18n ru as-of" "$I18N/membership-ru.json" as-of "По состоянию на 26 октября 2025 г."
    has_text "i18n zh as-of" "$I18N/membership-zh.json" as-of "截至2025年10月26日"
    has_text "i18n fa as-of" "$I18N/membership-fa.json" as-of "تا ۲۶ اکتبر ۲۰۲۵"
    has_text "i18n ar as-of" "$I18N/membership-ar.json" as-of "حتى ٢٦ أكتوبر ٢٠٢٥"
    has_text "i18n hi as-of postposition" "$I18N/membership-hi.json" as-of "26 अक्तूबर 2025 तक"
    has_text "i18n ur as-of postposition" "$I18N/membership-ur.json" as-of "26 اکتوبر، 2025 تک"
    has_text "i18n zh source" "$I18N/membership-zh.json" source \
        "来源：根据上合组织、联合国和新闻来源整理；详见各事件所附链接"
    has_text "i18n zh group header" "$I18N/membership-zh.json" group "成员国（10）"
    has_text "i18n ru group header" "$I18N/membership-ru.json" group "Государство-член (10)"
    has_text "i18n fa group header" "$I18N/membership-fa.json" group "کشور عضو (۷)"
fi
if [ -f "$I18N/count-zh.json" ]; then
    has_text "i18n zh count value" "$I18N/count-zh.json" current "成员国：10"
    has_text "i18n fa names with the Arabic comma" "$I18N/count-fa.json" accession "چین، قزاقستان، روسیه"
fi

# ---- any language CLDR knows: dates and numbers from CLDR, words from the shipped tables,
# one warning for a language without them; BCP 47 fallback to the data's language
cat >"$I18N/many.json" <<'JSON'
{"memberline": 1, "languages": ["en", "es", "de", "fr", "pt", "ja", "ko", "tr", "he", "ru"],
 "title": {"en": "Union", "es": "Unión", "de": "Union", "fr": "Union", "pt": "União",
           "ja": "連合", "ko": "연합", "tr": "Birlik", "he": "איחוד", "ru": "Союз"},
 "source": "Test data, one plain string for every language", "as_of": "2025-07-03",
 "categories": [{"id": "c", "label": "Category"}],
 "statuses": [{"id": "m", "label": "Member", "rank": 1}],
 "events": [{"id": "e", "date": "1991-03", "title": "Founded", "category": "c", "importance": 1,
             "sources": []}],
 "members": [{"id": "a", "name": "Alpha", "periods": [{"status": "m", "from": "1991-03-26"}]}]}
JSON
cat >"$I18N/plain.json" <<'JSON'
{"memberline": 1, "title": "Union", "as_of": "2025-07-03",
 "statuses": [{"id": "m", "label": "Member", "rank": 1}],
 "members": [{"id": "a", "name": "Alpha", "periods": [{"status": "m", "from": "1991-03-26"}]}]}
JSON
lang_case() { # NAME LANG ROLE TEXT: the chart's layout dump has that text in that role
    local name=$1 lang=$2 role=$3 want=$4 f="$I18N/many-$2-$1.json"
    if ml "$I18N/many.json" --chart membership --lang "$lang" --layout-json "$f" \
        -o "$I18N/many-$lang.svg" 2>"$I18N/many-$lang.err"; then
        has_text "i18n $lang $name" "$f" "$role" "$want"
    else fail "i18n $lang $name" "$(head -c 300 "$I18N/many-$lang.err")"; fi
}
lang_case as-of es as-of "A fecha de 3 jul 2025"
lang_case as-of de as-of "Stand: 3. Juli 2025"
lang_case as-of fr as-of "Au 3 juil. 2025"
lang_case as-of pt as-of "Situação em 3 de jul. de 2025"
lang_case as-of ja as-of "As of 2025年7月3日"
lang_case as-of ko as-of "As of 2025년 7월 3일"
lang_case as-of tr as-of "As of 3 Tem 2025"
# Hebrew has tables: the whole footer is Hebrew, one direction (no English words round a Hebrew
# date for the bidi algorithm to reorder).
lang_case as-of he as-of "נכון ל־3 ביולי 2025"
lang_case source he source "מקור: Test data, one plain string for every language"
lang_case source es source "Fuente: Test data, one plain string for every language"
# ru-RU falls back to the data's "ru"; its dates are Russian.
lang_case fallback ru-RU as-of "По состоянию на 3 июля 2025 г."
# A plain string is every language's text: no missing-translation warning, --strict passes.
expect_exit "i18n plain string under --strict" 0 "$I18N/many.json" --chart membership --lang es \
    --strict -o "$I18N/strict-es.svg"
# A language without chart words: one warning naming it; --strict makes it an error.
ml "$I18N/many.json" --chart membership --lang ja -o "$I18N/ja.svg" 2>"$I18N/ja.err"
[ "$(grep -c 'no chart words for language "ja": they are in English (dates and numbers follow CLDR' "$I18N/ja.err")" = 1 ] &&
    pass "i18n ja warns once" || fail "i18n ja warns once" "$(cat "$I18N/ja.err")"
grep -q 'es\|de\|fr' "$I18N/many-es.err" && fail "i18n es no warning" "$(cat "$I18N/many-es.err")" ||
    pass "i18n es no warning"
expect_exit "i18n ja --strict" 65 "$I18N/many.json" --chart membership --lang ja --strict \
    -o "$I18N/ja-strict.svg"
expect_exit "i18n he --strict (shipped words)" 0 "$I18N/many.json" --chart membership --lang he \
    --strict -o "$I18N/he-strict.svg"

# ---- a language CLDR does not know ("xx" in the data): English words and English dates (as
# "en" writes them, not en-US's "Aug 8, 1967"), a warning that says so, and the
# missing-translation warning counts each text once however often it is drawn.
python3 - "$I18N/many.json" "$I18N/xx.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["languages"].append("xx")
d["title"]["xx"] = "XX"
d["statuses"][0]["label"] = {"en": "Member", "es": "Miembro"}  # no "xx": drawn and described
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
for c in membership count map; do
    ml "$I18N/xx.json" --chart "$c" --lang xx --layout-json "$I18N/xx-$c.json" \
        --alt-text "$I18N/xx-$c.txt" -o "$I18N/xx-$c.svg" 2>"$I18N/xx-$c.err"
    [ "$(grep -c '^memberline: warning: no chart words for language "xx", and CLDR does not know it: chart words, dates and numbers are in English$' "$I18N/xx-$c.err")" = 1 ] &&
        pass "i18n xx $c: one truthful warning" || fail "i18n xx $c: one truthful warning" "$(cat "$I18N/xx-$c.err")"
    grep -q 'As of 3 Jul 2025\|3 Jul 2025' "$I18N/xx-$c.txt" && ! grep -q 'Jul 3, 2025' "$I18N/xx-$c.txt" &&
        pass "i18n xx $c: English dates as en writes them" ||
        fail "i18n xx $c: English dates as en writes them" "$(cat "$I18N/xx-$c.txt")"
    w=$(grep 'have no "xx" translation' "$I18N/xx-$c.err")
    # "Member" is the legend's label and the alt text's: one text, named once
    if [ -n "$w" ] && [ "$(echo "$w" | grep -o '"Member"' | wc -l)" = 1 ]; then
        pass "i18n xx $c: each missing text named once"
    else fail "i18n xx $c: each missing text named once" "$w"; fi
done
has_text "i18n xx as-of in English" "$I18N/xx-membership.json" as-of "As of 3 Jul 2025"

# ---- Chinese in Traditional characters (zh-Hant, zh-TW, zh-HK): one script in every chart
# word, alt-text sentence and SVG description; no Simplified-only character from our tables.
ASEAN=$ROOT/tests/data/asean.json
SIMPLIFIED='[来员国无数显仅续据暂资个时间线图为条颜变阶叠见约这们当]'
for lang in zh-Hant-TW zh-TW zh-HK; do
    for c in timeline membership count map; do
        f=$I18N/hant-$lang-$c
        if ml "$ASEAN" --chart "$c" --lang "$lang" --alt-text "$f.txt" -o "$f.svg" 2>"$f.err"; then
            bad=$(cat "$f.txt" "$f.svg" | grep -o "$SIMPLIFIED" | sort -u | tr -d '\n')
            [ -z "$bad" ] && ! grep -q 'no chart words' "$f.err" &&
                pass "i18n $lang $c: Traditional throughout" ||
                fail "i18n $lang $c: Traditional throughout" "Simplified: $bad; $(head -c 200 "$f.err")"
        else fail "i18n $lang $c: Traditional throughout" "$(head -c 300 "$f.err")"; fi
    done
done
grep -q '來源' "$I18N/hant-zh-TW-count.svg" && pass "i18n zh-TW source word" ||
    fail "i18n zh-TW source word" "no 來源"

# ---- Brazilian Portuguese: "status" where Portugal says "estatuto"
ml "$ASEAN" --chart count --lang pt-BR --alt-text "$I18N/pt-BR.txt" -o "$I18N/pt-BR.svg" 2>/dev/null
ml "$ASEAN" --chart count --lang pt --alt-text "$I18N/pt.txt" -o "$I18N/pt.svg" 2>/dev/null
grep -q 'em cada status' "$I18N/pt-BR.txt" && ! grep -qi 'estatuto' "$I18N/pt-BR.txt" "$I18N/pt-BR.svg" &&
    grep -q 'em cada estatuto' "$I18N/pt.txt" && pass "i18n pt-BR says status, pt estatuto" ||
    fail "i18n pt-BR says status, pt estatuto" "$(cat "$I18N/pt-BR.txt" | head -c 300)"
expect_exit "i18n not a language tag" 64 "$I18N/many.json" --lang 'e!s' -o "$I18N/bad.svg"
# A language the data does not list: the chart's words and dates in it, the data's texts in its
# first language; a translated text without it is a missing translation (--strict fails), a
# plain string is not.
lang_case "not in the data: words and dates" fa as-of "تا ۳ ژوئیهٔ ۲۰۲۵"
grep -q 'text(s) have no "fa" translation' "$I18N/many-fa.err" &&
    pass "i18n not in the data: the translated title is reported missing" ||
    fail "i18n not in the data: the translated title is reported missing" "$(cat "$I18N/many-fa.err")"
expect_exit "i18n not in the data: --strict fails on the missing title" 65 "$I18N/many.json" \
    --lang fa --strict -o "$I18N/fa-strict.svg"
expect_exit "i18n not in the data: plain strings pass --strict" 0 "$I18N/plain.json" --lang fa \
    --strict -o "$I18N/plain-fa.svg"

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

# ---- reading direction: the frame follows the language (title, subtitle, source note and
# legend from the right in fa, ar and ur); the time axis runs left to right unless --direction
# rtl (or auto in a right-to-left language) mirrors it
direction() { # NAME LAYOUT FRAME TIME
    local why
    if why=$(python3 "$ROOT/tests/tools/check_direction.py" "$2" "$3" "$4" 2>&1); then pass "$1"
    else fail "$1" "$why"; fi
}
for c in "${i18n_charts[@]}"; do
    for l in fa ar ur; do
        [ -f "$I18N/$c-$l.json" ] && direction "i18n $c $l frame from the right" "$I18N/$c-$l.json" rtl ltr
    done
    for l in hi en; do
        [ -f "$I18N/$c-$l.json" ] && direction "i18n $c $l frame from the left" "$I18N/$c-$l.json" ltr ltr
    done
    # Mirrored: complete, nothing overlapping (the timeline's stricter checker too), time from
    # the right; auto mirrors Arabic and leaves English alone.
    out=$I18N/mirror-$c
    if ml "$RTL" --chart "$c" --lang fa --direction rtl --strict -o "$out-fa.png" \
        --layout-json "$out-fa.json" 2>"$out.err" &&
        why=$(python3 "$(boxes_for "$c")" "$out-fa.json" 2>&1); then
        pass "i18n $c fa --direction rtl, no overlap"
    else fail "i18n $c fa --direction rtl, no overlap" "$why $(head -c 300 "$out.err")"; fi
    [ -f "$out-fa.json" ] && direction "i18n $c fa --direction rtl: time from the right" "$out-fa.json" rtl rtl
    ml "$RTL" --chart "$c" --lang ar --direction auto -o "$out-ar.svg" --layout-json "$out-ar.json" &&
        direction "i18n $c ar --direction auto mirrors" "$out-ar.json" rtl rtl
    ml "$SCO" --chart "$c" --direction auto -o "$out-en.svg" --layout-json "$out-en.json" &&
        direction "i18n $c en --direction auto does not" "$out-en.json" ltr ltr
    ml "$SCO" --chart "$c" --direction rtl -o "$out-en-rtl.svg" --layout-json "$out-en-rtl.json" &&
        direction "i18n $c en --direction rtl: English frame, time from the right" \
            "$out-en-rtl.json" ltr rtl
done
expect_exit "i18n --direction checked" 64 "$SCO" --direction up -o "$I18N/bad-direction.svg"

# ---- right-to-left name column: names flush to one right edge, group headers ending at the
# same edge as the names they head (the names indented from it); with --direction rtl the
# column is on the right and its headers end at the page's right margin, as the title does.
rtl_column() { # NAME LAYOUT MIRRORED
    if python3 - "$2" "$3" <<'PY'; then pass "$1"; else fail "$1" "see $2"; fi
import json, sys
d = json.load(open(sys.argv[1]))
items = d["items"]
right = lambda i: i["box"][0] + i["box"][2]
names = [right(i) for i in items if i.get("role") == "name"]
heads = [right(i) for i in items if i.get("role") == "group"]
title = [right(i) for i in items if i.get("role") == "title"][0]
size = max(i["size"] for i in items if i.get("role") == "name")
assert names and heads, "no names or headers"
assert max(names) - min(names) < 0.5, ("names not flush right", min(names), max(names))
assert max(heads) - min(heads) < 0.5, ("headers not flush right", heads)
indent = heads[0] - names[0]
assert 0 < indent <= 2 * size, ("headers do not end at the names' edge", heads[0], names[0])
if sys.argv[2] == "1":
    assert abs(heads[0] - title) < 0.5, ("headers not at the right margin", heads[0], title)
else:
    assert heads[0] < d["width"] / 2, ("the column moved", heads[0])
PY
}
for lang in fa ar he; do
    for dir in "" rtl; do
        f=$I18N/rtl-column-$lang-${dir:-auto}.json
        if ml "$ASEAN" --chart membership --lang "$lang" ${dir:+--direction "$dir"} \
            --layout-json "$f" -o "${f%.json}.png" 2>/dev/null; then
            rtl_column "i18n $lang membership${dir:+ --direction $dir}: names and headers flush right" \
                "$f" "$([ -n "$dir" ] && echo 1 || echo 0)"
        else fail "i18n $lang membership${dir:+ --direction $dir} renders"; fi
    done
done
