# What the tool writes and how: safe PDF links, a well-formed PDF, PNG metadata, symbolic links,
# permissions, standard output and exit codes. Sourced by tests/run.sh (pass, fail, ml,
# expect_exit, $OUT, $ROOT).
F=$OUT/files
mkdir -p "$F"
SCO=$ROOT/data/sco.json
LINKS=$ROOT/tests/data/links.json
PNGCHUNKS="python3 $ROOT/tests/tools/png_info.py --chunks"

# ok NAME COMMAND...: pass when the shell command succeeds.
ok() {
    local name=$1
    shift
    if ( eval "$@" ) >"$F/ok.log" 2>&1; then pass "$name"; else
        fail "$name" "$(head -c 300 "$F/ok.log")"; fi
}

# ---- PDF links: percent-encoded, only http(s), mailto and doi, never cut; a well-formed file
expect_exit "files pdf links render" 0 "$LINKS" -o "$F/links.pdf"
pdfinfo -url "$F/links.pdf" >"$F/links.urls" 2>&1
ok "files pdf launch url is encoded" \
    "grep -qx '   1  Annotation    https://ex.org/a%29%20/S%20/Launch%20/F%20%28calc.exe' '$F/links.urls'"
ok "files pdf has no launch action" "! grep -aq '/S /Launch' '$F/links.pdf'"
ok "files pdf paren url is encoded" "grep -q 'https://ex.org/%28a\$' '$F/links.urls'"
ok "files pdf backslash url is encoded" "grep -q 'https://ex.org/a%5Cb\$' '$F/links.urls'"
ok "files pdf doi link" "grep -q 'https://doi.org/10.1000/x%281%29\$' '$F/links.urls'"
ok "files pdf mailto link" "grep -q 'mailto:a@example.org\$' '$F/links.urls'"
ok "files pdf utf-8 url is encoded" \
    "grep -q 'https://ex.org/%E4%B8%AD%E6%96%87%20x%41%25zz\$' '$F/links.urls'"
# Every linked event has its link (the citation has none), and the 5,000-byte one is whole.
ok "files pdf one link per linked event" "[ \$(grep -c Annotation '$F/links.urls') = 7 ]"
ok "files pdf long url is not cut" \
    "[ \"\$(grep -o 'https://ex.org/a*/end' '$F/links.urls' | awk '{ print length(\$0) }')\" = 5019 ]"
# Every URI string in the file holds no parenthesis or backslash: nothing can end it early.
ok "files pdf uri strings are closed" \
    "[ \$(grep -ac '/URI (' '$F/links.pdf') = 7 ] && ! grep -a '/URI (' '$F/links.pdf' | \
    grep -q '/URI ([^)]*[(\\\\]'"
ok "files pdf qpdf --check" "qpdf --check '$F/links.pdf'"
ok "files pdf lang is the chart's" "grep -aq '/Lang (zh)' '$F/links.pdf'"
expect_exit "files pdf lang en" 0 "$LINKS" --lang en -o "$F/links-en.pdf"
ok "files pdf lang en is set" "grep -aq '/Lang (en)' '$F/links-en.pdf'"
# The link area is the label's box: pdftotext -bbox finds the word "Launch" inside it.
ok "files pdf link covers its label" "python3 - '$F/links.pdf' <<'PY'
import re, subprocess, sys
pdf = open(sys.argv[1], 'rb').read().decode('latin-1')
rect = [float(v) for v in re.search(r'/Rect \[ ([-\d. ]+) \].*?/URI \(https://ex.org/a%29', pdf, re.S).group(1).split()]
html = subprocess.run(['pdftotext', '-bbox', sys.argv[1], '-'], capture_output=True, text=True).stdout
h = float(re.search(r'<page width=\"[\d.]+\" height=\"([\d.]+)\"', html).group(1))
w = re.search(r'xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" xMax=\"([\d.]+)\" yMax=\"([\d.]+)\">Launch<', html)
x0, y0, x1, y1 = map(float, w.groups())
assert rect[0] <= x0 + 0.5 and rect[2] >= x1 - 0.5, (rect, x0, x1)
assert rect[1] <= h - y1 + 0.5 and rect[3] >= h - y0 - 0.5, (rect, h - y1, h - y0)
PY"
for c in timeline membership count map; do
    expect_exit "files pdf $c" 0 "$SCO" -c "$c" -o "$F/sco-$c.pdf"
    ok "files pdf $c qpdf --check" "qpdf --check '$F/sco-$c.pdf'"
