# Membership charts of many rows go on pages and leave nothing out; short, late and approximate
# periods are seen and labelled; the type stays legible. Sourced by tests/run.sh (pass, fail,
# ml, expect_exit, $OUT, $ROOT, $MEMBERLINE).
G=$OUT/pages
mkdir -p "$G"
PG="python3 $ROOT/tests/tools/check_pages.py"
MD=$ROOT/tests/data/membership
# page_fact NAME CHECK LAYOUT ARGS...: one check_pages.py fact.
page_fact() {
    local name=$1 why
    shift
    if why=$($PG "$@" 2>&1); then pass "$name"; else fail "$name" "$why"; fi
}
# ok NAME COMMAND...: pass when the command succeeds.
ok() {
    local name=$1
    shift
    if "$@" >"$G/ok.out" 2>&1; then pass "$name"; else fail "$name" "$(head -c 300 "$G/ok.out")"; fi
}
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

# ---- 220 generated states on A4: a PDF of several pages, each state's name exactly once
python3 "$ROOT/tests/tools/gen_members.py" 220 60 >"$G/gen.json"
if ml "$G/gen.json" -c membership --size a4 -o "$G/gen.pdf" --layout-json "$G/gen.json.layout" \
    2>"$G/gen.err"; then
    n=$(pages_of "$G/gen.pdf")
    [ "${n:-0}" -ge 2 ] && pass "pages: 220 on A4 is a PDF of several pages" ||
        fail "pages: 220 on A4 is a PDF of several pages" "pdfinfo says ${n:-nothing}"
    page_fact "pages: 220 on A4 the dump has the PDF's pages" pages "$G/gen.json.layout" "${n:-0}"
    page_fact "pages: 220 on A4 every row drawn once" rows "$G/gen.json.layout" 220
    page_fact "pages: 220 on A4 every page readable" paged "$G/gen.json.layout" 7
    why=$(pdftotext "$G/gen.pdf" - | python3 -c '
import collections, re, sys
seen = collections.Counter(re.findall(r"\bState (\d+)\b", sys.stdin.read()))
bad = [k for k in map(str, range(220)) if seen[k] != 1]
print(f"{len(bad)} names not exactly once, first {bad[:5]}" if bad else "")')
    [ -z "$why" ] && pass "pages: pdftotext finds each of the 220 names once" ||
        fail "pages: pdftotext finds each of the 220 names once" "$why"
    t=$(pdftotext "$G/gen.pdf" - | grep -c "Synthetic organisation")
    c=$(pdftotext "$G/gen.pdf" - | grep -c "Synthetic organisation (continued)")
    [ "$t" = "$n" ] && [ "$c" = $((n - 1)) ] && pass "pages: a title on every page, continued after the first" ||
        fail "pages: a title on every page, continued after the first" "$t titles, $c continued, $n pages"
    grep -q "left out\|not shown" "$G/gen.err" && fail "pages: no warning of rows left out" "$(cat "$G/gen.err")" ||
        pass "pages: no warning of rows left out"
    ok "pages: pdftoppm draws every page" pdftoppm -png -r 20 "$G/gen.pdf" "$G/gen-page"
    k=$(ls "$G"/gen-page-*.png 2>/dev/null | wc -l)
    [ "$k" = "$n" ] && pass "pages: one image a page" || fail "pages: one image a page" "$k of $n"
else
    fail "pages: 220 on A4" "$(head -c 300 "$G/gen.err")"
fi

# ---- the default size: a PDF pages at the width times sqrt(2) (1200 x 1697 pt), a PNG grows
# up to 200 in (19,200 px at 96 dpi) and pages past it; no row is ever left out
page_size() { pdfinfo "$1" 2>/dev/null | awk '/^Page size:/ {print $3 "x" $5}'; }
png_h() { python3 -c 'import struct, sys; print(struct.unpack(">I", open(sys.argv[1], "rb").read()[20:24])[0])' "$1"; }
for n in 20 220 1000; do
    python3 "$ROOT/tests/tools/gen_members.py" $n 20 >"$G/d$n.json"
    if ! ml "$G/d$n.json" -c membership -o "$G/d$n.pdf" --layout-json "$G/d$n.pdf.json" \
        2>"$G/d$n.err"; then
        fail "pages: default PDF of $n rows" "$(head -c 300 "$G/d$n.err")"
        continue
    fi
    k=$(pages_of "$G/d$n.pdf")
    page_fact "pages: default PDF of $n rows every row drawn once" rows "$G/d$n.pdf.json" $n
    page_fact "pages: default PDF of $n rows the dump has the PDF's pages" pages "$G/d$n.pdf.json" "${k:-0}"
    if [ $n = 20 ]; then
        [ "$k" = 1 ] && [ "$(page_size "$G/d$n.pdf")" != 1200x1697.06 ] &&
            pass "pages: default PDF of 20 rows is one page as tall as it needs" ||
            fail "pages: default PDF of 20 rows is one page as tall as it needs" "$k, $(page_size "$G/d$n.pdf")"
        continue
    fi
    [ "${k:-0}" -ge 2 ] && [ "$(page_size "$G/d$n.pdf")" = 1200x1697.06 ] &&
        pass "pages: default PDF of $n rows is pages of 1200 x 1697 pt" ||
        fail "pages: default PDF of $n rows is pages of 1200 x 1697 pt" "$k, $(page_size "$G/d$n.pdf")"
    page_fact "pages: default PDF of $n rows every page readable" paged "$G/d$n.pdf.json" 7
    grep -q "wrote $G/d$n.pdf ($k pages)" "$G/d$n.err" && pass "pages: default PDF of $n rows says its pages" ||
        fail "pages: default PDF of $n rows says its pages" "$(cat "$G/d$n.err")"
    ml "$G/d$n.json" -c membership -o "$G/d$n.png" --layout-json "$G/d$n.png.json" 2>"$G/d$n.png.err"
    page_fact "pages: default PNG of $n rows every row drawn once" rows "$G/d$n.png.json" $n
    if [ $n = 220 ]; then # under the cap: one tall image, taller than the PDF's page
        h=$(png_h "$G/d$n.png")
        [ ! -e "$G/d$n-1.png" ] && [ "${h:-0}" -gt 2263 ] && [ "$h" -le 19200 ] &&
            pass "pages: default PNG of 220 rows is one image grown to its rows" ||
            fail "pages: default PNG of 220 rows is one image grown to its rows" "$(ls "$G"/d$n*.png) $h px"
    else # over the cap: one image a page, none over 200 in, named on stderr
        k=$(ls "$G"/d$n-*.png 2>/dev/null | wc -l)
        tall=$(for f in "$G"/d$n-*.png; do png_h "$f"; done | sort -n | tail -1)
        [ "$k" -ge 2 ] && [ "${tall:-99999}" -le 19200 ] && [ ! -e "$G/d$n.png" ] &&
            grep -q "wrote $G/d$n-$k.png (page $k of $k)" "$G/d$n.png.err" &&
            pass "pages: default PNG of 1000 rows pages at 200 in" ||
            fail "pages: default PNG of 1000 rows pages at 200 in" "$k pages, tallest $tall px: $(cat "$G/d$n.png.err")"
    fi
done
# Every format of one run gets its own pages: the PNG grows, the PDF pages as above.
if ml "$G/d220.json" -c membership --output-dir "$G/dall" -q; then
    [ "$(pages_of "$G/dall/membership.pdf")" = "$(pages_of "$G/d220.pdf")" ] &&
        [ "$(png_h "$G/dall/membership.png")" = "$(png_h "$G/d220.png")" ] &&
        pass "pages: --output-dir: the PDF pages, the PNG grows" ||
        fail "pages: --output-dir: the PDF pages, the PNG grows" "$(ls "$G/dall")"
fi
# A batch manifest gives the pages the command line gives.
mkdir -p "$G/dbatch"
cp "$G/d220.json" "$G/dbatch/"
printf '{"jobs": [{"data": "d220.json", "chart": "membership", "outputs": ["m.pdf", "m.png"], "layout_json": "m.json"}]}' \
    >"$G/dbatch/m.json"
if ml batch -q "$G/dbatch/m.json" >"$G/dbatch/out" 2>&1; then
    [ "$(pages_of "$G/dbatch/m.pdf")" = "$(pages_of "$G/d220.pdf")" ] &&
        [ "$(page_size "$G/dbatch/m.pdf")" = 1200x1697.06 ] &&
        [ "$(png_h "$G/dbatch/m.png")" = "$(png_h "$G/d220.png")" ] &&
        cmp -s "$G/dbatch/m.json" "$G/d220.pdf.json" &&
        pass "pages: batch writes the default size's pages as the command line" ||
        fail "pages: batch writes the default size's pages as the command line" "$(ls "$G/dbatch")"
else
    fail "pages: batch of the default size" "$(head -c 300 "$G/dbatch/out")"
fi
# Count and map stay one page at the default size.
for c in count map; do
    ml "$G/d1000.json" -c $c -o "$G/d1000-$c.pdf" 2>/dev/null
    [ "$(pages_of "$G/d1000-$c.pdf")" = 1 ] && pass "pages: default $c PDF is one page" ||
        fail "pages: default $c PDF is one page" "$(pages_of "$G/d1000-$c.pdf")"
done

# ---- the user's 220 states on A4 landscape (46 shown before): all of them, on pages
if ml "$MD/many-rows.json" -c membership --size a4-landscape -o "$G/many.pdf" \
    --layout-json "$G/many.json" 2>"$G/many.err"; then
    page_fact "pages: a4-landscape every row drawn once" rows "$G/many.json" 220
    page_fact "pages: a4-landscape every page readable" paged "$G/many.json" 7
    grep -q '"role": "left-out"' "$G/many.json" && fail "pages: a4-landscape nothing left out" ||
        pass "pages: a4-landscape nothing left out"
fi
# Pages are evenly filled: 220 rows on slides leave no last slide with a row or two.
ml "$MD/many-rows.json" -c membership --size slide -q -o "$G/slides.pdf" --layout-json "$G/slides.json" &&
    page_fact "pages: slides evenly filled" balanced "$G/slides.json"
# A page-sized --size with a growing height pages at that size instead of a 4,000 pt page.
if ml "$MD/many-rows.json" -c membership --size a4 -H auto -o "$G/auto.pdf" \
    --layout-json "$G/auto.json" 2>/dev/null; then
    page_fact "pages: a4 -H auto is A4 pages" paged "$G/auto.json" 7
    h=$(pdfinfo -f 1 -l 99 "$G/auto.pdf" | awk '/^Page +[0-9]+ size:/ {print $6}' | sort -u)
    [ "$h" = 841.89 ] && pass "pages: a4 -H auto no page taller than A4" ||
        fail "pages: a4 -H auto no page taller than A4" "heights $h"
fi
# Without a page size the chart still grows on one page.
ml "$MD/many-rows.json" -c membership -o "$G/grow.svg" --layout-json "$G/grow.json" 2>/dev/null &&
    page_fact "pages: no page size, one growing page" pages "$G/grow.json" 1

# ---- PNG and SVG: one file a page, named and told; --page N alone
for f in png svg; do
    rm -f "$G"/p.$f "$G"/p-*.$f
    if ml "$MD/many-rows.json" -c membership --size a4 -o "$G/p.$f" --layout-json "$G/p.json" \
        2>"$G/p.err"; then
        n=$($PG pages "$G/p.json" 0 | grep -o '^[0-9]*')
        k=$(ls "$G"/p-*.$f 2>/dev/null | wc -l)
        [ "$k" = "$n" ] && [ ! -e "$G/p.$f" ] && pass "pages: $f one file a page" ||
            fail "pages: $f one file a page" "$k files for $n pages"
        w=$(grep -c "^memberline: wrote .*p-[0-9]*\.$f" "$G/p.err")
        [ "$w" = "$n" ] && pass "pages: $f the files written are told" ||
            fail "pages: $f the files written are told" "$(head -c 300 "$G/p.err")"
    fi
    ml "$MD/many-rows.json" -c membership --size a4 -q -o "$G/q.$f" 2>"$G/q.err" &&
        [ ! -s "$G/q.err" ] && pass "pages: $f -q is quiet" || fail "pages: $f -q is quiet" "$(head -c 200 "$G/q.err")"
    rm -f "$G"/one*.$f
    if ml "$MD/many-rows.json" -c membership --size a4 --page 2 -o "$G/one.$f" 2>/dev/null; then
        [ -s "$G/one.$f" ] && [ -z "$(ls "$G"/one-*.$f 2>/dev/null)" ] &&
            pass "pages: $f --page 2 writes that page alone" || fail "pages: $f --page 2 writes that page alone"
    else
        fail "pages: $f --page 2"
    fi
done
# ---- all pages or none, and no stale pages of an earlier run
# A page that cannot be written (a folder of its name; a device that fills up) leaves no page
# and no temporary file: the set is renamed into place only when every page is written.
A=$G/atomic
rm -rf "$A" && mkdir -p "$A"
n=$(ml "$MD/many-rows.json" -c membership --size a4 -o "$A/probe.pdf" --layout-json "$A/probe.json" \
    2>/dev/null && $PG pages "$A/probe.json" 0 | grep -o '^[0-9]*')
rm -f "$A"/probe.*
mkdir "$A/m-3.png"
expect_exit "pages: a page that cannot be created fails" 73 "$MD/many-rows.json" -c membership \
    --size a4 -o "$A/m.png"
left=$(cd "$A" && ls -A | grep -v '^m-3.png$')
[ -z "$left" ] && pass "pages: a failed page leaves no other page" ||
    fail "pages: a failed page leaves no other page" "left: $left"
rmdir "$A/m-3.png"
ln -s /dev/full "$A/m-2.png"
expect_exit "pages: a page that cannot be written fails" 74 "$MD/many-rows.json" -c membership \
    --size a4 -o "$A/m.png"
left=$(cd "$A" && ls -A | grep -v '^m-2.png$')
[ -z "$left" ] && pass "pages: a page the disk refuses leaves no other page" ||
    fail "pages: a page the disk refuses leaves no other page" "left: $left"
rm -f "$A/m-2.png"
# A rerun with fewer pages removes the earlier run's pages past its own, and says so; one of
# a single page removes them all. Files that only look alike (m-x.png, m-9.png past a gap)
# stay.
ml "$MD/many-rows.json" -c membership --size a4 --rows-per-page 20 -q -o "$A/m.png"
many=$(ls "$A"/m-[0-9]*.png | wc -l)
cp "$A/m-1.png" "$A/m-x.png"
cp "$A/m-1.png" "$A/m-$((many + 2)).png"
if [ "${n:-0}" -ge 2 ] && [ "$many" -gt "$n" ] &&
    ml "$MD/many-rows.json" -c membership --size a4 -o "$A/m.png" 2>"$A/err"; then
    k=$(ls "$A"/m-[0-9]*.png | wc -l)
    r=$(grep -c "^memberline: removed .*m-[0-9]*\.png: a page of an earlier run" "$A/err")
    [ "$k" = $((n + 1)) ] && [ ! -e "$A/m-$((n + 1)).png" ] && [ -e "$A/m-$((many + 2)).png" ] &&
        pass "pages: a rerun of $n pages removes the earlier run's pages $((n + 1))-$many" ||
        fail "pages: a rerun of $n pages removes the earlier run's pages $((n + 1))-$many" "$(ls "$A")"
    [ "$r" = $((many - n)) ] && pass "pages: the pages removed are named" ||
        fail "pages: the pages removed are named" "$r of $((many - n)): $(cat "$A/err")"
    [ -e "$A/m-x.png" ] && pass "pages: a file that only looks like a page stays" ||
        fail "pages: a file that only looks like a page stays"
    ml "$MD/late-change.json" -c membership -q -o "$A/m.png" &&
        [ -z "$(ls "$A"/m-[0-9]*.png | grep -v "m-$((many + 2)).png")" ] && [ -s "$A/m.png" ] &&
        pass "pages: a chart of one page removes every earlier page" ||
        fail "pages: a chart of one page removes every earlier page" "$(ls "$A")"
else
    fail "pages: stale pages" "$n pages at A4, $many at 20 rows a page"
fi
# A file of a page's name that memberline did not write (a user's own) is never removed, in PNG
# and SVG: it is left and named.
for ext in png svg; do
    rm -f "$A"/u*
    ml "$MD/many-rows.json" -c membership --size a4 --rows-per-page 20 -q -o "$A/u.$ext"
    printf 'not a chart\n' >"$A/u-9.$ext" # in place of the first run's page 9 (of 11)
    ml "$MD/many-rows.json" -c membership --size a4 -o "$A/u.$ext" 2>"$A/err" # 4 pages
    if [ "$(cat "$A/u-9.$ext")" = "not a chart" ] && [ ! -e "$A/u-8.$ext" ] &&
        [ ! -e "$A/u-10.$ext" ] && [ -e "$A/u-4.$ext" ] &&
        grep -q "left .*u-9\.$ext: not a page memberline wrote" "$A/err"; then
        pass "pages: a user's file of a page's name stays ($ext)"
    else fail "pages: a user's file of a page's name stays ($ext)" "$(ls "$A"/u*; cat "$A/err")"; fi
done
rm -f "$A"/u*
ml "$MD/many-rows.json" -c membership --size a4 --page 1 -q -o "$A/m-1.png" &&
    ml "$MD/many-rows.json" -c membership --size a4 --page 2 -q -o "$A/m-2.png" &&
    [ -e "$A/m-1.png" ] && pass "pages: --page N leaves other pages alone" ||
    fail "pages: --page N leaves other pages alone" "$(ls "$A")"

expect_exit "pages: --page past the last is a usage error" 64 "$MD/many-rows.json" -c membership \
    --size a4 --page 99 -o "$G/none.png"
# In a batch, the error names its job, with one process or several.
printf '{"defaults": {"data": "%s", "chart": "membership", "options": {"size": "a4"}},
  "jobs": [{"name": "ok", "output": "ok.pdf"}, {"name": "far-page", "options": {"page": 99},
  "output": "far.png"}]}\n' "$MD/many-rows.json" >"$G/far.json"
