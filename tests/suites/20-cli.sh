# The command line as users meet it: every option, every exit code, the outputs' properties.
# Sourced by tests/run.sh (pass, fail, ml, expect_exit, $OUT, $ROOT, $MEMBERLINE).
SCO=$ROOT/data/sco.json
PNGINFO="python3 $ROOT/tests/tools/png_info.py"
C=$OUT/cli
mkdir -p "$C"

# check NAME COMMAND...: pass when the shell command succeeds.
check() {
    local name=$1
    shift
    if ( eval "$@" ) >"$C/check.log" 2>&1; then pass "$name"; else
        fail "$name" "$(head -c 300 "$C/check.log")"; fi
}

png_is() { # png_is NAME FILE "W H"
    local got
    got=$($PNGINFO "$2" 2>&1 | cut -d' ' -f1,2)
    if [ "$got" = "$3" ]; then pass "$1"; else fail "$1" "PNG is $got, expected $3"; fi
}

# ---- help, version, usage errors (64)
expect_exit "cli --help" 0 --help
for o in --chart --output --format --output-dir --layout-json --alt-text --size --width \
    --height --scale --dpi --theme --lang --font --title --subtitle --no-title --no-legend \
    --source-note --transparent --from --to --as-of --lanes --sort --group --mark --count \
    --region --labels --strict --jobs --quiet --verbose --version; do
    grep -q -- "$o" "$OUT/last.out" || fail "cli --help lists $o"
done
pass "cli --help lists every option"
expect_exit "cli --version" 0 --version
grep -q "^memberline [0-9]" "$OUT/last.out" && pass "cli version text" || fail "cli version text"
expect_exit "cli unknown option" 64 --bogus
grep -q "unknown option --bogus" "$OUT/last.err" && pass "cli unknown option message" ||
    fail "cli unknown option message" "$(cat "$OUT/last.err")"
expect_exit "cli option without value" 64 "$SCO" -o
expect_exit "cli bad width" 64 "$SCO" --width 12qq -o "$C/x.png"
expect_exit "cli bad height" 64 "$SCO" --height -5px -o "$C/x.png"
expect_exit "cli bad scale" 64 "$SCO" --scale 0 -o "$C/x.png"
expect_exit "cli bad dpi" 64 "$SCO" --dpi abc -o "$C/x.png"
expect_exit "cli bad size" 64 "$SCO" --size huge -o "$C/x.png"
# --mark takes category:ID,... or id:ID,...; anything else is a usage error that says so.
for m in bogus id: category: 'id:a,,b'; do
    expect_exit "cli --mark $m refused" 64 "$SCO" -c membership --mark "$m" -o "$C/x.png"
    grep -qF -- '--mark: "'"$m"'" is not a list of marks (expected category:ID,... or id:ID,...)' \
        "$OUT/last.err" && pass "cli --mark $m message" ||
        fail "cli --mark $m message" "$(cat "$OUT/last.err")"
done
# --font: an empty family is a usage error; a family fontconfig lacks is named in a warning with
# the family drawn instead (the chart still renders); an installed one draws without a warning.
expect_exit "cli --font empty refused" 64 "$SCO" --font "" -o "$C/x.png"
grep -q -- '--font: an empty font family' "$OUT/last.err" && pass "cli --font empty message" ||
    fail "cli --font empty message" "$(cat "$OUT/last.err")"
expect_exit "cli --font missing renders" 0 "$SCO" --font "NoSuchFontXYZ" -o "$C/font.png"
used=$(sed -n 's/.*warning: font family "NoSuchFontXYZ" is not installed; the chart uses "\(.*\)" instead$/\1/p' \
    "$OUT/last.err")
[ -n "$used" ] && fc-list : family | tr ',' '\n' | grep -qxF "$used" &&
    pass "cli --font missing warns with the (installed) family used" ||
    fail "cli --font missing warns with the (installed) family used" "$(cat "$OUT/last.err")"
expect_exit "cli --font missing fails with --strict" 65 "$SCO" --font "NoSuchFontXYZ" --strict \
    -o "$C/font.png"
