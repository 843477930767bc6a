# data/schema.json agrees with the loader: valid documents (cases, bundled data, examples) pass
# it, and invalid cases whose error is about the document's shape fail it.
while read -r verdict rest; do
    case $verdict in
    PASS) pass "schema $rest" ;;
    FAIL) fail "schema ${rest%%:*}" "${rest#*: }" ;;
    *) fail "schema checker" "$verdict $rest" ;;
    esac
done < <(python3 "$ROOT/tests/tools/check_schema.py" "$ROOT/data/schema.json" \
    "$ROOT"/tests/cases/invalid/*/input.json "$ROOT"/tests/cases/valid/*/input.json \
    "$ROOT"/data/sco.json "$ROOT"/docs/examples/*.json 2>&1)

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
