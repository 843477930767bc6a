# A representative run of the tool for `make check-valgrind`, which runs only this suite and
# 10-cases (every suite under valgrind takes most of an hour; VALGRIND_SUITES=all runs them all):
# every chart in every format with every side output, batch, and the error paths that unwind
# (bad data, unwritable outputs, a full disk, hostile texts). In `make check` and
# `make check-asan` these are quick smoke tests. Sourced by tests/run.sh.
V=$OUT/memcheck
mkdir -p "$V"
SCO=$ROOT/data/sco.json
for chart in timeline membership count map; do
    for f in png svg pdf; do
        expect_exit "memcheck $chart $f" 0 "$SCO" -c "$chart" -o "$V/$chart.$f" \
            --layout-json "$V/$chart-$f.json" --alt-text "$V/$chart-$f.txt"
    done
done
expect_exit "memcheck timeline lanes dark" 0 "$SCO" --lanes category --theme dark --lang ru \
    -o "$V/lanes.png"
expect_exit "memcheck membership print sorted" 0 "$SCO" -c membership --theme print \
    --sort name --group none --lang zh -o "$V/print.pdf"
expect_exit "memcheck count lines" 0 "$SCO" -c count --count lines --as-of 2010 -o "$V/lines.svg"
expect_exit "memcheck map world labels" 0 "$SCO" -c map --region world --labels -o "$V/world.png"
expect_exit "memcheck several charts" 0 "$SCO" -c timeline,membership,count,map -f png -d "$V/all"
expect_exit "memcheck stdout" 0 "$SCO" -c count -f svg -o -
cat >"$V/batch.json" <<JSON
{"jobs": [
  {"data": "$SCO", "chart": "timeline", "output": "$V/b1.png"},
  {"data": "$SCO", "chart": "map", "output": "$V/b2.svg"}]}
JSON
expect_exit "memcheck batch" 0 batch "$V/batch.json"
expect_exit "memcheck check" 0 check "$SCO"

# error paths: every one frees what it took
expect_exit "memcheck missing file" 66 "$V/none.json" -o "$V/x.png"
echo '{"memberline": 1, "title": "x", "events": [' >"$V/bad.json"
expect_exit "memcheck syntax error" 65 "$V/bad.json" -o "$V/x.png"
expect_exit "memcheck check with errors" 65 check "$ROOT/tests/cases/invalid/date-impossible-feb-30/input.json"
expect_exit "memcheck output folder missing" 73 "$SCO" -o "$V/no/such/x.png"
expect_exit "memcheck disk full" 74 "$SCO" -c membership -o /dev/full -f pdf
expect_exit "memcheck layout disk full" 74 "$SCO" -o "$V/x.png" --layout-json /dev/full
expect_exit "memcheck strict warnings" 65 "$SCO" --strict --width 300 -o "$V/x.png"
for k in markup year-minus-9999 same-day control-escaped all-null; do
    [ -f "$V/$k.json" ] || python3 "$ROOT/tests/tools/hostile.py" "$k" "$V/$k.json"
done
for chart in timeline membership count map; do
    expect_exit "memcheck markup $chart" 0 "$V/markup.json" -c "$chart" -o "$V/m-$chart.png"
    expect_exit "memcheck year -9999 $chart" 0 "$V/year-minus-9999.json" -c "$chart" -o "$V/y-$chart.svg"
    expect_exit "memcheck same day $chart" 0 "$V/same-day.json" -c "$chart" -o "$V/s-$chart.pdf"
done
expect_exit "memcheck control character" 65 "$V/control-escaped.json" -o "$V/x.png"
expect_exit "memcheck all null" 65 "$V/all-null.json" -o "$V/x.png"
