# The README's images are what `make images` writes: the manifest, rendered into a scratch copy of
# the tree's layout with the same SOURCE_DATE_EPOCH, gives the committed PNGs byte for byte. Only
# other font packages than those recorded in docs/images/fonts.txt excuse a difference.
I=$OUT/images
rm -rf "$I" && mkdir -p "$I/docs/images" "$I/data"
cp "$ROOT/docs/images/manifest.json" "$I/docs/images/"
ln -s "$ROOT/data/sco.json" "$I/data/sco.json"
epoch=$(sed -n 's/^IMAGES_EPOCH := //p' "$ROOT/Makefile")
fonts=$(dpkg-query -W -f '${Package} ${Version}\n' fonts-noto-core fonts-noto-cjk 2>/dev/null)
if ! SOURCE_DATE_EPOCH=$epoch ml batch "$I/docs/images/manifest.json" >"$OUT/last.out" 2>&1; then
    fail "images: manifest renders" "$(head -c 300 "$OUT/last.out")"
else
    n=0
    for png in "$ROOT"/docs/images/*.png; do
        name="images: $(basename "$png") is what make images writes"
        n=$((n + 1))
        if cmp -s "$png" "$I/docs/images/$(basename "$png")"; then
            pass "$name"
        elif [ "$fonts" != "$(cat "$ROOT/docs/images/fonts.txt")" ]; then
            echo "SKIP $name: fonts differ from docs/images/fonts.txt ($fonts)"
        else
            fail "$name" "bytes differ: run make images and look at the result"
        fi
    done
    # every job of the manifest has its committed image, and every image its job
    jobs=$(grep -c '"output"' "$ROOT/docs/images/manifest.json")
    [ "$n" = "$jobs" ] && pass "images: one committed PNG per manifest job" ||
        fail "images: one committed PNG per manifest job" "$n PNGs, $jobs jobs"
fi