done
ok "files pdf sco timeline has links" "[ \$(pdfinfo -url '$F/sco-timeline.pdf' | grep -c Annotation) -gt 10 ]"

# ---- text that XML and PDF cannot hold: an error in check and in the options (64)
FFFE=$(printf 'Title \357\277\276')
expect_exit "files --title U+FFFE" 64 "$SCO" --title "$FFFE" -o "$F/x.svg"
ok "files --title U+FFFE message" "grep -q -- '--title: noncharacter U+FFFE' '$OUT/last.err'"
expect_exit "files --subtitle U+FFFF" 64 "$SCO" --subtitle "$(printf 'a\357\277\277')" -o "$F/x.pdf"
expect_exit "files --source-note control" 64 "$SCO" --source-note "$(printf 'a\033[31m')" -o "$F/x.pdf"
expect_exit "files --title not UTF-8" 64 "$SCO" --title "$(printf 'a\377')" -o "$F/x.pdf"
ok "files bad texts wrote nothing" "[ ! -e '$F/x.svg' ] && [ ! -e '$F/x.pdf' ]"
printf '{"jobs": [{"name": "bad-title", "options": {"title": "A\\uFFFE"}, "output": "b.svg"},
  {"name": "good", "output": "g.svg"}]}\n' >"$F/bad-title.json"
expect_exit "files batch title U+FFFE fails its job" 65 batch "$F/bad-title.json"
ok "files batch title U+FFFE job exit 64" \
    "grep -q 'batch job bad-title failed (exit 64)' '$OUT/last.err' && \
    grep -q -- 'options.title: error: noncharacter U+FFFE' '$OUT/last.err' && [ -s '$F/g.svg' ] && [ ! -e '$F/b.svg' ]"

# ---- PNG metadata: pHYs from --dpi and --scale, sRGB, text chunks
expect_exit "files png dpi 300" 0 "$SCO" -c count --dpi 300 -o "$F/dpi300.png"
$PNGCHUNKS "$F/dpi300.png" >"$F/dpi300.chunks" 2>&1
ok "files png pHYs 300 dpi" "grep -qx 'pHYs 11811 11811 1' '$F/dpi300.chunks'"
ok "files png sRGB" "grep -qx 'sRGB 0' '$F/dpi300.chunks'"
ok "files png Title" "grep -qx 'text Title Shanghai Cooperation Organisation.*' '$F/dpi300.chunks'"
ok "files png Description is the alt text" \
    "$MEMBERLINE '$SCO' -c count -o '$F/alt.svg' --alt-text '$F/alt.txt' && \
    grep -qxF \"text Description \$(cat '$F/alt.txt')\" '$F/dpi300.chunks'"
ok "files png Software" "grep -qx 'text Software memberline [0-9.]*' '$F/dpi300.chunks'"
ok "files png Source" "grep -qx 'text Source .*SCO.*' '$F/dpi300.chunks'"
expect_exit "files png default resolution" 0 "$SCO" -c count -o "$F/dpi96.png"
ok "files png pHYs 96 dpi" "$PNGCHUNKS '$F/dpi96.png' | grep -qx 'pHYs 3780 3780 1'"
expect_exit "files png scale 2" 0 "$SCO" -c count --scale 2 --lang ru -o "$F/scale2.png"
ok "files png pHYs scale 2 is 192 dpi" "$PNGCHUNKS '$F/scale2.png' | grep -qx 'pHYs 7559 7559 1'"
ok "files png Russian title (iTXt)" \
    "$PNGCHUNKS '$F/scale2.png' | grep -q '^text Title Шанхайская организация'"
ok "files png pngcheck" "pngcheck -q '$F/dpi300.png' '$F/scale2.png'"