for f in "$(fc-list : family | head -1 | cut -d, -f1)" "serif" "monospace, sans-serif"; do
    ml "$SCO" --font "$f" -o "$C/font.png" 2>"$C/font.err"
    ! grep -q 'not installed' "$C/font.err" && pass "cli --font \"$f\" installed: no warning" ||
        fail "cli --font \"$f\" installed: no warning" "$(cat "$C/font.err")"
done
expect_exit "cli bad chart" 64 "$SCO" --chart pie -o "$C/x.png"
expect_exit "cli bad format" 64 "$SCO" --format gif -d "$C"
expect_exit "cli bad theme" 64 "$SCO" --theme neon -o "$C/x.png"
expect_exit "cli bad lang" 64 "$SCO" --lang 'f r' -o "$C/x.png"
grep -q 'is not a BCP 47 language tag' "$OUT/last.err" && pass "cli bad lang says what a tag is" ||
    fail "cli bad lang says what a tag is" "$(cat "$OUT/last.err")"
# A language the data has no texts in: drawn, its texts counted as missing.
expect_exit "cli lang not in the data" 0 "$SCO" --lang fr -o "$C/x.png"
grep -q 'have no "fr" translation' "$OUT/last.err" && pass "cli lang not in the data warns" ||
    fail "cli lang not in the data warns" "$(cat "$OUT/last.err")"
expect_exit "cli bad from" 64 "$SCO" --from 2019-02-30 -o "$C/x.png"
expect_exit "cli to before from" 64 "$SCO" --from 2010 --to 2001 -o "$C/x.png"
expect_exit "cli bad as-of" 64 "$SCO" --as-of yesterday -o "$C/x.png"
expect_exit "cli bad sort" 64 "$SCO" --sort size -o "$C/x.png"
expect_exit "cli bad group" 64 "$SCO" --group all -o "$C/x.png"
expect_exit "cli bad count" 64 "$SCO" --count bars -o "$C/x.png"
expect_exit "cli bad lanes" 64 "$SCO" --lanes status -o "$C/x.png"
expect_exit "cli bad region" 64 "$SCO" --region mars -o "$C/x.png"
expect_exit "cli bad jobs" 64 batch --jobs 0 x.json
expect_exit "cli unknown extension" 64 "$SCO" -o "$C/x.gif"
expect_exit "cli stdout needs format" 64 "$SCO" -o -
expect_exit "cli several charts need a folder" 64 "$SCO" -c timeline,count -o "$C/x.png"
expect_exit "cli output and output-dir" 64 "$SCO" -o "$C/x.png" -d "$C"
expect_exit "cli nowhere to write" 64 "$SCO"
expect_exit "cli two inputs" 64 "$SCO" "$SCO" -o "$C/x.png"

# ---- input errors: 66 unreadable, 65 bad data
expect_exit "cli missing input" 66 "$C/none.json" -o "$C/x.png"
grep -q "none.json: error: cannot read" "$OUT/last.err" && pass "cli missing input message" ||
    fail "cli missing input message" "$(cat "$OUT/last.err")"
expect_exit "cli directory input" 66 "$C" -o "$C/x.png"
echo '{"memberline": 1, "title": "x", "events": [' >"$C/bad.json"
expect_exit "cli syntax error" 65 "$C/bad.json" -o "$C/x.png"
grep -Eq "bad.json:[0-9]+(:[0-9]+)?: error:" "$OUT/last.err" && pass "cli syntax error position" ||
    fail "cli syntax error position" "$(cat "$OUT/last.err")"
expect_exit "cli check ok" 0 check "$SCO"
grep -q "39 events\|events (" "$OUT/last.out" && pass "cli check summary" ||
    fail "cli check summary" "$(cat "$OUT/last.out")"
expect_exit "cli check unreadable" 66 check "$C/none.json"
expect_exit "cli check bad" 65 check "$SCO" "$C/bad.json"
expect_exit "cli check needs a file" 64 check
expect_exit "cli stdin input" 0 - -o "$C/stdin.svg" <"$SCO"

