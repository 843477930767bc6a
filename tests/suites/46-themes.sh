# Theme files (docs/themes.md): the shipped examples docs/themes/*.json are the built-in themes
# written as files, so a chart drawn with --theme light and --theme docs/themes/light.json has
# the same layout (every colour, pattern and tone included); they pass schema/theme.schema.json;
# a bad theme file gets a located error.
SCO=$ROOT/data/sco.json
T=$OUT/themes
mkdir -p "$T"
EX=$ROOT/docs/examples/example-union.json # statuses with tones
for t in light dark print; do
    for f in "$SCO" "$EX"; do
        for c in timeline membership count map; do
            name="theme file $t.json = --theme $t ($c, $(basename "$f"))"
            ml "$f" -c "$c" --theme "$t" --layout-json "$T/a.json" -o "$T/a.svg" 2>/dev/null &&
                ml "$f" -c "$c" --theme "$ROOT/docs/themes/$t.json" --layout-json "$T/b.json" \
                    -o "$T/b.svg" 2>/dev/null
            if cmp -s "$T/a.json" "$T/b.json"; then pass "$name"; else
                fail "$name" "layouts differ: $(cmp "$T/a.json" "$T/b.json" 2>&1)"; fi
        done
    done
done
# The comparison can tell themes apart: the dark file over a chart with tones is not light's,
# and dropping its status palette changes the statuses' colours.
ml "$EX" -c membership --theme light --layout-json "$T/light.json" -o "$T/l.svg" &&
    ml "$EX" -c membership --theme "$ROOT/docs/themes/dark.json" --layout-json "$T/dark.json" \
        -o "$T/d.svg" && ! cmp -s "$T/light.json" "$T/dark.json" &&
    pass "theme files: dark layout differs from light" ||
    fail "theme files: dark layout differs from light" "same layout"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); del d["status_palette"]; json.dump(d, open(sys.argv[2], "w"))' \
    "$ROOT/docs/themes/dark.json" "$T/dark-no-status-palette.json"
# On the SCO data, whose statuses have no tone (a tone's colour comes before the palette's).
ml "$SCO" -c membership --theme "$ROOT/docs/themes/dark.json" --layout-json "$T/dark-sco.json" \
    -o "$T/ds.svg" &&
    ml "$SCO" -c membership --theme "$T/dark-no-status-palette.json" --layout-json "$T/nt.json" \
        -o "$T/nt.svg" &&
    ! cmp -s "$T/dark-sco.json" "$T/nt.json" && pass "theme files: status_palette reaches the chart" ||
    fail "theme files: status_palette reaches the chart" "same layout without it"

# docs/themes.md: a status with a tone is drawn in the theme's tone shades (not status_palette).
printf '{"tones": {"positive": ["#FF00FF"]}, "status_palette": ["#00FFFF"]}' >"$T/tone.json"
ml "$EX" -c membership --theme "$T/tone.json" -o "$T/tone.svg" 2>/dev/null &&
    grep -qi '#ff00ff' "$T/tone.svg" && pass "theme files: a tone's shade colours its status" ||
    fail "theme files: a tone's shade colours its status" "#FF00FF not in the SVG"
if grep -q 'tone shades are read, checked and kept' "$ROOT/docs/themes.md"; then
    fail "docs/themes.md: tones described as used" "still says the shades are only kept"
else pass "docs/themes.md: tones described as used"; fi

# The theme schema and the loader agree on a name's length in characters (maxLength counts
# characters: 40 "é" are 80 bytes), on blank names (U+00A0 is white space) and on characters
# XML cannot hold.
theme_agree() { # NAME JSON-TEXT
    printf '%s' "$2" >"$T/agree.json"
    schema=$(python3 - "$ROOT/schema/theme.schema.json" "$T/agree.json" <<'PY'
import json, sys, jsonschema
v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
print("reject" if list(v.iter_errors(json.load(open(sys.argv[2], encoding="utf-8")))) else "accept")
PY
)
    if ml "$SCO" --theme "$T/agree.json" -o "$T/agree.svg" 2>"$T/agree.err"; then loader=accept; else loader=reject; fi
    [ "$schema" = "$loader" ] && pass "theme schema and loader agree: $1 ($loader)" ||
        fail "theme schema and loader agree: $1" "schema $schema, loader $loader: $(cat "$T/agree.err")"
}
e40=$(python3 -c 'print("\u00e9" * 40)')
e64=$(python3 -c 'print("\u00e9" * 64)')
theme_agree "name of 40 e-acute" "{\"name\": \"$e40\"}"
theme_agree "name of 63 e-acute" "{\"name\": \"$(python3 -c 'print("\u00e9" * 63)')\"}"
theme_agree "name of 64 e-acute" "{\"name\": \"$e64\"}"
theme_agree "name of one no-break space" '{"name": "\u00a0"}'
theme_agree "name with a bell" '{"name": "a\u0007b"}'
theme_agree "font with U+FFFE" '{"font": "a\ufffeb"}'
theme_agree "font of 255 CJK characters" "{\"font\": \"$(python3 -c 'print("\u5b8b" * 255)')\"}"

# The examples pass the theme schema; the schema is a valid draft 2020-12 schema.
if out=$(python3 - "$ROOT" <<'PY' 2>&1
import json, sys, glob
import jsonschema
root = sys.argv[1]
schema = json.load(open(root + '/schema/theme.schema.json'))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
for f in sorted(glob.glob(root + '/docs/themes/*.json')) + [root + '/tests/data/theme.json']:
    errs = [e.message for e in v.iter_errors(json.load(open(f)))]
    assert not errs, (f, errs[0])
PY
); then pass "theme examples pass theme.schema.json"; else
    fail "theme examples pass theme.schema.json" "$out"; fi

# Located errors: syntax with line:column, values with their JSON path, unknown keys with a
# suggestion; and the schema rejects each of them too.
bad() { # name, file content, expected message part
    printf '%s' "$2" >"$T/bad.json"
    expect_exit "theme file $1 fails" 65 "$SCO" --theme "$T/bad.json" -o "$T/bad.png"
    if grep -qF -- "$3" "$OUT/last.err"; then pass "theme file $1 message"; else
        fail "theme file $1 message" "$(head -c 300 "$OUT/last.err")"; fi
}
bad syntax '{"text": "#000000",
  "grid": }' 'bad.json:2:11: error:'
bad colour '{"tones": {"negative": ["#00FF00", "red"]}}' \
    'tones.negative[1]: error: "red" is not a colour'
bad unknown-key '{"pallete": ["#000000"]}' \
    'bad.json: pallete: error: unknown key "pallete" (did you mean "palette"?)'
bad unknown-tone '{"tones": {"postive": ["#000000"]}}' \
    'tones.postive: error: unknown key "postive" (did you mean "positive"?)'
bad too-many-shades '{"tones": {"pending": ["#000000", "#000000", "#000000", "#000000"]}}' \
    'tones.pending: error: too many colours: 4 (the limit is 3)'
bad type-scale '{"type_scale": 9}' 'type_scale: error: 9 is out of range'
