# The alt text of the membership, count and map charts tells what the chart shows, with the
# names the chart uses: every departure, suspension, status other than the top one and member
# joining after the chart's date is named and counted (tests/tools/alt_facts.py over generated
# data and the reviewers' inputs in tests/data/model, whose dates are test data, not facts).
MD=$ROOT/tests/data/model
AF=$OUT/alt-facts
mkdir -p "$AF"
FACTS=$ROOT/tests/tools/alt_facts.py

# alt_facts NAME DATA [TOOL ARGS...]: draw with --alt-text, then check the text against the data.
alt_facts() {
    local name=$1 data=$2 asof="" msg
    shift 2
    local a prev=""
    for a in "$@"; do
        [ "$prev" = --as-of ] && asof=$a
        prev=$a
    done
    if ! ml "$data" "$@" -q -o "$AF/$name.png" --alt-text "$AF/$name.txt" 2>"$AF/$name.err"; then
        fail "$name" "$(head -c 300 "$AF/$name.err")"
        return
    fi
    if msg=$(python3 "$FACTS" check "$data" "$AF/$name.txt" ${asof:+"$asof"} 2>&1); then pass "$name"
    else fail "$name" "$msg"; fi
}

for seed in 1 2 3 4; do
    python3 "$FACTS" gen $seed 80 5 >"$AF/gen-$seed.json"
    for c in membership count; do
        alt_facts "alt facts: generated $seed $c" "$AF/gen-$seed.json" -c $c
    done
done
alt_facts "alt facts: names as of 1980" "$MD/names-both.json" -c membership --as-of 1980-01-01
alt_facts "alt facts: count names as of 1980" "$MD/names-both.json" -c count --as-of 1980-01-01
for c in membership count; do
    alt_facts "alt facts: UN $c" "$MD/un-review.json" -c $c --size a4-landscape
done
alt_facts "alt facts: EU 2013" "$MD/eu.json" -c membership --size a4-landscape

# The joins list names each member as on its joining day; the chart's date's name is elsewhere.
ml "$MD/names-both.json" -c membership --as-of 1980-01-01 -q -o "$AF/nb.png" --alt-text "$AF/nb.txt"
if grep -qF "Joined as Member: Early (1960); Republic of the Congo (Léopoldville) (20 Sept 1960); Federal Republic of Germany (18 Sept 1973)." "$AF/nb.txt" &&
    grep -qF "Zaire was earlier named" "$AF/nb.txt" && ! grep -qE "[:;,] (Germany|Democratic Republic of the Congo) \(" "$AF/nb.txt"
then pass "alt facts: joins under their names of the day"
else fail "alt facts: joins under their names of the day" "$(cat "$AF/nb.txt")"; fi

# A member's name on the chart's date is never among its former names, nor a former name twice.
ml "$MD/un-review.json" -c map -q -o "$AF/map.png" --alt-text "$AF/map.txt"
why=$(python3 - "$AF/map.txt" <<'PY'
import re, sys
alt = open(sys.argv[1]).read()
m = re.search(r"Members are named as on the chart's date; (.*?)\.(?: [A-Z]|$)", alt)
bad = []
for item in (m.group(1).split("; ") if m else []):
    now, _, former = item.partition(" was earlier named ")
    names = former.split(", ")
    if now in names or len(set(names)) != len(names):
        bad.append(item)
print("no names sentence" if not m else "; ".join(bad))
PY
)
[ -z "$why" ] && pass "alt facts: map former names are former" || fail "alt facts: map former names are former" "$why"

# Empty documents: a plain sentence, and the map says No data like the other charts.
printf '{"memberline":1,"title":"Empty","as_of":"2020-01-01","statuses":[{"id":"m","label":"Member","rank":1}],"members":[]}' >"$AF/empty.json"
for f in "$AF/empty.json" "$MD/noperiods.json"; do
    b=$(basename "$f" .json)
    for c in membership count map; do
        ml "$f" -c $c -q -o "$AF/$b-$c.png" --alt-text "$AF/$b-$c.txt" --layout-json "$AF/$b-$c.json"
        if grep -q '"role": "no-data"' "$AF/$b-$c.json" &&
            grep -qE "no status periods to show|No country has a status on that date" "$AF/$b-$c.txt" &&
            ! grep -qE "0 members|Other countries|from 1 Jan 2020 to 1 Jan 2020" "$AF/$b-$c.txt"
        then pass "alt facts: $b $c says there is no data"
        else fail "alt facts: $b $c says there is no data" "$(cat "$AF/$b-$c.txt")"; fi
    done
done

