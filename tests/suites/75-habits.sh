# The habits users bring from dot, vl2png, mmdc and gnuplot: standard input, --background,
# --font and --font-scale, --version, check's own options.
HAB="$OUT/habits"
mkdir -p "$HAB"
# layout_value FILE PYTHON-EXPR: print the value of the expression over the dump (d).
layout_value() {
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}
cat >"$HAB/piped.json" <<'JSON'
{"memberline": 1, "title": "Piped union", "source": "Test data",
 "categories": [{"id": "c", "label": "Category"}],
 "statuses": [{"id": "m", "label": "Member", "rank": 1}],
 "events": [{"id": "e", "date": "2001", "title": "Founded", "category": "c", "sources": []}],
 "members": [{"id": "a", "name": "Alpha", "periods": [{"status": "m", "from": "2001"}]}]}
JSON

# ---- standard input: a pipe or a redirected file is the input when no FILE is given
title_of() { layout_value "$1" '[i["text"] for i in d["items"] if i.get("role") == "title"][0]'; }
if cat "$HAB/piped.json" | "${VG[@]}" "$MEMBERLINE" -c count -o "$HAB/pipe.svg" \
    --layout-json "$HAB/pipe.json" 2>"$HAB/pipe.err" &&
    [ "$(title_of "$HAB/pipe.json")" = "Piped union" ]; then
    pass "habits: piped standard input is the input"
else fail "habits: piped standard input is the input" "$(cat "$HAB/pipe.err")"; fi
if ml -c timeline -o "$HAB/redirect.svg" --layout-json "$HAB/redirect.json" <"$HAB/piped.json" &&
    [ "$(title_of "$HAB/redirect.json")" = "Piped union" ]; then
    pass "habits: redirected standard input is the input"
else fail "habits: redirected standard input is the input"; fi
if ml -c count -o "$HAB/null.svg" --layout-json "$HAB/null.json" </dev/null &&
    title_of "$HAB/null.json" | grep -q "Shanghai"; then
    pass "habits: /dev/null on standard input: the bundled data"
else fail "habits: /dev/null on standard input: the bundled data"; fi
echo '{"memberline": 1,' | ml -c count -o "$HAB/bad.svg" 2>"$HAB/bad.err"
rc=$?
[ "$rc" = 65 ] && grep -q '^<stdin>:' "$HAB/bad.err" && [ ! -e "$HAB/bad.svg" ] &&
    pass "habits: bad piped data names <stdin>, exit 65, no file" ||
    fail "habits: bad piped data names <stdin>, exit 65, no file" "exit $rc: $(cat "$HAB/bad.err")"

# ---- --background / -b
ml "$HAB/piped.json" -c membership -b '#112233' -o "$HAB/bg.svg" --layout-json "$HAB/bg.json"
[ "$(layout_value "$HAB/bg.json" 'd["background"]')" = "#112233ff" ] &&
    pass "habits: --background sets the page colour" ||
    fail "habits: --background sets the page colour" "$(layout_value "$HAB/bg.json" 'd.get("background")')"
ml "$HAB/piped.json" -c membership --background transparent -o "$HAB/bg.png"
[ "$(python3 tests/tools/png_info.py "$HAB/bg.png" 2>/dev/null | cut -d' ' -f3)" = 6 ] &&
    pass "habits: --background transparent gives an alpha channel" ||
    fail "habits: --background transparent gives an alpha channel" "$(python3 tests/tools/png_info.py "$HAB/bg.png" 2>&1 | head -3)"
expect_exit "habits: --background not a colour" 64 "$HAB/piped.json" -b 'blue-ish' -o "$HAB/x.svg"
grep -q 'expected #RRGGBB' "$OUT/last.err" && pass "habits: --background message" ||
    fail "habits: --background message" "$(cat "$OUT/last.err")"

# ---- --font-scale and --font: every text, honoured by the layout
ml "$HAB/piped.json" -c timeline -o "$HAB/f1.svg" --layout-json "$HAB/f1.json"
ml "$HAB/piped.json" -c timeline --font-scale 2 --font "DejaVu Serif" -o "$HAB/f2.svg" \
    --layout-json "$HAB/f2.json"
# Every text role's size doubles (at twice the size fewer tick labels may fit: compare roles).
sizes() { layout_value "$1" 'sorted({(i["role"], round(i["size"], 3)) for i in d["items"] if i["kind"] == "text"})'; }
if python3 - "$HAB/f1.json" "$HAB/f2.json" <<'PY'; then
import json, sys
def roles(path):
    out = {}
    for i in json.load(open(path))["items"]:
        if i["kind"] == "text":
            out.setdefault(i["role"], set()).add(round(i["size"], 2))
    return out
a, b = roles(sys.argv[1]), roles(sys.argv[2])
common = set(a) & set(b)
ok = len(common) >= 4 and all({round(2 * x, 1) for x in a[r]} == {round(y, 1) for y in b[r]}
                              for r in common)
sys.exit(0 if ok else 1)
PY
    pass "habits: --font-scale 2 doubles every text size"
else fail "habits: --font-scale 2 doubles every text size" "$(sizes "$HAB/f1.json") / $(sizes "$HAB/f2.json")"; fi
[ "$(layout_value "$HAB/f2.json" 'set(i["family"] for i in d["items"] if i["kind"] == "text")')" = "{'DejaVu Serif'}" ] &&
    pass "habits: --font sets every text's family" ||
    fail "habits: --font sets every text's family" "$(layout_value "$HAB/f2.json" 'set(i["family"] for i in d["items"] if i["kind"] == "text")')"
python3 - "$HAB/f2.json" <<'PY' && pass "habits: --font-scale 2 keeps text on the page" || fail "habits: --font-scale 2 keeps text on the page"
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if all(i["box"][0] >= -0.5 and i["box"][0] + i["box"][2] <= d["width"] + 0.5
                  for i in d["items"] if i["kind"] == "text") else 1)
PY
expect_exit "habits: --font-scale out of range" 64 "$HAB/piped.json" --font-scale 9 -o "$HAB/x.svg"

# ---- --version names every library in use
"$MEMBERLINE" --version >"$HAB/version.txt"
missing=""
for lib in memberline cairo pango HarfBuzz jansson ICU libpng libdeflate; do
    grep -q "$lib [0-9]" "$HAB/version.txt" || missing="$missing $lib"
done
[ -z "$missing" ] && pass "habits: --version lists the libraries" ||
    fail "habits: --version lists the libraries" "missing:$missing in $(cat "$HAB/version.txt")"

# ---- check: options are options, not file names
expect_exit "habits: check --help" 0 check --help
grep -q '^Usage: memberline check' "$OUT/last.out" && pass "habits: check --help prints usage" ||
    fail "habits: check --help prints usage" "$(cat "$OUT/last.out")"
expect_exit "habits: check -q" 0 check -q "$HAB/piped.json"
[ ! -s "$OUT/last.out" ] && pass "habits: check -q prints no summary" ||
    fail "habits: check -q prints no summary" "$(cat "$OUT/last.out")"
expect_exit "habits: check unknown option" 64 check --frobnicate "$HAB/piped.json"
expect_exit "habits: check -- then a file" 0 check -- "$HAB/piped.json"