for j in 1 2; do
    expect_exit "pages: batch --jobs $j --page past the last fails its job" 65 batch --jobs $j "$G/far.json"
    grep -q "^memberline: batch job far-page: error: there is no page 99: the chart has [0-9]* pages" \
        "$OUT/last.err" && pass "pages: batch --jobs $j the page error names its job" ||
        fail "pages: batch --jobs $j the page error names its job" "$(cat "$OUT/last.err")"
done
expect_exit "pages: --page 0 is a usage error" 64 "$MD/many-rows.json" -c membership --page 0 \
    -o "$G/none.png"
ml "$MD/many-rows.json" -c membership --size a4 --page 1 -o "$G/one.pdf" 2>/dev/null &&
    [ "$(pages_of "$G/one.pdf")" = 1 ] && pass "pages: pdf --page 1 is one page" ||
    fail "pages: pdf --page 1 is one page"

# ---- --rows-per-page and --max-rows
if ml "$MD/many-rows.json" -c membership --size a4 --rows-per-page 30 -o "$G/rpp.pdf" \
    --layout-json "$G/rpp.json" 2>/dev/null; then
    page_fact "pages: --rows-per-page 30 at most 30 a page" per-page "$G/rpp.json" 30
    page_fact "pages: --rows-per-page 30 every row" rows "$G/rpp.json" 220
    page_fact "pages: --rows-per-page 30 is 8 pages" pages "$G/rpp.json" 8
