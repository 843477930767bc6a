# Hostile inputs: whatever a hand-edited file holds, the tool gives a correct chart or one clear
# error (exit 65 for bad data, 66 unreadable, 73/74 output faults), never a crash, a hang or a
# silent wrong chart. Big inputs are generated here by tests/tools/hostile.py, never committed.
# Sourced by tests/run.sh (pass, fail, ml, expect_exit, $OUT, $ROOT, $MEMBERLINE).
H=$OUT/hostile
mkdir -p "$H"
GEN="python3 $ROOT/tests/tools/hostile.py"
PNGINFO="python3 $ROOT/tests/tools/png_info.py"

# gen KIND: write the input of that kind to $H/KIND.json (once).
gen() { [ -f "$H/$1.json" ] || $GEN "$1" "$H/$1.json"; }

# rejects NAME FILE PATTERN [ARGS...]: exit 65 with exactly one error line that matches PATTERN.
rejects() {
    local name=$1 file=$2 pattern=$3
    shift 3
    expect_exit "hostile $name" 65 "$file" -o "$H/never.png" "$@"
    local lines
    lines=$(grep -c "error:" "$OUT/last.err")
    if [ "$lines" = 1 ] && grep -Eq -- "$pattern" "$OUT/last.err"; then
        pass "hostile $name message"
    else
        fail "hostile $name message" "expected one error matching '$pattern': $(head -c 300 "$OUT/last.err")"
    fi
    [ -e "$H/never.png" ] && fail "hostile $name leaves no output" "$H/never.png exists"
    rm -f "$H/never.png"
}

# renders NAME KIND CHART...: the chart of each kind renders to a valid PNG.
renders() {
    local name=$1 kind=$2 chart
    shift 2
    gen "$kind"
    local f pngs bad
    for chart in "$@"; do
        rm -f "$H/$kind-$chart".png "$H/$kind-$chart"-[0-9]*.png
        expect_exit "hostile $name $chart" 0 "$H/$kind.json" -c "$chart" -o "$H/$kind-$chart.png"
        # A membership chart past 200 in is written one PNG a page (members-1.png ...).
        pngs=$(ls "$H/$kind-$chart".png "$H/$kind-$chart"-[0-9]*.png 2>/dev/null)
        bad=""
        for f in $pngs; do $PNGINFO "$f" >/dev/null 2>&1 || bad="$bad $f"; done
        if [ -n "$pngs" ] && [ -z "$bad" ]; then pass "hostile $name $chart png"; else
            fail "hostile $name $chart png" "not a PNG:${bad:- none written}"; fi
    done
}

ALL_CHARTS="timeline membership count map"

# ---- files that are not documents
: >"$H/empty.json"
rejects "empty file" "$H/empty.json" "empty.json: error: the input is empty"
printf ' \n\t\n' >"$H/blank.json"
rejects "blank file" "$H/blank.json" "the input is empty"
rejects "/dev/null" /dev/null "/dev/null: error: the input is empty"
if [ -r /proc/self/mem ]; then
    # Opens, then fails to read: the read error path (a missing file and a folder are in 20-cli).
    expect_exit "hostile unreadable file" 66 /proc/self/mem -o "$H/never.png"
    grep -q "cannot read" "$OUT/last.err" && pass "hostile unreadable file message" ||
        fail "hostile unreadable file message" "$(cat "$OUT/last.err")"
fi
if [ "$(id -u)" != 0 ]; then # root reads any file
    echo '{}' >"$H/secret.json" && chmod 000 "$H/secret.json"
    expect_exit "hostile file without read permission" 66 "$H/secret.json" -o "$H/never.png"
fi
expect_exit "hostile input below a file" 66 "$H/empty.json/x.json" -o "$H/never.png"

# ---- bytes and characters
for k in invalid-utf8 nul-escape control-raw control-escaped deep huge-string; do gen "$k"; done
rejects "invalid UTF-8" "$H/invalid-utf8.json" "invalid-utf8.json:1:[0-9]+: error: unable to decode byte 0xc3"
rejects "NUL escape" "$H/nul-escape.json" 'NUL character\) is not allowed'
rejects "raw control character" "$H/control-raw.json" "control character 0x9"
rejects "escaped control character" "$H/control-escaped.json" \
    "title: error: control character U\+0007 in text"
rejects "nested 100000 deep" "$H/deep.json" "maximum parsing depth reached"
rejects "100 MB string" "$H/huge-string.json" "input is too large \(the limit is 64 MiB\)"
rejects "100 MB from stdin" - "input is too large" <"$H/huge-string.json"
rm -f "$H/huge-string.json" # 100 MB: not kept

# Markup is text: "<b>&amp;" prints as written, in the layout and in the PDF's text.
gen markup
for chart in $ALL_CHARTS; do
    expect_exit "hostile markup $chart" 0 "$H/markup.json" -c "$chart" -o "$H/markup-$chart.pdf" \
        --layout-json "$H/markup-$chart.json"
    if python3 - "$H/markup-$chart.json" <<'PY'; then
import json, sys
texts = [i.get("text") for i in json.load(open(sys.argv[1]))["items"] if i.get("kind") == "text"]
sys.exit(0 if "<b>&amp; <i>not</i>" in texts else "title not as written: %r" % texts[:3])
PY
        pass "hostile markup $chart layout text as written"
    else
        fail "hostile markup $chart layout text as written"
    fi
    pdftotext "$H/markup-$chart.pdf" - 2>/dev/null | grep -qF '<b>&amp; <i>not</i>' &&
        pass "hostile markup $chart pdf text as written" ||
        fail "hostile markup $chart pdf text as written" "$(pdftotext "$H/markup-$chart.pdf" - | head -3)"