# ---- output errors: 73 cannot create, 74 cannot write; existing files survive
expect_exit "cli output folder missing" 73 "$SCO" -o "$C/no/such/dir/x.png"
expect_exit "cli output is a folder" 73 "$SCO" -o "$C" -f png
expect_exit "cli disk full" 74 "$SCO" -o /dev/full -f png
( exec >&-; "${VG[@]}" "$MEMBERLINE" "$SCO" -f svg -o - 2>/dev/null )
[ $? = 74 ] && pass "cli stdout closed" || fail "cli stdout closed" "expected exit 74"
echo "precious" >"$C/keep.png"
expect_exit "cli failed render keeps the file" 64 "$SCO" --width 200in --scale 25 -o "$C/keep.png"
[ "$(cat "$C/keep.png")" = precious ] && pass "cli existing file survives" ||
    fail "cli existing file survives"
rm -f "$C/keep.png" # not a PNG: the strict checkers at the end read every *.png
ls -A "$C" | grep -q '^\.memberline-' && fail "cli no temporary file left" "$(ls -A "$C")" ||
    pass "cli no temporary file left"

# ---- sizes
# The default page is 16:9 (the count chart always fits it); the SCO timeline, whose axis no
# longer runs past its data, needs more height for all its events and grows.
ml "$SCO" -c count -o "$C/default.png" && png_is "cli default size" "$C/default.png" "1600 900"
ml "$SCO" -o "$C/default-tl.png" && python3 "$ROOT/tests/tools/png_info.py" "$C/default-tl.png" |
    awk '{ exit !($1 == 1600 && $2 >= 900) }' && pass "cli default timeline grows from 16:9" ||
    fail "cli default timeline grows from 16:9" "$(python3 "$ROOT/tests/tools/png_info.py" "$C/default-tl.png")"
ml "$SCO" --size slide -o "$C/slide.png" && png_is "cli slide" "$C/slide.png" "1920 1080"
ml "$SCO" --size slide --scale 2 -o "$C/slide2.png" && png_is "cli slide scale 2" "$C/slide2.png" "3840 2160"
ml "$SCO" --size slide-4x3 -o "$C/s43.png" && png_is "cli slide-4x3" "$C/s43.png" "1440 1080"
ml "$SCO" --width 800 --height 600px --dpi 192 -o "$C/dpi.png" 2>/dev/null && png_is "cli dpi 192" "$C/dpi.png" "1600 1200"
ml "$SCO" --width 1280px --height 720px -o "$C/hd.png" && png_is "cli width and height" "$C/hd.png" "1280 720"
page_is() { # page_is NAME ARGS... -- EXPECTED
    local name=$1 want=${*: -1}
    set -- "${@:2:$#-2}"
    ml "$SCO" "$@" -o "$C/page.pdf" 2>/dev/null
    local got
    got=$(pdfinfo "$C/page.pdf" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]* x [0-9.]*\) pts.*/\1/p')
    [ "$got" = "$want" ] && pass "$name" || fail "$name" "page $got, expected $want"
}
page_is "cli pdf default page" -c count "1200 x 675"
page_is "cli pdf a4" --size a4 "595.28 x 841.89"
page_is "cli pdf a4 landscape" --size a4-landscape "841.89 x 595.28"
page_is "cli pdf letter" --size letter "612 x 792"
page_is "cli pdf letter landscape" --size letter-landscape "792 x 612"
page_is "cli pdf mm" --width 297mm --height 210mm "841.89 x 595.276"
page_is "cli pdf inches" --width 10in --height 5in "720 x 360"
ml "$SCO" --size column -o "$C/col.pdf" 2>/dev/null
pdfinfo "$C/col.pdf" | grep -q "Page size: *468 x" && pass "cli column width 6.5 in" ||
    fail "cli column width 6.5 in" "$(pdfinfo "$C/col.pdf" | grep 'Page size')"
grep -q 'viewBox="0 0 1200 ' "$C/stdin.svg" && pass "cli svg viewBox" || fail "cli svg viewBox"

# ---- formats and determinism
ml "$SCO" -d "$C/all" -c timeline 2>/dev/null
for f in png svg pdf; do
    [ -s "$C/all/timeline.$f" ] && pass "cli output-dir $f" || fail "cli output-dir $f"