fi
expect_exit "pages: --rows-per-page that fits" 0 "$MD/many-rows.json" -c membership --size a4 \
    --rows-per-page 30 -o "$G/rpp.pdf"
grep -q "rows_per_page" "$OUT/last.err" && fail "pages: --rows-per-page that fits: no warning" \
    "$(cat "$OUT/last.err")" || pass "pages: --rows-per-page that fits: no warning"
# More rows a page than fit at the smallest type: the pages hold fewer, and the tool says how
# many (the number in the warning is the fullest page's in the layout).
expect_exit "pages: --rows-per-page too many" 0 "$MD/many-rows.json" -c membership --size a4 \
    --rows-per-page 500 -o "$G/rpp500.pdf" --layout-json "$G/rpp500.json"
most=$(sed -n 's/.*pages of at most \([0-9]*\) rows.*/\1/p' "$OUT/last.err")
if [ -n "$most" ] && [ "$most" -lt 500 ]; then
    page_fact "pages: --rows-per-page too many: the warning's rows are the fullest page's" \
        per-page "$G/rpp500.json" "$most"
    page_fact "pages: --rows-per-page too many: every row" rows "$G/rpp500.json" 220
else
    fail "pages: --rows-per-page too many warns" "$(cat "$OUT/last.err")"
fi
# The tool's messages name the tool's options, as typed (the library names its field).
grep -q "^memberline: warning: --rows-per-page 500 is more than a page holds" "$OUT/last.err" &&
    ! grep -q "rows_per_page" "$OUT/last.err" && pass "pages: the warning names --rows-per-page" ||
    fail "pages: the warning names --rows-per-page" "$(cat "$OUT/last.err")"