done
python3 - "$H/markup-timeline.json" <<'PY' && pass "hostile markup event label as written" ||
import json, sys
texts = [i.get("text") for i in json.load(open(sys.argv[1]))["items"] if i.get("kind") == "text"]
sys.exit(0 if any(t and "<b>&amp;" == t.strip() for t in texts) else "label not found")
PY
    fail "hostile markup event label as written"

# ---- types and nulls
for k in number-for-string string-for-number array-for-object all-null all-null-but-version \
    all-null-fields; do gen "$k"; done
rejects "number for a string" "$H/number-for-string.json" "title: error: expected a string .*found a number"
rejects "string for a number" "$H/string-for-number.json" 'memberline: error: expected the integer 1, found a string \("1"\)'
rejects "object for an array" "$H/array-for-object.json" "events: error: expected an array, found an object"
rejects "every field null" "$H/all-null.json" "memberline: error: expected the integer 1, found null"
rejects "every field but the version null" "$H/all-null-but-version.json" "error: expected .*found null"
rejects "every optional field null" "$H/all-null-fields.json" "events\[0\]( \(id \"[^\"]*\"\))?\.[a-z]+: error: expected .*found null"

# ---- sizes within the limits render
renders "10000 events" events-10000 timeline count
renders "1000 members" members-1000 membership count
renders "500 periods on one member" periods-500 membership count timeline
renders "20 members with 1000 periods each" periods-many membership count
renders "year 9999" year-9999 $ALL_CHARTS
renders "year -9999" year-minus-9999 $ALL_CHARTS
renders "all on the same day" same-day $ALL_CHARTS
# A 50,000-character title: over the text cap in a file, drawn (wrapped) when given as an option.
gen title-50000
rejects "50000-character title" "$H/title-50000.json" "title: error: text is too long: 49999 bytes \(the limit is 10000\)"
gen year-9999
LONG_TITLE=$(python3 -c 'print("Long title " * 4545 + "end.")')
expect_exit "hostile 50000-character --title" 0 "$H/year-9999.json" --title "$LONG_TITLE" \
    -o "$H/long-title.png"
$PNGINFO "$H/long-title.png" >/dev/null 2>&1 && pass "hostile 50000-character --title png" ||
    fail "hostile 50000-character --title png"

# ---- over the documented limits (docs/data-format.md, "Limits"): one clear error
for k in events-over-cap members-over-cap periods-over-cap text-over-cap statuses-over-cap \
    categories-over-cap; do gen "$k"; done
rejects "events over the limit" "$H/events-over-cap.json" "events: error: too many events: 100001 \(the limit is 100000\)"
rejects "members over the limit" "$H/members-over-cap.json" "members: error: too many members: 10001 \(the limit is 10000\)"
rejects "periods over the limit" "$H/periods-over-cap.json" "members\[0\]( \(id \"[^\"]*\"\))?\.periods: error: too many periods: 1001 \(the limit is 1000\)"
rejects "text over the limit" "$H/text-over-cap.json" "title: error: text is too long: 10001 bytes"
rejects "statuses over the limit" "$H/statuses-over-cap.json" "statuses: error: too many statuses: 1001 \(the limit is 1000\)"
rejects "categories over the limit" "$H/categories-over-cap.json" "categories: error: too many categories: 1001 \(the limit is 1000\)"
rm -f "$H"/*-over-cap.json "$H"/events-10000.json

# ---- output faults not covered in 20-cli: folders that cannot be written, metadata outputs
SCO=$ROOT/data/sco.json
expect_exit "hostile output below a file" 73 "$SCO" -o "$H/empty.json/x.png"
expect_exit "hostile output-dir is a file" 73 "$SCO" -d "$H/empty.json"
if [ "$(id -u)" != 0 ]; then
    mkdir -p "$H/ro" && chmod 555 "$H/ro"
    expect_exit "hostile read-only folder" 73 "$SCO" -o "$H/ro/x.png"
fi
if [ -d /sys/kernel ]; then # sysfs refuses new files even to root: a folder nobody can write
    expect_exit "hostile unwritable folder" 73 "$SCO" -o /sys/kernel/memberline-test.png
    grep -q "cannot create /sys/kernel/memberline-test.png" "$OUT/last.err" &&
        pass "hostile unwritable folder message" ||
        fail "hostile unwritable folder message" "$(cat "$OUT/last.err")"
fi
expect_exit "hostile layout json disk full" 74 "$SCO" -o "$H/ok.png" --layout-json /dev/full
expect_exit "hostile alt text disk full" 74 "$SCO" -o "$H/ok.png" --alt-text /dev/full
ml "$SCO" -f pdf -o - >/dev/full 2>"$OUT/last.err"
[ $? = 74 ] && pass "hostile pdf to a full stdout" ||
    fail "hostile pdf to a full stdout" "$(cat "$OUT/last.err")"
expect_exit "hostile layout json to an unwritable folder" 73 "$SCO" -o "$H/ok2.png" \
    --layout-json "$H/empty.json/l.json"
ls -A "$H" | grep -q '^\.memberline-' && fail "hostile no temporary file left" "$(ls -A "$H")" ||
    pass "hostile no temporary file left"
