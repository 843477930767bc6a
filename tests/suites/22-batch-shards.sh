# Batches across machines (--shard K/N, --list) and the batch progress line.
SCO=$ROOT/data/sco.json
S=$OUT/shards
mkdir -p "$S"
export SOURCE_DATE_EPOCH=1700000000 # PDF dates: a shard's PDF must equal the single run's

# A manifest of mixed costs: every chart kind, every format, two PNG scales, several outputs.
write_manifest() {
    python3 - "$SCO" >"$1/manifest.json" <<'PY'
import json, sys
jobs = [
    {"name": "map-big", "chart": "map", "options": {"scale": 2}, "output": "map-big.png"},
    {"name": "tl", "chart": "timeline", "outputs": ["tl.svg", "tl.pdf", "tl.png"]},
    {"name": "mem", "chart": "membership", "output": "mem.svg", "layout_json": "mem.json",
     "alt_text": "mem.txt"},
    {"name": "count", "chart": "count", "outputs": ["count.pdf", "count.svg"]},
    {"name": "map", "chart": "map", "output": "map.svg"},
    {"name": "tl-ru", "chart": "timeline", "options": {"lang": "ru"}, "output": "tl-ru.png"},
    {"name": "mem-dark", "chart": "membership", "options": {"theme": "dark"}, "output": "mem-dark.pdf"},
    {"name": "it's quoted", "chart": "count", "options": {"title": "A 'quoted' title"},
     "output": "quoted.svg"},
]
print(json.dumps({"defaults": {"data": sys.argv[1], "options": {"width": "480px"}}, "jobs": jobs}))
PY
}
mkdir -p "$S/all"
write_manifest "$S/all"
expect_exit "shards single run" 0 batch "$S/all/manifest.json"
all_files=$(cd "$S/all" && ls | grep -v '^manifest.json$' | sort)
n_all=$(ml batch --list "$S/all/manifest.json" | wc -l)
[ "$n_all" -eq 11 ] && [ "$(echo "$all_files" | wc -l)" -eq 13 ] &&
    pass "shards --list a line per chart" || fail "shards --list a line per chart" "$n_all lines; $all_files"

for n in 1 2 3 4 5 6 7; do
    : >"$S/listed-$n"
    : >"$S/written-$n"
    ok=1
    for k in $(seq 1 "$n"); do
        d=$S/run-$n-$k
        mkdir -p "$d" && write_manifest "$d"
        ml batch --shard "$k/$n" --list "$d/manifest.json" | cut -f1 >>"$S/listed-$n"
        ml batch --shard "$k/$n" "$d/manifest.json" >"$OUT/last.out" 2>"$OUT/last.err" || ok=0
        # each output is written by one shard only: the others' folders lack it
        (cd "$d" && ls | grep -v '^manifest.json$') >>"$S/written-$n"
        for f in $(cd "$d" && ls | grep -v '^manifest.json$'); do
            cmp -s "$d/$f" "$S/all/$f" || { ok=0; echo "shard $k/$n: $f differs" >>"$S/diff-$n"; }
        done
    done
    [ "$(sort -n "$S/listed-$n" | tr '\n' ' ')" = "$(seq 1 "$n_all" | tr '\n' ' ')" ] &&
        pass "shards $n: listed jobs disjoint and complete" ||
        fail "shards $n: listed jobs disjoint and complete" "$(sort -n "$S/listed-$n" | tr '\n' ' ')"
    [ "$(sort "$S/written-$n")" = "$all_files" ] && pass "shards $n: outputs written once, all of them" ||
        fail "shards $n: outputs written once, all of them" "$(sort "$S/written-$n" | uniq -c | tr '\n' ' ')"
    [ "$ok" = 1 ] && pass "shards $n: same bytes as one run" ||
        fail "shards $n: same bytes as one run" "$(cat "$S/diff-$n" 2>/dev/null)"
done

# Balance: greedy on the estimated costs leaves shards at most one job's cost apart, and a
# map PNG at scale 2 weighs more than a small timeline SVG.
for n in 2 3 4; do
    for k in $(seq 1 "$n"); do
        ml batch --shard "$k/$n" --list "$S/all/manifest.json" | awk -F'\t' '{c += $4} END {print c}'
    done >"$S/loads-$n"
    max_job=$(ml batch --list "$S/all/manifest.json" | cut -f4 | sort -g | tail -n 1)
    spread=$(sort -g "$S/loads-$n" | sed -n '1p;$p' | tr '\n' ' ' | awk '{print $2 - $1}')
    awk -v s="$spread" -v m="$max_job" 'BEGIN {exit !(s <= m + 0.001)}' &&
        pass "shards $n: balanced by cost" || fail "shards $n: balanced by cost" "loads $(tr '\n' ' ' <"$S/loads-$n"), largest job $max_job"