done
ml "$SCO" -d "$C/again" -c timeline 2>/dev/null
for f in png svg; do
    cmp -s "$C/all/timeline.$f" "$C/again/timeline.$f" && pass "cli byte-identical $f" ||
        fail "cli byte-identical $f"
done
SOURCE_DATE_EPOCH=1700000000 ml "$SCO" -o "$C/a.pdf" 2>/dev/null
SOURCE_DATE_EPOCH=1700000000 ml "$SCO" -o "$C/b.pdf" 2>/dev/null
cmp -s "$C/a.pdf" "$C/b.pdf" && pass "cli byte-identical pdf with SOURCE_DATE_EPOCH" ||
    fail "cli byte-identical pdf with SOURCE_DATE_EPOCH"
pdfinfo "$C/a.pdf" | grep -q "CreationDate:.*2023" && pass "cli pdf date from SOURCE_DATE_EPOCH" ||
    fail "cli pdf date from SOURCE_DATE_EPOCH" "$(pdfinfo "$C/a.pdf" | grep Date)"
ml "$SCO" -f png -o - >"$C/stdout.png" 2>/dev/null
cmp -s "$C/stdout.png" "$C/all/timeline.png" && pass "cli png to stdout" || fail "cli png to stdout"
rsvg-convert "$C/all/timeline.svg" -o "$C/svg.png" && pass "cli svg parses" || fail "cli svg parses"
grep -q 'role="img"' "$C/all/timeline.svg" && grep -Eq '<title id="ml[0-9a-f]{8}-title">Shanghai' "$C/all/timeline.svg" &&
    grep -Eq '<desc id="ml[0-9a-f]{8}-desc">[^<]{40,}' "$C/all/timeline.svg" && pass "cli svg title and desc" ||
    fail "cli svg title and desc"
pdfinfo "$C/all/timeline.pdf" >"$C/info.txt"
grep -q "^Title: *Shanghai Cooperation Organisation" "$C/info.txt" && grep -q "^Creator: *memberline 0" "$C/info.txt" &&
    grep -q "^Keywords: *timeline" "$C/info.txt" && grep -q "^Subject: " "$C/info.txt" &&
    pass "cli pdf metadata" || fail "cli pdf metadata" "$(cat "$C/info.txt")"
pdffonts "$C/all/timeline.pdf" | awk 'NR>2 && $(NF-4) != "yes" {bad=1} END {exit bad}' &&
    pass "cli pdf fonts embedded" || fail "cli pdf fonts embedded" "$(pdffonts "$C/all/timeline.pdf")"
$PNGINFO "$C/default.png" | grep -q " 2 255,255,255" && pass "cli opaque png is RGB on white" ||
    fail "cli opaque png is RGB on white" "$($PNGINFO "$C/default.png")"
ml "$SCO" --transparent -o "$C/tr.png" && $PNGINFO "$C/tr.png" | grep -q " 6 .*,0$" &&
    pass "cli transparent png" || fail "cli transparent png" "$($PNGINFO "$C/tr.png")"
ml "$SCO" --transparent -o "$C/tr.svg" && ! grep -q 'rect.*fill="rgb(100%,100%,100%)"' "$C/tr.svg" &&
    pass "cli transparent svg" || fail "cli transparent svg"
ml "$SCO" --theme dark -o "$C/dark.png" && $PNGINFO "$C/dark.png" | grep -q " 22,25,30,255" &&
    pass "cli dark theme" || fail "cli dark theme" "$($PNGINFO "$C/dark.png")"
ml "$SCO" --theme print -o "$C/print.png" && pass "cli print theme" || fail "cli print theme"
ml "$SCO" --theme "$ROOT/tests/data/theme.json" -o "$C/theme.png" &&
    $PNGINFO "$C/theme.png" | grep -q " 16,32,48,255" && pass "cli theme file" ||
    fail "cli theme file" "$($PNGINFO "$C/theme.png")"
ml "$SCO" --alt-text "$C/alt.txt" -o "$C/alt.png" && [ "$(wc -c <"$C/alt.txt")" -gt 60 ] &&
    pass "cli alt text" || fail "cli alt text" "$(cat "$C/alt.txt")"