expect_exit "pages: --rows-per-page too many --strict" 65 "$MD/many-rows.json" -c membership \
    --size a4 --rows-per-page 500 --strict -o "$G/rpp500s.pdf"
if ml "$MD/many-rows.json" -c membership --size a4 --max-rows 40 -o "$G/max.pdf" \
    --layout-json "$G/max.json" 2>/dev/null; then
    page_fact "pages: --max-rows 40 draws 40" rows "$G/max.json" 40
    grep -q '"text": "180 more rows not shown"' "$G/max.json" &&
        pass "pages: --max-rows says on the chart how many are left out" ||
        fail "pages: --max-rows says on the chart how many are left out"
    # The top by status: 200 members outrank every observer and suspended state.
    grep -q '"text": "Member (40 of 200)"' "$G/max.json" && ! grep '"role": "group"' "$G/max.json" | grep -q Observer &&
        pass "pages: --max-rows keeps the best status first" || fail "pages: --max-rows keeps the best status first"
    page_fact "pages: --max-rows 40 the legend lists the drawn rows' statuses" legend "$G/max.json"
fi
# The legend lists what the rows draw: statuses and the suspension held only by rows that
# --max-rows leaves out are not in it, and the note still says what was left out.
if ml "$MD/cut-statuses.json" -c membership --max-rows 3 -o "$G/cut.png" \
    --layout-json "$G/cut.json" 2>/dev/null; then
    page_fact "pages: --max-rows 3 the legend lists the drawn rows' statuses" legend "$G/cut.json"
    grep -q '"text": "2 more rows not shown"' "$G/cut.json" &&
        pass "pages: --max-rows 3 says 2 rows are not shown" ||
        fail "pages: --max-rows 3 says 2 rows are not shown"
