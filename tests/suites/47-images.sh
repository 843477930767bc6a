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
    for png in "$ROOT"/docs/images/*.png; do
        name="images: $(basename "$png") is what make images writes"
        if cmp -s "$png" "$I/docs/images/$(basename "$png")"; then
            pass "$name"
        elif [ "$fonts" != "$(cat "$ROOT/docs/images/fonts.txt")" ]; then
            echo "SKIP $name: fonts differ from docs/images/fonts.txt ($fonts)"
        else
            fail "$name" "bytes differ: run make images and look at the result"
        fi
    done
    # the rendering writes exactly the committed files (a chart of several pages writes -1, -2 ...)
    got=$(cd "$I/docs/images" && ls ./*.png)
    want=$(cd "$ROOT/docs/images" && ls ./*.png)
    [ "$got" = "$want" ] && pass "images: the committed PNGs are the files the manifest writes" ||
        fail "images: the committed PNGs are the files the manifest writes" \
            "written: $(echo $got), committed: $(echo $want)"
fi