# ---- text options, languages, warnings
ml "$SCO" --title "My <b>&amp; title" --subtitle "Sub" --source-note "Note X" \
    --layout-json "$C/t.json" -o "$C/t.png"
python3 - "$C/t.json" <<'PY' && pass "cli title, subtitle and note" || fail "cli title, subtitle and note"
import json, sys
texts = [i["text"] for i in json.load(open(sys.argv[1]))["items"] if i["kind"] == "text"]
assert "My <b>&amp; title" in texts, texts[:5]
assert "Sub" in texts and any("Note X" in t for t in texts)
PY
ml "$SCO" --no-title --layout-json "$C/nt.json" -o "$C/nt.png"
grep -q '"role": "title"' "$C/nt.json" && fail "cli no-title" || pass "cli no-title"
ml "$SCO" --lang ru -o "$C/ru.pdf" && pdftotext "$C/ru.pdf" - | grep -q "Шанхайская организация сотрудничества" &&
    pass "cli russian pdf text" || fail "cli russian pdf text"
ml "$SCO" --lang zh -o "$C/zh.pdf" && pdftotext "$C/zh.pdf" - | grep -q "上海合作组织" &&
    pass "cli chinese pdf text" || fail "cli chinese pdf text"
ml "$ROOT/tests/data/partial.json" --lang ru -o "$C/p.png" 2>"$C/warn.txt"
grep -q "warning: .*no \"ru\" translation.*Only in English" "$C/warn.txt" && pass "cli missing translation warns" ||
    fail "cli missing translation warns" "$(cat "$C/warn.txt")"
expect_exit "cli strict makes warnings errors" 65 "$ROOT/tests/data/partial.json" --lang ru --strict -o "$C/p.png"
ml "$ROOT/tests/data/partial.json" --lang ru --quiet -o "$C/p.png" 2>"$C/quiet.txt"
[ ! -s "$C/quiet.txt" ] && pass "cli quiet" || fail "cli quiet" "$(cat "$C/quiet.txt")"
ml "$SCO" -c count --verbose -o "$C/v.png" 2>"$C/verbose.txt"
grep -q "wrote .*v.png (1600 x 900 px)" "$C/verbose.txt" && pass "cli verbose" || fail "cli verbose"

# ---- no arguments: every chart of the bundled data into output/
mkdir -p "$C/bare" && ln -sf "$ROOT/data" "$C/bare/data"
( cd "$C/bare" && "${VG[@]}" "$MEMBERLINE" >"$C/bare.log" 2>&1 )
n=$(ls "$C/bare/output" 2>/dev/null | wc -l)
[ "$n" = 12 ] && pass "cli no arguments renders everything" || fail "cli no arguments renders everything" "$n files: $(cat "$C/bare.log")"

# ---- batch
mkdir -p "$C/batch"
cat >"$C/batch/manifest.json" <<JSON
{"defaults": {"data": "$SCO", "options": {"width": "800px"}},
 "jobs": [
  {"name": "one", "chart": "timeline", "outputs": ["one.png", "one.svg"]},
  {"name": "broken", "data": "missing.json", "chart": "count", "output": "broken.png"},
  {"name": "three", "chart": "membership", "options": {"theme": "dark", "height": "600px"}, "output": "three.pdf"}
 ]}
JSON
expect_exit "cli batch with a failing job" 65 batch "$C/batch/manifest.json"
grep -q "batch: 1 of 4 charts failed" "$OUT/last.err" && pass "cli batch counts the failures" ||
    fail "cli batch counts the failures" "$(cat "$OUT/last.err")"
grep -q "job broken failed" "$OUT/last.err" && grep -q "missing.json: error: cannot read" "$OUT/last.err" &&
    pass "cli batch names the failing job" || fail "cli batch names the failing job" "$(cat "$OUT/last.err")"
[ -s "$C/batch/one.png" ] && [ -s "$C/batch/one.svg" ] && [ -s "$C/batch/three.pdf" ] && [ ! -e "$C/batch/broken.png" ] &&
    pass "cli batch renders the others" || fail "cli batch renders the others" "$(ls "$C/batch")"
$PNGINFO "$C/batch/one.png" | grep -q "^800 " && pass "cli batch options" ||
    fail "cli batch options" "$($PNGINFO "$C/batch/one.png")"
