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
