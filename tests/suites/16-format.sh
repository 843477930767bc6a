# The format's newer keys as a user meets them on the command line: a code the map cannot draw
# stops a render as it stops check (it used to vanish from the map with exit 0, even --strict).
C=$ROOT/tests/cases
expect_exit "map of an unknown iso3 fails" 65 -c map -f svg -o "$OUT/bad-iso3.svg" \
    "$C/invalid/iso3-not-in-world/input.json"
grep -q 'members\[0\] (id "AA").iso3: error: "SUN" is not a country of the bundled world map' "$OUT/last.err" &&
    [ ! -e "$OUT/bad-iso3.svg" ] && pass "unknown iso3: located error, no chart" ||
    fail "unknown iso3: located error, no chart" "$(head -c 300 "$OUT/last.err")"
expect_exit "strict map of an unknown iso3 fails" 65 --strict -c map -f svg -o "$OUT/bad-iso3.svg" \
    "$C/invalid/iso3-not-in-world/input.json"
# Every chart still draws a document with suspensions, names, successors and shapes.
for chart in timeline membership count map; do
    expect_exit "new keys: $chart" 0 -c "$chart" -f svg -o "$OUT/format-$chart.svg" \
        "$ROOT/docs/examples/example-union.json"
done