mkdir -p "$C/batch2" && cp "$C/batch/manifest.json" "$C/batch2/"
expect_exit "cli batch --jobs 2" 65 batch --jobs 2 "$C/batch2/manifest.json"
cmp -s "$C/batch/one.png" "$C/batch2/one.png" && cmp -s "$C/batch/one.svg" "$C/batch2/one.svg" &&
    pass "cli batch --jobs 2 same output" || fail "cli batch --jobs 2 same output"
grep -q "job broken failed" "$OUT/last.err" && grep -q "batch: 1 of 4 charts failed" "$OUT/last.err" &&
    [ -s "$C/batch2/three.pdf" ] && pass "cli batch --jobs 2 counts the failures" ||
    fail "cli batch --jobs 2 counts the failures" "$(cat "$OUT/last.err")"
# Workers take jobs from one queue: every job is rendered once, whichever worker is free.
mkdir -p "$C/batch3"
python3 - "$SCO" >"$C/batch3/manifest.json" <<'PY'
import json, sys
charts = ["timeline", "membership", "count", "map"]
jobs = [{"name": "j%d" % i, "chart": charts[i % 4], "output": "j%d.svg" % i} for i in range(9)]
print(json.dumps({"defaults": {"data": sys.argv[1], "options": {"width": "400px"}}, "jobs": jobs}))
PY
expect_exit "cli batch --jobs 3" 0 batch --jobs 3 "$C/batch3/manifest.json"
n=$(ls "$C/batch3"/j*.svg 2>/dev/null | wc -l)
[ "$n" -eq 9 ] && grep -q "batch: 9 charts, all rendered" "$OUT/last.err" &&
    pass "cli batch --jobs 3 renders every job" ||
    fail "cli batch --jobs 3 renders every job" "$n of 9; $(cat "$OUT/last.err")"
echo '{"jobs": [{"name": "x", "outputs": "a.png"}], "extra": 1}' >"$C/batch/bad.json"
expect_exit "cli bad manifest" 65 batch "$C/batch/bad.json"
grep -q 'bad.json: error: unknown key "extra"\|bad.json: extra' "$OUT/last.err" && pass "cli bad manifest message" ||
    fail "cli bad manifest message" "$(cat "$OUT/last.err")"
expect_exit "cli batch missing manifest" 66 batch "$C/batch/none.json"
# A job's bad option fails that job only: the next job's options are its own (issue 13: the
# manifest used to become an argv parsed again by getopt, whose state one bad job left behind).
mkdir -p "$C/batch4"
cat >"$C/batch4/manifest.json" <<JSON
{"defaults": {"data": "$SCO", "options": {"width": "400px"}},
 "jobs": [
  {"name": "bad", "chart": "map", "options": {"labels": -12}, "output": "bad.svg"},
  {"name": "good", "chart": "count", "options": {"theme": "print"}, "output": "good.svg"},
  {"name": "word", "options": {"lang": true}, "output": "word.svg"},
  {"name": "good2", "chart": "map", "options": {"labels": true}, "output": "good2.svg"}
 ]}
JSON
expect_exit "cli batch bad job then good" 65 batch "$C/batch4/manifest.json" </dev/null
[ -s "$C/batch4/good.svg" ] && [ -s "$C/batch4/good2.svg" ] && [ ! -e "$C/batch4/bad.svg" ] &&
    grep -q "batch: 2 of 4 charts failed" "$OUT/last.err" && ! grep -q "unknown option" "$OUT/last.err" &&
    pass "cli batch good job after a bad one" || fail "cli batch good job after a bad one" "$(cat "$OUT/last.err")"
grep -q 'manifest.json: jobs\[0\].options.labels: error: --labels is a flag: expected true or false, found a number (-12)' "$OUT/last.err" &&
    grep -q 'jobs\[2\].options.lang: error: --lang needs a value' "$OUT/last.err" &&
    pass "cli batch names the bad option" || fail "cli batch names the bad option" "$(cat "$OUT/last.err")"
