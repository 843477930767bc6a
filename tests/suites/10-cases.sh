# Golden case folders: tests/cases/invalid/<name>/input.json must fail `memberline check` with
# exit 65 and print exactly tests/cases/invalid/<name>/expected on standard error.
for dir in tests/cases/invalid/*/; do
    [ -f "$dir/input.json" ] || continue
    name="case $(basename "$dir")"
    got=$(cd "$dir" && ml check input.json 2>&1 >/dev/null)
    rc=$?
    if [ "$rc" != 65 ]; then
        fail "$name" "exit $rc, expected 65: $got"
    elif [ "$got" != "$(cat "$dir/expected")" ]; then
        fail "$name" "message differs:
  got:      $got
  expected: $(cat "$dir/expected")"
    else
        pass "$name"
    fi
done
for dir in tests/cases/valid/*/; do
    [ -f "$dir/input.json" ] || continue
    name="valid $(basename "$dir")"
    if out=$(cd "$dir" && ml check input.json 2>&1); then pass "$name"; else fail "$name" "$out"; fi
done