fi
if ml "$MD/cut-statuses.json" -c membership -o "$G/cut-all.png" --layout-json "$G/cut-all.json" \
    2>/dev/null; then
    page_fact "pages: every row drawn: the legend lists every status and the suspension" legend \
        "$G/cut-all.json"
    n=$(grep -c '"role": "legend-symbol"' "$G/cut-all.json")
    [ "$n" = 4 ] && pass "pages: every row drawn: four legend entries" ||
        fail "pages: every row drawn: four legend entries" "$n"
fi

# ---- periods true on the chart's date: seen and labelled however short
if ml "$MD/late-change.json" -c membership -o "$G/late.png" --layout-json "$G/late.json" 2>/dev/null; then
    why=$(python3 - "$G/late.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
bars = [it for it in d["items"] if it.get("role") == "bar"]
short = [it for it in bars if it["from"] in ("2025-10-26", "2025-10-15")]
if len(short) != 2:
    print(f"{len(short)} bars of the late changes, expected 2"); sys.exit()
for it in short:
    if it["box"][2] < max(it["box"][3] * 0.5, 3) - 0.01:
        print(f"{it['ref']} {it['status']} is {it['box'][2]:.2f} pt wide"); sys.exit()
labels = [it for it in d["items"] if it.get("role") == "change-date" and it["text"] == "Oct 2025"]
if len(labels) != 2:
    print(f"{len(labels)} 'Oct 2025' labels, expected 2"); sys.exit()
# A label lies on no bar but its own (the late ones' dates go after their bars, past the as-of
# line, or in front with a leader).
for lb in [it for it in d["items"] if it.get("role") == "change-date"]:
    hit = [b for b in bars if b["box"][1] < lb["box"][1] + lb["box"][3] and
           lb["box"][1] < b["box"][1] + b["box"][3] and b["box"][0] < lb["box"][0] + lb["box"][2]
           and lb["box"][0] < b["box"][0] + b["box"][2]]
    if len(hit) > 1:
        print(f"{lb['text']!r} lies on {len(hit)} bars"); sys.exit()
leaders = [it for it in d["items"] if it.get("role") == "label-leader"]
after = [lb for lb in labels if any(lb["box"][0] >= b["box"][0] + b["box"][2] and
                                    abs(lb["box"][1] + lb["box"][3] / 2 - b["box"][1] - b["box"][3] / 2) < 1
                                    for b in short)]
if len(leaders) + len(after) != 2:
    print(f"{len(leaders)} leaders and {len(after)} dates after their bars, expected 2 in all")
PY
)
    [ -z "$why" ] && pass "pages: late changes seen and labelled" || fail "pages: late changes seen and labelled" "$why"