# A successor note never vanishes: at every size, with many successors under long names and an
# as-of date on the last successor's first day, each state whose successors have started has
# its note (the names, "→ 6 successor states" or "→ 6", the names kept as its tip) or a warning.
python3 "$FACTS" gen 7 40 6 >"$AF/succ.json"
for a in "--size a4" "--size a4-landscape" "--size letter" "--size column" "--size slide" \
    "--size slide-4x3" "-W 600px" "-W 4000px" "--size column --as-of 2016-11-22" \
    "--size a4 --as-of 2016-07-01" "--size column --as-of 2016-06-25"; do
    # shellcheck disable=SC2086
    ml "$AF/succ.json" -c membership $a -o "$AF/succ.pdf" --layout-json "$AF/succ.lj" 2>"$AF/succ.err"
    # shellcheck disable=SC2086 # $a is several options
    why=$(python3 - "$AF/succ.json" "$AF/succ.lj" "$AF/succ.err" $a 2>&1 <<'PY'
import datetime, json, sys
data, lj, err = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), open(sys.argv[3]).read()
args = sys.argv[4:]
cut = args[args.index("--as-of") + 1] if "--as-of" in args else data["as_of"]
names = {m["id"]: m.get("name", m["id"]) for m in data["members"]}
want = {}
for m in data["members"]:
    for p in m.get("successor_of", []):
        if m["periods"][0]["from"] <= cut:
            want.setdefault(p, []).append(names[m["id"]])
notes = {it["ref"]: it for it in lj["items"] if it.get("role") == "successors"}
bad = []
for p, succ in want.items():
    it = notes.get(p)
    if not it:
        if f'successor note of "{names[p]}' not in err:
            bad.append(f"{p}: no note and no warning")
        continue
    full = it.get("tip", it["text"])
    if any(s not in full for s in succ):
        bad.append(f"{p}: {full!r} leaves out a successor")
    if it["box"][0] + it["box"][2] > lj["width"] + 0.01:
        bad.append(f"{p}: the note runs off the page")
print("; ".join(bad) if want else "no successors started")
PY
)
    [ -z "$why" ] && why=$(python3 "$ROOT/tests/tools/check_text_boxes.py" "$AF/succ.lj" 2>&1)
    [ -z "$why" ] && pass "successor notes: $a" || fail "successor notes: $a" "$why"
done

# --max-rows: each group header says how many of the group's members are drawn out of how many
# hold the status on the chart's date, and the alt text says how many rows are not shown.
for n in 20 150 400; do
    ml "$MD/un-review.json" -c membership --size a4-landscape --max-rows $n -q -o "$AF/max.pdf" \
        --layout-json "$AF/max.lj" --alt-text "$AF/max.txt"
    why=$(python3 - "$MD/un-review.json" "$AF/max.lj" "$AF/max.txt" $n 2>&1 <<'PY'
import json, re, sys
data, lj, alt, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), open(sys.argv[3]).read(), int(sys.argv[4])
cut = data["as_of"]
def status_on(m):
    for p in m["periods"]:
        if p["from"] <= cut and ("to" not in p or p["to"] > cut):
            return p["status"]
held = {}
for m in data["members"]:
    held[status_on(m)] = held.get(status_on(m), 0) + 1
rows = [it for it in lj["items"] if it.get("role") in ("group", "name")]
bad, drawn, said_hdr = [], {}, {}
for i, h in enumerate(rows):  # a group goes on over pages under a "(continued)" header
    if h["role"] != "group" or "status" not in h:
        continue
    k = 0
    for r in rows[i + 1:]:
        if r["role"] == "group":
            break
        k += 1
    drawn[h["status"]] = drawn.get(h["status"], 0) + k
    m = re.search(r"\((\d+)(?: of (\d+))?\)", h["text"])
    said_hdr.setdefault(h["status"], set()).add((int(m.group(1)), int(m.group(2) or m.group(1))) if m else None)
for st, k in drawn.items():
    if said_hdr[st] != {(k, held.get(st, 0))}:
        bad.append(f"{st}: headers say {sorted(said_hdr[st])}, {k} rows drawn of {held.get(st, 0)}")
rows_all = sum(1 for m in data["members"] if m["periods"] and m["periods"][0]["from"] <= cut)
left = max(rows_all - n, 0)
said = re.search(r"(\d+) more rows? (?:is|are) not shown", alt)
if (int(said.group(1)) if said else 0) != left:
    bad.append(f"{left} rows left out, the alt text says {said.group(0) if said else 'nothing'}")
print("; ".join(bad))
PY
)
    [ -z "$why" ] && pass "max rows $n: headers and alt text count right" ||
        fail "max rows $n: headers and alt text count right" "$why"
done

