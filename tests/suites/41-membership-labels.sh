# Membership rows of larger organisations: every period and suspension stays in sight (a short
# period pushes the next bar, never hides under it), and no date, former name or successor note
# lies on another label, a suspension or the as-of line; each start and end date is drawn or
# counted in the warning that says it found no room (model_charts.py plot-labels), at every
# size. The data: tests/data/membership/ (the Commonwealth and the Arab League with dates
# recalled, not verified, by review r15b; big.json: 320 generated members). Sourced by
# tests/run.sh.
MD=$ROOT/tests/data/membership
ML=$OUT/membership-labels
mkdir -p "$ML"

# labels NAME DATA AS-OF [TOOL ARGS...]: draw the membership chart, then check its dump.
labels() {
    local name=$1 data=$2 asof=$3 msg
    shift 3
    if ! ml "$data" -c membership "$@" -o "$ML/$name.svg" --layout-json "$ML/$name.json" \
        >"$ML/$name.out" 2>"$ML/$name.err"; then
        fail "$name" "exit $?: $(head -c 300 "$ML/$name.err")"
        return 1
    fi
    if msg=$(python3 "$ROOT/tests/tools/model_charts.py" plot-labels "$data" "$ML/$name.json" \
        "$ML/$name.err" $asof 2>&1); then pass "$name"; else fail "$name" "$msg"; fi
}

# bars NAME: the bars of the last dump drawn at their dates, spread to their least widths.
bars() {
    local msg
    if msg=$(python3 "$ROOT/tests/tools/check_bars.py" bars "$ML/$1.json" 2>&1); then
        pass "$1 bars at their dates"
    else fail "$1 bars at their dates" "$msg"; fi
}

for size in default a4 a4-landscape letter slide column; do
    args=()
    [ "$size" != default ] && args=(--size "$size")
    for d in commonwealth arab-league shapes; do
        labels "labels $d $size" "$MD/$d.json" "" "${args[@]}" && bars "labels $d $size"
    done
    labels "labels big $size" "$MD/big.json" "" "${args[@]}"
    # The as-of line mid-plot (--to) and near the ends of the periods of 1949.
    labels "labels commonwealth 1950 $size" "$MD/commonwealth.json" 1950-01-01 \
        --as-of 1950-01-01 --to 2025 "${args[@]}" && bars "labels commonwealth 1950 $size"
    labels "labels commonwealth 2001 $size" "$MD/commonwealth.json" 2001-01-01 \
        --as-of 2001-01-01 "${args[@]}" && bars "labels commonwealth 2001 $size"
done
# The as-of line at the left of a narrow chart, across the note of the members that join later
# and a group header that runs into the plot: it leaves a gap for them.
labels "labels commonwealth 1931 narrow" "$MD/commonwealth.json" 1931-12-12 --as-of 1931-12-12 \
    --to 2025 -W 500px
labels "labels arab-league 1945 narrow" "$MD/arab-league.json" 1945-03-23 --as-of 1945-03-23 \
    --to 2025 -W 400px
for lang in fr ar; do
    labels "labels arab-league $lang" "$MD/arab-league.json" "" --lang "$lang"
done
labels "labels arab-league rtl" "$MD/arab-league.json" "" --lang ar --direction rtl

# Slovakia's 18 days as an observer before it became a member: a bar of its own, in sight.
python3 - "$ML/labels shapes default.json" <<'PY' && pass "short period in sight" ||
import json, sys
bars = [i for i in json.load(open(sys.argv[1]))["items"] if i.get("role") == "bar" and i["ref"] == "SK"]
obs = [b for b in bars if b["status"] == "observer"]
mem = [b for b in bars if b["status"] == "member"]
sys.exit(not (obs and mem and mem[0]["box"][0] >= obs[0]["box"][0] + obs[0]["box"][2] - 0.01
              and obs[0]["box"][2] >= 3))
PY
    fail "short period in sight" "Slovakia's observer bar is under its member bar"
# Labels that find no room are said in a warning (so --strict fails), never dropped in silence.
grep -q "no room beside their bars for [0-9]* date label" "$ML/labels big default.err" &&
    pass "labels left out are warned" ||
    fail "labels left out are warned" "$(head -c 300 "$ML/labels big default.err")"