done
ml batch --list "$S/all/manifest.json" | awk -F'\t' '$2 == "map-big" {m = $4} $3 ~ /tl.svg$/ {t = $4}
    END {exit !(m > 3 * t && t > 0)}' && pass "shards cost: a PNG at scale 2 weighs several timeline SVGs" ||
    fail "shards cost: a PNG at scale 2 weighs several timeline SVGs" "$(ml batch --list "$S/all/manifest.json" | cut -f2-4)"

# The COMMAND field renders that one chart as the batch does (quotes included).
mkdir -p "$S/bin" && ln -sf "$MEMBERLINE" "$S/bin/memberline"
ok=1
while IFS=$'\t' read -r idx name out cost cmd; do
    rm -f "$out"
    PATH="$S/bin:$PATH" sh -c "$cmd" </dev/null 2>>"$OUT/last.err" || ok=0
    cmp -s "$out" "$S/all/$(basename "$out")" || { ok=0; echo "$name: $cmd" >>"$S/cmd-diff"; }
done < <(ml batch --list "$S/run-1-1/manifest.json")
[ "$ok" = 1 ] && pass "shards --list commands render the same bytes" ||
    fail "shards --list commands render the same bytes" "$(cat "$S/cmd-diff" 2>/dev/null)"

for bad in 0/3 4/3 x 1/0 3 /3 1/ -1/3 1/3x; do
    expect_exit "shards bad --shard $bad" 64 batch --shard "$bad" "$S/all/manifest.json"
done
echo '{"jobs": [{"name": "s", "options": {"shard": "1/2"}, "output": "s.svg"}]}' >"$S/inner.json"
expect_exit "shards --shard is not a job option" 65 batch "$S/inner.json"

# ---- progress: a failing job among good ones
mkdir -p "$S/prog"
cat >"$S/prog/manifest.json" <<JSON
{"defaults": {"data": "$SCO", "options": {"width": "400px"}},
 "jobs": [
  {"name": "p1", "chart": "count", "output": "p1.svg"},
  {"name": "bad-option", "chart": "count", "options": {"no-such": true}, "output": "bad.svg"},
  {"name": "p3", "chart": "timeline", "output": "p3.svg"},
  {"name": "missing-data", "data": "none.json", "output": "m.svg"},
  {"name": "p5", "chart": "membership", "output": "p5.svg"}
 ]}
JSON
# Not a terminal: errors and the closing line only, no carriage returns or escapes.
for j in 1 2; do
    ml batch --jobs "$j" "$S/prog/manifest.json" >"$OUT/last.out" 2>"$OUT/last.err"
    ! grep -q $'[\r\033]' "$OUT/last.err" && ! grep -q '^\[' "$OUT/last.err" &&
        grep -q "job bad-option failed" "$OUT/last.err" && grep -q "job missing-data failed" "$OUT/last.err" &&
        pass "progress --jobs $j: not a terminal, errors only" ||
        fail "progress --jobs $j: not a terminal, errors only" "$(cat -A "$OUT/last.err")"
done
# On a terminal (script gives the tool a pty): "[k/5] name" for every job, rewritten in place,
# and every message on lines of its own, never after a progress text.
for j in 1 2; do
    script -qec "$MEMBERLINE batch --jobs $j '$S/prog/manifest.json'" /dev/null >"$S/tty-$j.txt" 2>&1 </dev/null
    python3 - "$S/tty-$j.txt" <<'PY' >"$S/tty-$j.check" 2>&1 &&
import re, sys
text = open(sys.argv[1], "rb").read().decode().replace("\r\n", "\n")
parts = text.split("\r\x1b[K")
seen, bad = set(), []
for p in parts[1:]:
    m = re.fullmatch(r"\[(\d)/5\] ([\w-]+)", p)
    if m:
        seen.add(m.group(2))
    elif p and (not p.endswith("\n") or re.search(r"\[\d/5\]", p)):
        bad.append(p)
if parts[0]:
    bad.append("before the first progress line: " + parts[0])
if "bad-option" not in text or "missing-data" not in text or "2 of 5 charts failed" not in text:
    bad.append("messages missing")
if seen != {"p1", "bad-option", "p3", "missing-data", "p5"} or bad:
    sys.exit("seen %s, bad %r" % (sorted(seen), bad))
PY
        pass "progress --jobs $j: one line on a terminal, errors on their own" ||
        fail "progress --jobs $j: one line on a terminal, errors on their own" "$(cat "$S/tty-$j.check"; cat -A "$S/tty-$j.txt" | head -c 600)"
done

# --shard and --list belong to batch: elsewhere a usage error, as check refuses them, never a
# render that ignores them.
expect_exit "--list outside batch: usage error" 64 --list "$SCO" -c count -o "$S/not-listed.svg"
expect_exit "--shard outside batch: usage error" 64 --shard 1/2 "$SCO" -c count -o "$S/not-sharded.svg"
[ ! -e "$S/not-listed.svg" ] && [ ! -e "$S/not-sharded.svg" ] &&
    pass "--list/--shard outside batch: nothing rendered" ||
    fail "--list/--shard outside batch: nothing rendered"