# Members whose periods all start after the chart's date have no row (the chart shows what holds
# by its date, --to or not): a note under the rows counts them, naming them when eight or fewer.
for c in "eu.json --size a4-landscape" "eu.json --size a4-landscape --to 2025-01-01" \
    "au.json --as-of 1980-01-01" "GEN"; do
    set -- $c
    f=$MD/$1
    [ "$1" = GEN ] && f=$AF/gen-1.json
    shift
    ml "$f" -c membership "$@" -q -o "$AF/later.pdf" --layout-json "$AF/later.lj"
    why=$(python3 - "$f" "$AF/later.lj" "$@" 2>&1 <<'PY'
import json, re, sys
data, lj, args = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3:]
cut = args[args.index("--as-of") + 1] if "--as-of" in args else data["as_of"]
later = [m for m in data["members"] if m.get("periods") and m["periods"][0]["from"] > cut]
notes = [it["text"] for it in lj["items"] if it.get("role") == "joins-later"]
rows = {it.get("ref") for it in lj["items"] if it.get("role") == "name"}
if not later:
    print("the data has no later members")
elif len(notes) != 1 or not notes[0].startswith(f"{len(later)} member"):
    print(f"{len(later)} join later, notes {notes}")
elif len(later) <= 8 and not all((m.get("name") or m["names"][-1]["name"]) in notes[0] for m in later):
    print(f"not all named: {notes[0]}")
elif any(m["id"] in rows for m in later):
    print("a later member has a row")
PY
)
    [ -z "$why" ] && pass "joins later noted: $c" || fail "joins later noted: $c" "$why"
done

# A name or successor note shortened to fit keeps its whole text in the PDF's text (an invisible
# run under the visible one, see draw.c), where search, copy and pdftotext find it.
for s in column a4; do
    ml "$MD/un-review.json" -c membership --size $s -q -o "$AF/whole-$s.pdf" --layout-json "$AF/whole-$s.lj"
    pdftotext "$AF/whole-$s.pdf" "$AF/whole-$s.txt"
    why=$(python3 - "$AF/whole-$s.lj" "$AF/whole-$s.txt" 2>&1 <<'PY'
import json, sys
lj, text = json.load(open(sys.argv[1])), open(sys.argv[2]).read()
short = [it for it in lj["items"] if it.get("role") in ("name", "successors") and "tip" in it]
lines = set(text.split("\n"))
missing = [it["tip"] for it in short if it["tip"] not in lines]
print("nothing shortened" if not short else "; ".join(f"{t!r} not in the PDF text" for t in missing[:4]))
PY
)
    [ -z "$why" ] && pass "PDF text holds whole names: $s" || fail "PDF text holds whole names: $s" "$why"
done

# The chart's date reads as a date phrase of its precision: "In 1500" for a year (not "On
# 1500"), "In Mar 1500" for a month, "On 2 Mar 1500" for a day; in French "En" and "Au".
AE=$ROOT/tests/data/membership/approximate-edges.json
for spec in "en|1500|In 1500: " "en|1500-03|In Mar 1500: " "en|1500-03-02|On 2 Mar 1500: " \
    "fr|1500|En 1500 : " "fr|1500-03-02|Au 2 mars 1500 : " "ru|1500|По состоянию на 1500"; do
    IFS='|' read -r lang asof want <<<"$spec"
    for c in membership count; do
        ml "$AE" -c $c --lang "$lang" --as-of "$asof" -q -o "$AF/phrase.png" --alt-text "$AF/phrase.txt" 2>/dev/null
        # the as-of sentence, with the narrow no-break space before French colons made plain
        got=$(sed 's/\xe2\x80\xaf/ /g' "$AF/phrase.txt")
        case $got in
        *"$want"*) pass "alt text: $c $lang as of $asof reads \"$want\"" ;;
        *) fail "alt text: $c $lang as of $asof reads \"$want\"" "$(head -c 400 "$AF/phrase.txt")" ;;
        esac
    done
done

# --max-rows: the alt text says what the chart draws (N members, the range of their rows) and
# how many rows are left out, never "220 members, one row each".
if ml "$ROOT/tests/data/membership/many-rows.json" -c membership --size a4 --max-rows 40 -q \
    -o "$AF/max.png" --alt-text "$AF/max.txt" --layout-json "$AF/max.json"; then
    grep -aq "Membership chart of 40 members, one row each" "$AF/max.txt" &&
        grep -aq "180 more rows are not shown" "$AF/max.txt" && ! grep -aq "220 members" "$AF/max.txt" &&
        pass "alt text: --max-rows 40 says 40 drawn and 180 left out" ||
        fail "alt text: --max-rows 40 says 40 drawn and 180 left out" "$(head -c 400 "$AF/max.txt")"
fi