# A job without "data" renders the bundled data, also when the batch's standard input is a pipe.
echo '{"jobs": [{"name": "nodata", "chart": "count", "output": "nodata.svg"}]}' >"$C/batch4/nodata.json"
echo '{}' | MEMBERLINE_DATA_DIR="$ROOT/data" ml batch "$C/batch4/nodata.json" >"$OUT/last.out" 2>"$OUT/last.err" &&
    [ -s "$C/batch4/nodata.svg" ] && pass "cli batch job without data, stdin piped" ||
    fail "cli batch job without data, stdin piped" "$(cat "$OUT/last.err")"

# ---- PDF links: every event's title links to its first source
python3 - "$C/all/timeline.pdf" "$SCO" <<'PY' && pass "cli pdf links to sources" || fail "cli pdf links to sources"
import json, re, sys
pdf = open(sys.argv[1], "rb").read()
uris = {m.decode() for m in re.findall(rb"/URI \(([^)]*)\)", pdf)}
doc = json.load(open(sys.argv[2]))
want = {e["sources"][0] for e in doc["events"] if e["sources"]}
missing = want - uris
assert not missing, sorted(missing)[:3]
PY

# make install, the installed library and pkg-config: tests/suites/25-library.sh

# ---- batch: a refused option value names its place in the manifest (FILE:jobs[i].options.NAME)
mkdir -p "$C/batch5"
cat >"$C/batch5/manifest.json" <<'JSON'
{"memberline_batch": 1, "jobs": [
  {"chart": "count", "options": {"title": "bad \ufffe title"}, "output": "t.svg"},
  {"name": "w", "chart": "count", "options": {"width": "abc"}, "output": "w.svg"},
  {"name": "lanes", "chart": "timeline", "options": {"lanes": "bogus"}, "output": "l.svg"},
  {"name": "svgt", "chart": "count", "options": {"svg-text": "glyphs"}, "output": "s.svg"},
  {"name": "idp", "chart": "count", "options": {"id-prefix": "1x"}, "output": "i.svg"},
  {"name": "bg", "chart": "count", "options": {"background": "nocolor"}, "output": "b.svg"},
  {"name": "from", "chart": "timeline", "options": {"from": "20x1"}, "output": "f.svg"},
  {"name": "lang", "chart": "count", "options": {"lang": "en_US"}, "output": "g.svg"},
  {"name": "theme", "chart": "count", "options": {"theme": "nope"}, "output": "h.svg"},
  {"name": "fs", "chart": "count", "options": {"font-scale": "big"}, "output": "fs.svg"},
  {"name": "sub", "chart": "count", "options": {"subtitle": "a\u0001b"}, "output": "sub.svg"},
  {"name": "ok", "chart": "count", "output": "ok.svg"}
]}
JSON
expect_exit "cli batch bad option values" 65 batch "$C/batch5/manifest.json"
k=0
for name in title width lanes svg-text id-prefix background from lang theme font-scale subtitle; do
    if grep -q "^$C/batch5/manifest.json: jobs\[$k\]\.options\.$name: error: " "$OUT/last.err"; then
        pass "cli batch error names jobs[$k].options.$name"
    else
        fail "cli batch error names jobs[$k].options.$name" "$(grep -v 'failed (exit' "$OUT/last.err" | sed -n "$((k + 1))p")"
    fi
    k=$((k + 1))
done
grep -q "batch: 11 of 12 charts failed" "$OUT/last.err" && [ -s "$C/batch5/ok.svg" ] &&
    [ "$(grep -c ': error: ' "$OUT/last.err")" = 11 ] &&
    pass "cli batch bad option values: each job fails alone, once" ||
    fail "cli batch bad option values: each job fails alone, once" "$(cat "$OUT/last.err")"

