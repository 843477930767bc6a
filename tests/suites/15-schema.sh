# schema/memberline.schema.json agrees with the loader: valid documents (cases, bundled data, examples) pass
# it, and invalid cases whose error is about the document's shape fail it.
while read -r verdict rest; do
    case $verdict in
    PASS) pass "schema $rest" ;;
    FAIL) fail "schema ${rest%%:*}" "${rest#*: }" ;;
    *) fail "schema checker" "$verdict $rest" ;;
    esac
done < <(python3 "$ROOT/tests/tools/check_schema.py" "$ROOT/schema/memberline.schema.json" \
    "$ROOT"/tests/cases/invalid/*/input.json "$ROOT"/tests/cases/valid/*/input.json \
    "$ROOT"/data/sco.json "$ROOT"/docs/examples/*.json 2>&1)

# Agreement both ways: every case file and every generated mutation of two valid documents is
# accepted by both the schema and `check` or rejected by both, except for the rules a JSON Schema
# cannot express (listed in tests/tools/schema_agree.py), which are counted as skipped.
agree_pass=0
while read -r verdict rest; do
    case $verdict in
    PASS) agree_pass=$((agree_pass + 1)) ;;
    SKIP) [ -n "${VERBOSE:-}" ] && echo "SKIP schema agreement: $rest" ;;
    FAIL) fail "schema agreement ${rest%%: *}" "${rest#*: }" ;;
    *) fail "schema agreement checker" "$verdict $rest" ;;
    esac
done < <(python3 "$ROOT/tests/tools/schema_agree.py" "$ROOT/schema/memberline.schema.json" \
    "$MEMBERLINE" "$OUT/schema-agree" "$ROOT/tests/cases/valid/small/input.json" \
    "$ROOT/tests/cases/valid/suspensions-names-successors/input.json" -- \
    "$ROOT"/tests/cases/invalid/*/input.json "$ROOT"/tests/cases/valid/*/input.json \
    "$ROOT"/data/sco.json "$ROOT"/docs/examples/*.json "$ROOT"/tests/data/agree/*.json 2>&1)
# hundreds of documents agree (a checker that produced nothing must not pass)
[ "$agree_pass" -gt 500 ] && pass "schema agreement: $agree_pass documents" ||
    fail "schema agreement: too few documents" "$agree_pass"

# The data examples in docs/ pass `check` too; the Example Union counts its suspensions
# (Aurelia 2, United North 1, Solmar 1).
for f in "$ROOT"/docs/examples/*.json; do
    grep -q '"memberline": 1' "$f" || continue
    if out=$(ml check "$f" 2>&1); then pass "check $(basename "$f")"; else
        fail "check $(basename "$f")" "$out"; fi
done
if out=$(ml check "$ROOT/docs/examples/example-union.json" 2>&1) &&
    [[ $out == *"12 members (4 suspensions of 3 members)"* ]]; then
    pass "example union summary"
else
    fail "example union summary" "$out"
fi

# The README's command: the schemas live in schema/, so the data folder's glob checks data only.
if out=$(cd "$ROOT" && ml check data/*.json 2>&1); then pass "check data/*.json"; else
    fail "check data/*.json" "$out"; fi
# A "$schema" key (editors add it) is accepted at the top, and must be a string.
printf '{"$schema": 3, "memberline": 1, "title": "t"}' >"$OUT/schema-number.json"
expect_exit "check \$schema number" 65 check "$OUT/schema-number.json"
grep -qF '["$schema"]: error: expected a string' "$OUT/last.err" && pass "\$schema must be a string" ||
    fail "\$schema must be a string" "$(cat "$OUT/last.err")"

# Language codes are BCP 47 tags in the data as on the command line (--lang): the error names
# the entry's path, what was found and what was expected.
for tag in en_US x-private de-1996-1996; do
    printf '{"memberline": 1, "title": "t", "languages": ["en", "ru", "%s"]}' "$tag" \
        >"$OUT/lang-tag.json"
    expect_exit "check languages[2] = $tag" 65 check "$OUT/lang-tag.json"
    grep -qF "lang-tag.json: languages[2]: error: \"$tag\" is not a" "$OUT/last.err" &&
        grep -qF 'expected a code such as "en"' "$OUT/last.err" &&
        pass "check languages[2] = $tag: path, found, expected" ||
        fail "check languages[2] = $tag: path, found, expected" "$(cat "$OUT/last.err")"
done
printf '{"memberline": 1, "title": "t", "languages": ["en", "pt-BR", "zh-Hant-TW", "de-CH-1901"]}' \
    >"$OUT/lang-tags.json"
expect_exit "check languages pt-BR zh-Hant-TW de-CH-1901" 0 check "$OUT/lang-tags.json"
expect_exit "--lang x-private is not a language" 64 "$OUT/lang-tags.json" --lang x-private \
    -o "$OUT/lang-tag.png"
grep -qF '"x-private" is not a BCP 47 language tag' "$OUT/last.err" &&
    pass "--lang x-private: not a BCP 47 tag, as in check" ||
    fail "--lang x-private: not a BCP 47 tag, as in check" "$(cat "$OUT/last.err")"