fi

# ---- former members and approximate edges
if ml "$MD/approximate-edges.json" -c membership -o "$G/approx.svg" --layout-json "$G/approx.json" \
    --alt-text "$G/approx.txt" 2>/dev/null; then
    grep -q '"text": "Former members (3)"' "$G/approx.json" && ! grep -q '"No status' "$G/approx.json" &&
        pass "pages: former members grouped as such" || fail "pages: former members grouped as such"
    [ "$(grep -c '"role": "approx-start"' "$G/approx.json")" = 2 ] &&
        [ "$(grep -c '"role": "approx-end"' "$G/approx.json")" = 1 ] &&
        [ "$(grep -c '"role": "coarse-end"' "$G/approx.json")" = 1 ] &&
        pass "pages: approximate edges faded" || fail "pages: approximate edges faded"
    grep -q '"role": "end-date", .*"text": "c. 1471"' "$G/approx.json" &&
        grep -q '"text": "c. 1360"' "$G/approx.json" && grep -q '"text": "c. Apr 1420"' "$G/approx.json" &&
        pass "pages: approximate dates labelled c." || fail "pages: approximate dates labelled c."
    grep -q "Town A (joined about 1360) (c. 1360)" "$G/approx.txt" && ! grep -q "1 Jan 1360" "$G/approx.txt" &&
        pass "pages: alt text keeps each date's precision" ||
        fail "pages: alt text keeps each date's precision" "$(cat "$G/approx.txt")"
