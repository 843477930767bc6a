# Last: every SVG the suites wrote into the output folder is well-formed XML (xmllint).
n_svg=0
bad_svg=()
while IFS= read -r -d '' f; do
    n_svg=$((n_svg + 1))
    xmllint --noout "$f" 2>/dev/null || bad_svg+=("${f#"$OUT"/}")
done < <(find "$OUT" -name '*.svg' -type f -print0)
if [ "$n_svg" -gt 0 ] && [ ${#bad_svg[@]} = 0 ]; then
    pass "xmllint: all $n_svg SVG files parse"
elif [ "$n_svg" = 0 ]; then
    fail "xmllint" "the suites wrote no SVG"
else
    fail "xmllint: ${#bad_svg[@]} of $n_svg SVG files do not parse" "${bad_svg[*]:0:5}"
fi