expect_exit "--shard above the maximum" 64 batch --shard 1/1000000 "$S/all/manifest.json"
grep -q "N <= 100000" "$OUT/last.err" && pass "--shard error states the maximum" ||
    fail "--shard error states the maximum" "$(cat "$OUT/last.err")"
expect_exit "--shard at the maximum" 0 batch --list --shard 100000/100000 "$S/all/manifest.json"

# --list with an invalid job lists every job, says why, and exits 65: a script stops there.
mkdir -p "$S/badlist"
printf '{"defaults": {"data": "%s"}, "jobs": [{"name": "ok", "chart": "count", "output": "a.svg"}, {"name": "pie", "chart": "pie", "output": "b.svg"}]}\n' "$SCO" >"$S/badlist/m.json"
expect_exit "--list with an invalid job" 65 batch --list "$S/badlist/m.json"
[ "$(wc -l <"$OUT/last.out")" -eq 2 ] && grep -q '"pie"' "$OUT/last.err" &&
    pass "--list with an invalid job: every job listed, the error named" ||
    fail "--list with an invalid job: every job listed, the error named" "$(cat "$OUT/last.out" "$OUT/last.err")"

# The summary counts in words a person writes: "1 chart", and an empty shard says so.
mkdir -p "$S/one"
printf '{"defaults": {"data": "%s"}, "jobs": [{"name": "c", "chart": "count", "output": "c.svg"}]}\n' "$SCO" >"$S/one/m.json"
expect_exit "batch of one chart" 0 batch "$S/one/m.json"
grep -qx "memberline: batch: 1 chart, all rendered" "$OUT/last.err" &&
    pass "summary: 1 chart" || fail "summary: 1 chart" "$(cat "$OUT/last.err")"
expect_exit "empty shard" 0 batch --shard 2/2 "$S/one/m.json"
grep -qx "memberline: batch shard 2/2: no charts to render" "$OUT/last.err" &&
    pass "summary: an empty shard" || fail "summary: an empty shard" "$(cat "$OUT/last.err")"

# A paged job in a batch: without a terminal only the summary (no "wrote ... page" lines), with
# -q nothing at all; the pages are written all the same. --list names the job's output (the base
# name: docs/batch.md gives the -1, -2 ... rule).
mkdir -p "$S/paged"
printf '{"defaults": {"data": "%s", "chart": "membership", "options": {"size": "a4", "rows-per-page": 4}}, "jobs": [{"name": "p", "outputs": ["m.png", "m.svg", "m.pdf"]}]}\n' "$SCO" >"$S/paged/m.json"
expect_exit "paged batch" 0 batch "$S/paged/m.json"
pages=$(ls "$S/paged" | grep -c '^m-[0-9]*\.png$')
[ "$pages" -gt 1 ] && [ "$(ls "$S/paged" | grep -c '^m-[0-9]*\.svg$')" -eq "$pages" ] &&
    [ -s "$S/paged/m.pdf" ] && [ "$(cat "$OUT/last.err")" = "memberline: batch: 3 charts, all rendered" ] &&
    pass "paged batch: $pages pages a format, only the summary" ||
    fail "paged batch: only the summary" "$pages pages; $(cat "$OUT/last.err")"
expect_exit "paged batch -q" 0 batch -q "$S/paged/m.json"
[ ! -s "$OUT/last.err" ] && pass "paged batch -q: silent" || fail "paged batch -q: silent" "$(cat "$OUT/last.err")"
unset SOURCE_DATE_EPOCH

# Without a terminal a batch says nothing but errors and its closing line (docs/batch.md): a
# chart of two pages writes no "wrote ... (page 1 of 2)" lines; -v brings them back.
Q=$OUT/batch-quiet
mkdir -p "$Q"
printf '{"defaults": {"data": "%s"}, "jobs": [{"name": "slide", "chart": "membership", "options": {"size": "slide", "theme": "dark"}, "output": "slide.png"}]}' \
    "$SCO" >"$Q/manifest.json"
for jobs in 1 2; do
    ml batch --jobs "$jobs" "$Q/manifest.json" >"$Q/out" 2>"$Q/err"
    pages=$(ls "$Q" | grep -c '^slide-[0-9]*\.png$')
    if [ "$pages" -ge 2 ] && [ ! -s "$Q/out" ] &&
        [ "$(cat "$Q/err")" = "memberline: batch: 1 chart, all rendered" ]; then
        pass "batch --jobs $jobs without a terminal: only the summary ($pages pages written)"
    else fail "batch --jobs $jobs without a terminal: only the summary" "$pages pages; $(cat "$Q/err")"; fi
done
ml batch -v "$Q/manifest.json" 2>"$Q/err" >/dev/null
grep -q 'wrote .*slide-1.png (page 1 of' "$Q/err" && pass "batch -v says what was written" ||
    fail "batch -v says what was written" "$(cat "$Q/err")"