fi

# ---- type: no text below 1.25% of a slide's width, nor 7 pt on A4 and a column
if [ -f "$ROOT/data/sco.json" ]; then
    for s in "slide 18" "slide-4x3 13.5" "a4 7" "column 7" "a4-landscape 7"; do
        set -- $s
        ml "$ROOT/data/sco.json" -c membership --size "$1" -q -o "$G/t.pdf" --layout-json "$G/t.json" &&
            page_fact "pages: sco --size $1 no text below $2 pt" least "$G/t.json" "$2"
    done
fi
page_fact "pages: 220 on A4 landscape no text below 7 pt" least "$G/many.json" 7

# ---- right-to-left: names against the plot
for l in fa ar; do
    if ml "$ROOT/tests/data/rtl.json" -c membership --lang $l -o "$G/rtl.svg" --layout-json "$G/rtl.json" 2>/dev/null; then
        why=$(python3 - "$G/rtl.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ends = {round(it["box"][0] + it["box"][2], 1) for it in d["items"] if it.get("role") == "name"}
starts = {round(it["box"][0], 1) for it in d["items"] if it.get("role") == "name"}
print("" if len(ends) == 1 and len(starts) > 1 else f"name ends at {sorted(ends)}")
PY
)
        [ -z "$why" ] && pass "pages: --lang $l names right-aligned" || fail "pages: --lang $l names right-aligned" "$why"
    fi
done