# ---- symbolic links: the target is written, the link stays
(cd "$F" && echo old >real.png && chmod 0600 real.png && ln -sf real.png link.png)
expect_exit "files output through a link" 0 "$SCO" -c count -o "$F/link.png"
ok "files link is still a link" "[ -L '$F/link.png' ] && [ \"\$(readlink '$F/link.png')\" = real.png ]"
ok "files link target written" "python3 $ROOT/tests/tools/png_info.py '$F/real.png'"
ok "files link target keeps 0600" "[ \$(stat -c %a '$F/real.png') = 600 ]"
ok "files no temp file left" "! ls -A '$F' | grep -q '^\\.memberline-'"
ln -sf nothing.png "$F/dangling.png"
expect_exit "files dangling link refused" 73 "$SCO" -c count -o "$F/dangling.png"
ok "files dangling link untouched" "[ -L '$F/dangling.png' ] && [ ! -e '$F/nothing.png' ]"
grep -q "does not exist" "$OUT/last.err" && pass "files dangling link named as such" ||
    fail "files dangling link named as such" "$(cat "$OUT/last.err")"
# A loop of links (a -> b -> a) is a loop, not a link to nothing.
ln -sf loop-b.png "$F/loop-a.png" && ln -sf loop-a.png "$F/loop-b.png"
expect_exit "files symlink loop refused" 73 "$SCO" -c count -o "$F/loop-a.png"
grep -q "loop-a.png: it is a loop of symbolic links (ELOOP)" "$OUT/last.err" &&
    pass "files symlink loop named as a loop" ||
    fail "files symlink loop named as a loop" "$(cat "$OUT/last.err")"
ok "files symlink loop untouched" "[ -L '$F/loop-a.png' ] && [ -L '$F/loop-b.png' ]"
ln -sf /dev/stdout "$F/to-stdout.png"
ok "files link to /dev/stdout writes stdout" \
    "$MEMBERLINE '$SCO' -c count -o '$F/to-stdout.png' | head -c 8 | \
    od -An -c | grep -q 'P   N   G' && [ -L '$F/to-stdout.png' ]"

# ---- permissions of a file replaced
echo x >"$F/ro.svg" && chmod 0444 "$F/ro.svg"
expect_exit "files replace 0444" 0 "$SCO" -c count -o "$F/ro.svg"
ok "files replace keeps 0444" "[ \$(stat -c %a '$F/ro.svg') = 444 ] && grep -q '<svg' '$F/ro.svg'"
echo x >"$F/priv.pdf" && chmod 0640 "$F/priv.pdf"
expect_exit "files replace 0640" 0 "$SCO" -c count -o "$F/priv.pdf"
ok "files replace keeps 0640" "[ \$(stat -c %a '$F/priv.pdf') = 640 ]"
ok "files new file follows umask" \
    "(umask 027; $MEMBERLINE '$SCO' -c count -o '$F/new.svg') && \
    [ \$(stat -c %a '$F/new.svg') = 640 ]"

# ---- names near the limit; long paths in messages keep their reason
LONG=$(printf 'n%.0s' $(seq 251))
expect_exit "files name of 255 bytes" 0 "$SCO" -c count -o "$F/$LONG.svg"
ok "files name of 255 bytes written" "[ -s '$F/$LONG.svg' ]"
expect_exit "files long missing folder" 73 "$SCO" -c count -o "$F/none/$LONG$LONG.svg"
ok "files long path message keeps its reason" \
    "grep -q 'No such file or directory\$' '$OUT/last.err'"

# ---- exit codes on standard output
ok "files check >/dev/full is 74" "ml check '$SCO' >/dev/full 2>'$F/full.err'; [ \$? = 74 ]"
ok "files check >/dev/full says so" "grep -q 'cannot write to standard output' '$F/full.err'"
ok "files --help >/dev/full is 74" "ml --help >/dev/full 2>/dev/null; [ \$? = 74 ]"
ok "files -o - into a closed pipe is 74" \
    "ml '$SCO' -c map -f png -o - 2>'$F/pipe.err' | head -c1 >/dev/null; \
    [ \${PIPESTATUS[0]} = 74 ] && grep -q 'Broken pipe' '$F/pipe.err'"
mkdir -p "$F/a-folder"
expect_exit "files batch on a folder" 66 batch "$F/a-folder"
ok "files --alt-text - writes stdout" \
    "cd '$F' && ml '$SCO' -c count -o alt-std.svg --alt-text - | grep -q 'Count chart: the number' && [ ! -e '$F/-' ]"
