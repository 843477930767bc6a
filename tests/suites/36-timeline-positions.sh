# Every timeline marker stands on its date (review r14): a day marker at most one marker width
# from it when nudged apart, in date order; a year or month bracket over exactly its time; no
# labelled tick outside the data; common-era dates marked AD beside BCE ones; no page past the
# 200 in that PDF readers open. Checked over generated inputs of mixed precision (days, months,
# years, same-day runs, BCE) at every kind of size, and the reviewer's inputs.
TP=$OUT/tlpos
mkdir -p "$TP"
# tp_check NAME DOC ARGS...: render DOC with ARGS, then run every position check on it.
tp_check() {
    local name=$1 doc=$2 c msg
    shift 2
    name=p-$name # the documents are in $TP too
    if ! ml render -q -c timeline "$doc" -o "$TP/$name.png" --layout-json "$TP/$name.json" \
        --alt-text "$TP/$name.txt" "$@" >"$TP/$name.log" 2>&1; then
        fail "timeline positions $name renders" "$(head -c 300 "$TP/$name.log")"
        return 1
    fi
    for c in markers ticks era; do
        if msg=$(python3 "$ROOT/tests/tools/timeline_positions.py" "$c" "$TP/$name.json" "$doc" 2>&1)
        then pass "timeline positions $name $c"
        else fail "timeline positions $name $c" "$msg"; fi
    done
}
python3 "$ROOT/tests/tools/gen_dates.py" 300 3 >"$TP/mixed300.json"
python3 "$ROOT/tests/tools/gen_dates.py" 1000 4 1950 2024 >"$TP/mixed1000.json"
python3 "$ROOT/tests/tools/gen_dates.py" 200 5 -3000 1500 >"$TP/bce200.json"
python3 "$ROOT/tests/tools/gen_dates.py" 60 6 2020 2021 >"$TP/days60.json"
for g in mixed300 mixed1000 bce200 days60; do
    for a in "" "-W 320px" "--size a4" "--size slide" "--size column" "--height auto"; do
        # shellcheck disable=SC2086
        tp_check "$g${a//[ -]/}" "$TP/$g.json" $a
    done
done
tp_check mixed300-lanes "$TP/mixed300.json" --lanes category
R14=$ROOT/tests/data/timeline-r14
tp_check r14-eu-ru "$R14/eu.json" --size slide --lang ru
for f in eu fourdays dense3 bce-long egypt bce-cross eu-dayonly; do
    for a in "" "-W 320px" "--size a4" "--height auto" "--size slide"; do
        # shellcheck disable=SC2086
        tp_check "r14-$f${a//[ -]/}" "$R14/$f.json" $a
    done
done
# The alt text marks the common era beside BCE dates as the axis does.
grep -q "to 19 Aug AD 14" "$TP/p-r14-egypt.txt" && pass "timeline alt text AD beside BCE" ||
    fail "timeline alt text AD beside BCE" "$(cat "$TP/p-r14-egypt.txt")"

# A chart growing with --height auto stops at 200 in (14,400 pt), the largest page PDF
# readers open: every event is drawn (a marker, or in a cluster mark) or counted as not shown,
# and the warning says why.
python3 "$ROOT/tests/tools/gen_events.py" 10000 7 >"$TP/g10000.json"
if ml render -c timeline "$TP/g10000.json" --height auto -f pdf -o "$TP/tall.pdf" \
    --layout-json "$TP/tall.json" 2>"$TP/tall.log"; then
    h=$(pdfinfo "$TP/tall.pdf" | awk '/^Page size/ { print ($5 > $3 ? $5 : $3) }')
    counts=$(python3 -c 'import json, sys; it = json.load(open(sys.argv[1]))["items"]
print(sum(i.get("role") == "marker" for i in it) + int(sum(i.get("value", 0) for i in it if i.get("role") in ("cluster", "not-shown"))))' "$TP/tall.json")
    if awk -v h="$h" 'BEGIN { exit !(h <= 14400) }' && [ "$counts" = 10000 ] &&
        grep -q "200 in" "$TP/tall.log"; then pass "timeline --height auto page within 200 in"
    else fail "timeline --height auto page within 200 in" "page $h pt, $counts events counted"; fi
else
    fail "timeline --height auto page within 200 in" "$(head -c 300 "$TP/tall.log")"
fi