# ---- an empty document says so
printf '{"memberline": 1, "title": "Empty", "statuses": [{"id": "m", "label": "Member", "rank": 1}], "members": []}' >"$G/empty.json"
if ml "$G/empty.json" -c membership -o "$G/empty.png" --layout-json "$G/empty.layout" 2>/dev/null; then
    grep -q '"role": "no-data", .*"text": "No data"' "$G/empty.layout" &&
        ! grep -q '"role": "tick-label"' "$G/empty.layout" && pass "pages: an empty chart says No data" ||
        fail "pages: an empty chart says No data"
fi

# ---- long names: shortened to a quarter of the width, still told apart, whole in the alt text
if ml "$MD/many-rows.json" -c membership --size a4 -q -o "$G/long.pdf" --layout-json "$G/long.json" \
    --alt-text "$G/long.txt"; then
    why=$(python3 - "$G/long.json" "$G/long.txt" "$MD/many-rows.json" <<'PY'
import json, sys
d, alt, data = json.load(open(sys.argv[1])), open(sys.argv[2]).read(), json.load(open(sys.argv[3]))
long_names = {m["id"]: m["name"] for m in data["members"] if len(m["name"]) > 60}
names = [it for it in d["items"] if it.get("role") == "name"]
wide = [it["text"] for it in names if it["box"][2] > d["width"] / 4 + 0.01]
short = {it["ref"]: it for it in names if "tip" in it}
if not long_names:
    print("the data has no long names")
elif wide:
    print(f"names wider than a quarter of the page: {wide[:3]}")
elif set(short) != set(long_names):
    print(f"shortened {sorted(short)}, expected {sorted(long_names)}")
elif any(short[k]["tip"] != long_names[k] for k in short):
    print("a shortened name's full text is not the name")
elif len({it["text"] for it in short.values()}) != len(short):
    print(f"shortened names read alike: {[it['text'] for it in short.values()]}")
elif any(n not in alt for n in long_names.values()):
    print("the alt text leaves out a shortened name")
PY
)
    [ -z "$why" ] && pass "pages: long names shortened, distinct, whole in the alt text" ||
        fail "pages: long names shortened, distinct, whole in the alt text" "$why"
fi

# ---- the same start date in rows one under another is labelled in every row (README)
if [ -f "$ROOT/data/sco.json" ] && ml "$ROOT/data/sco.json" -c membership -q -o "$G/same.svg" \
    --layout-json "$G/same.json"; then
    n=$(grep -c '"role": "change-date", .*"text": "Jun 2001"' "$G/same.json")
    [ "$n" = 6 ] && pass "pages: a shared start date labelled in each of its 6 rows" ||
        fail "pages: a shared start date labelled in each of its 6 rows" "$n labels"
fi

# ---- batch manifests take the page options as the command line does
mkdir -p "$G/batch"
cp "$MD/many-rows.json" "$G/batch/"
cat >"$G/batch/m.json" <<'JSON'
{"defaults": {"data": "many-rows.json", "chart": "membership", "options": {"size": "a4"}},
 "jobs": [{"options": {"rows-per-page": 40}, "output": "rpp.png"},
          {"options": {"page": 2}, "output": "two.svg"},
          {"options": {"max-rows": 10}, "output": "max.pdf", "layout_json": "max.json"},
          {"options": {"height": "auto"}, "output": "auto.pdf"}]}
JSON
if ml batch -q "$G/batch/m.json" >"$G/batch/out" 2>&1; then
    [ "$(ls "$G"/batch/rpp-*.png | wc -l)" = 6 ] && [ -s "$G/batch/two.svg" ] &&
        [ ! -e "$G/batch/two-1.svg" ] && [ "$(pages_of "$G/batch/auto.pdf")" -ge 2 ] &&
        grep -q '"text": "210 more rows not shown"' "$G/batch/max.json" &&
        pass "pages: batch manifests take --rows-per-page, --page, --max-rows, -H auto" ||
        fail "pages: batch manifests take --rows-per-page, --page, --max-rows, -H auto" "$(ls "$G/batch")"
else
    fail "pages: batch with page options" "$(head -c 300 "$G/batch/out")"
fi