# ---- batch --jobs N: each warning names its job (the workers share standard error)
cat >"$C/batch5/warn.json" <<'JSON'
{"memberline_batch": 1, "jobs": [
  {"name": "narrow-a", "chart": "timeline", "options": {"width": "480pt"}, "output": "na.svg"},
  {"chart": "timeline", "options": {"width": "500pt"}, "output": "nb.svg"},
  {"name": "narrow-c", "chart": "timeline", "options": {"width": "520pt"}, "output": "nc.svg"}
]}
JSON
expect_exit "cli batch --jobs 3 with warnings" 0 batch --jobs 3 "$C/batch5/warn.json"
w=$(grep -c 'warning:' "$OUT/last.err")
bare=$(grep 'warning:' "$OUT/last.err" | grep -cv '^memberline: batch job \(narrow-a\|jobs\[1\]\|narrow-c\): warning: ')
if [ "$w" -ge 3 ] && [ "$bare" = 0 ] && grep -q '^memberline: batch job jobs\[1\]: warning: ' "$OUT/last.err"; then
    pass "cli batch --jobs 3: every warning names its job ($w warnings)"
else
    fail "cli batch --jobs 3: every warning names its job" "$(cat "$OUT/last.err")"
fi
# One process: the warnings are in job order, as before.
expect_exit "cli batch one process with warnings" 0 batch "$C/batch5/warn.json"
grep -q '^memberline: warning: ' "$OUT/last.err" && pass "cli batch one process: plain warnings" ||
    fail "cli batch one process: plain warnings" "$(cat "$OUT/last.err")"
# An option from "defaults" is named where it stands.
printf '{"memberline_batch": 1, "defaults": {"options": {"title": "x\\ufffe"}},
  "jobs": [{"name": "a", "chart": "count", "output": "d.svg"}]}\n' >"$C/batch5/defaults.json"
expect_exit "cli batch bad defaults option" 65 batch "$C/batch5/defaults.json"
grep -q "defaults.json: defaults.options.title: error: noncharacter U+FFFE" "$OUT/last.err" &&
    pass "cli batch error names defaults.options.title" ||
    fail "cli batch error names defaults.options.title" "$(cat "$OUT/last.err")"

# An option for another chart is ignored with a warning that names it; --strict fails on it.
# Each option against each chart it does not apply to, and silence where it applies.
while read -r opt val home; do
    # The tool names the option as typed (the library names its field: rows_per_page).
    field=$opt
    for chart in timeline membership count map; do
        expect_exit "cli $opt on $chart" 0 "$SCO" -c "$chart" "$opt" "$val" -f svg -o "$OUT/unused.svg"
        if [ "$chart" = "$home" ]; then
            check "cli $opt on $chart: no warning" "! grep -q 'applies to the' '$OUT/last.err'"
        else
            check "cli $opt on $chart: warned" \
                "grep -q 'warning: $field applies to the $home chart only; the $chart chart ignores it' '$OUT/last.err'"
            expect_exit "cli $opt on $chart --strict" 65 "$SCO" -c "$chart" "$opt" "$val" --strict -f svg -o "$OUT/unused-strict.svg"
        fi
    done
done <<'LIST'
--lanes category timeline
--orientation vertical timeline
--sort name membership
--group none membership
--mark id:IN membership
--max-rows 5 membership
--rows-per-page 5 membership
--count lines count
--accessions none count
--region world map
LIST

# --size a4-portrait and letter-portrait are the names users try for a4 and letter: the same page.
for s in a4 letter; do
    expect_exit "cli --size $s-portrait" 0 "$SCO" -c count --size "$s-portrait" -o "$OUT/$s-p.pdf"
    ml "$SCO" -c count --size "$s" -o "$OUT/$s.pdf" 2>/dev/null
    check "cli --size $s-portrait is $s" \
        "[ \"\$(pdfinfo '$OUT/$s-p.pdf' | grep 'Page size')\" = \"\$(pdfinfo '$OUT/$s.pdf' | grep 'Page size')\" ]"
done

# On paper no text is below 7 pt: every chart at every page size, from the layout dump.
for size in a4 a4-landscape letter column; do
    for chart in timeline membership count map; do
        ml "$SCO" -c "$chart" --size "$size" --layout-json "$OUT/type-$size-$chart.json" \
            -o "$OUT/type-$size-$chart.pdf" 2>/dev/null
        check "cli $chart --size $size: no text below 7 pt" \
            "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=[i[\"size\"] for i in d[\"items\"] if \"size\" in i]; assert s and min(s) >= 7 - 1e-9, min(s)' '$OUT/type-$size-$chart.json'"
    done
done