ok "files --layout-json - writes stdout" \
    "cd '$F' && ml '$SCO' -c count -o lj-std.svg --layout-json - | python3 -c 'import json,sys; json.load(sys.stdin)' && [ ! -e '$F/-' ]"
expect_exit "files two writers on stdout" 64 "$SCO" -f svg -o - --alt-text -
expect_exit "files upper-case extension" 0 "$SCO" -c count -o "$F/chart.PNG"
ok "files upper-case extension is a PNG" "python3 $ROOT/tests/tools/png_info.py '$F/chart.PNG'"
expect_exit "files format and extension differ" 64 "$SCO" -c count -f svg -o "$F/mismatch.png"
ok "files mismatch wrote nothing" "[ ! -e '$F/mismatch.png' ]"
expect_exit "files --scale for svg" 0 "$SCO" -c count --scale 2 -o "$F/scaled.svg"
ok "files --scale for svg warns" "grep -q 'warning: --scale applies to PNG only' '$OUT/last.err'"
expect_exit "files --dpi for pdf" 0 "$SCO" -c count --dpi 300 -o "$F/dpi.pdf"
ok "files --dpi for pdf warns" "grep -q 'warning: --dpi applies to PNG only' '$OUT/last.err'"
expect_exit "files --dpi for png" 0 "$SCO" -c count --dpi 300 -o "$F/dpi.png"
ok "files --dpi for png does not warn" "! grep -q warning '$OUT/last.err'"

# ---- the JSON Schema says the same about sources as the loader (editors check with it)
ok "files schema agrees on source schemes" "python3 - '$ROOT' <<'PY'
import json, sys
import jsonschema
root = sys.argv[1]
v = jsonschema.Draft202012Validator(json.load(open(root + '/schema/memberline.schema.json')))
def errors(f):
    return [e for e in v.iter_errors(json.load(open(root + '/' + f))) if 'sources' in e.path]
for f in ['data/sco.json', 'tests/data/links.json', 'tests/cases/valid/multilingual/input.json']:
    assert not errors(f), (f, errors(f)[0].message)
for f in ['source-scheme-javascript', 'source-scheme-file']:
    assert len(errors('tests/cases/invalid/%s/input.json' % f)) == 1, f
PY"

# ---- found by a fresh review: --strict and the does-not-apply warnings, -f in capitals, a link
# without a host, wrapped SVG text that still reads as written, warnings in whole characters
REV="$OUT/review-fixes"
mkdir -p "$REV"
expect_exit "files: --scale with SVG under --strict is an error" 65 -c count --scale 2 --strict \
    -o "$REV/strict.svg"
[ ! -e "$REV/strict.svg" ] && pass "files: --strict scale writes nothing" ||
    fail "files: --strict scale writes nothing"
expect_exit "files: -f SVG in capitals" 0 -c count -f SVG -o "$REV/caps.svg"
printf '{"memberline":1,"title":"T","source":"s","categories":[{"id":"c","label":"C"}],"events":[{"id":"e","date":"2001","title":"E","category":"c","sources":["https://"]}]}' >"$REV/nohost.json"
expect_exit "files: a link with no host is an error" 65 check "$REV/nohost.json"
grep -q 'events\[0\][^.]*.sources\[0\].*no host' "$OUT/last.err" && pass "files: no-host message" ||
    fail "files: no-host message" "$(cat "$OUT/last.err")"
ml -c timeline -o "$REV/wrap.svg"
if grep -q 'memorandum of</tspan><tspan font-size="0"> </tspan><tspan' "$REV/wrap.svg"; then
    pass "files: wrapped SVG lines keep the space between them"
else fail "files: wrapped SVG lines keep the space between them"; fi
ml -c timeline --lang ru --size slide -o "$REV/ru.svg" 2>"$REV/ru.err"
iconv -f UTF-8 -t UTF-8 "$REV/ru.err" >/dev/null 2>&1 && pass "files: long warnings stay UTF-8" ||
    fail "files: long warnings stay UTF-8" "$(tail -c 40 "$REV/ru.err" | od -c | tail -3)"
