# The library as other programs link it: only ml_ names exported, from the archive and from
# the shared library; an installed copy that a small C program builds against with nothing
# but pkg-config, shared and static; a PREFIX given at install time compiled in.
# Sourced by tests/run.sh (pass, fail, $OUT, $ROOT, $MEMBERLINE, $LIB_DIR).
L=$OUT/library
mkdir -p "$L"
LIB_DIR=${LIB_DIR:-$(dirname "$MEMBERLINE")}
EXPORTS="sh $ROOT/tests/tools/exports.sh"

# ---- exported names (every build, the sanitizers' too)
if $EXPORTS "$LIB_DIR/libmemberline.a" "$LIB_DIR/libmemberline.so" >"$L/exports.log" 2>&1; then
    pass "library exports only ml_ names (.a and .so)"
else
    fail "library exports only ml_ names (.a and .so)" "$(head -c 400 "$L/exports.log")"
fi
# The check itself must fail where there are internal names: the unit tests' raw archive.
if $EXPORTS "$LIB_DIR/libmemberline-internal.a" >"$L/exports-internal.log" 2>&1; then
    fail "exports check fails on internal names" "it passed the raw objects"
elif grep -qx date_parse "$L/exports-internal.log" && grep -qx error_set "$L/exports-internal.log"; then
    pass "exports check fails on internal names"
else
    fail "exports check fails on internal names" "$(head -c 300 "$L/exports-internal.log")"
fi
# Nothing public lost on the way: every function the header declares is exported by both.
api=$(grep -o '\bml_[a-z_]*(' "$ROOT/include/memberline.h" | tr -d '(' | sort -u)
for lib in "$LIB_DIR/libmemberline.a" "$LIB_DIR/libmemberline.so"; do
    case $lib in *.so) syms=$(nm -D --defined-only "$lib") ;; *) syms=$(nm -g --defined-only "$lib") ;; esac
    missing=""
    for f in $api; do
        printf '%s\n' "$syms" | grep -q " T $f\(@@.*\)\?$" || missing="$missing $f"
    done
    if [ -z "$missing" ] && [ -n "$api" ]; then pass "$(basename "$lib") exports the whole API"; else
        fail "$(basename "$lib") exports the whole API" "missing:$missing"; fi
done

# The tool takes the accepted values of the options given as names from the library.
for spec in "--count bars|stacked or lines" "--sort size|default, start, name, status or data" \
    "--lanes status|none or category" "--group all|status or none" "--region mars|fit or world" \
    "--accessions some|all, fit or none"; do
    opt=${spec%%|*}
    want=${spec#*|}
    "$MEMBERLINE" ${opt} -o "$L/x.svg" >/dev/null 2>"$L/choice.err"
    rc=$?
    if [ $rc = 64 ] && grep -qF -- "${opt%% *}: unknown value \"${opt#* }\" (expected $want)" "$L/choice.err"; then
        pass "tool $opt: the library's message"
    else
        fail "tool $opt: the library's message" "exit $rc: $(cat "$L/choice.err")"
    fi
done

# pc ARGS...: pkg-config looking only at the staged installation, its paths under $STAGE.
pc() { PKG_CONFIG_PATH="$STAGE/usr/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$STAGE" pkg-config "$@"; }
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

# app_runs NAME BINARY [ENV...]: the program renders every chart from the installed data, its
# sizes those of the installed tool with the same (default) options, and the map in PNG and SVG.
app_runs() {
    local name=$1 bin=$2 dir=$L/$1 ok=1 chart w h tw th
    shift 2
    mkdir -p "$dir"
    if ! (cd "$dir" && env "$@" "$bin" "$DATA/sco.json" "$DATA" "$dir") >"$dir/out" 2>"$dir/err"; then
        fail "$name program runs" "$(head -c 300 "$dir/err")"
        return
    fi
    grep -qx "datadir /usr/share/memberline" "$dir/out" ||
        { ok=0; fail "$name program: DATADIR of the install compiled in" "$(head -1 "$dir/out")"; }
    while read -r chart w h; do
        [ "$chart" = datadir ] && continue
        read -r tw th < <(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["width"], d["height"])' "$L/tool-$chart.json")
        python3 -c 'import sys; a = list(map(float, sys.argv[1:])); sys.exit(abs(a[0] - a[2]) > 0.01 or abs(a[1] - a[3]) > 0.01)' \
            "$w" "$h" "$tw" "$th" || { ok=0; fail "$name program: $chart size" "library $w x $h, tool $tw x $th"; }
    done <"$dir/out"
    [ "$(grep -c '^[a-z]* [0-9.]* [0-9.]*$' "$dir/out")" = 4 ] || { ok=0; fail "$name program: four charts"; }
    $PNGINFO "$dir/map.png" >/dev/null 2>&1 || { ok=0; fail "$name program: map.png" "$($PNGINFO "$dir/map.png" 2>&1)"; }
    rsvg-convert "$dir/map.svg" -o "$dir/map-svg.png" 2>/dev/null || { ok=0; fail "$name program: map.svg"; }
    [ "$(grep -c '<path' "$dir/map.svg")" -gt 50 ] || { ok=0; fail "$name program: map.svg has the countries"; }
    [ $ok = 1 ] && pass "$name program renders the installed data, sizes as the tool's"
}

library_installed() {
    local ok=1 f lib so pcs
    for f in usr/bin/memberline usr/lib/libmemberline.a "usr/lib/libmemberline.so.$VERSION" \
        usr/include/memberline.h usr/lib/pkgconfig/memberline.pc usr/share/man/man1/memberline.1 \
        usr/share/memberline/sco.json usr/share/memberline/world-110m.txt; do
        [ -f "$STAGE/$f" ] || { ok=0; fail "install $f" "missing"; }
    done
    [ "$(readlink "$STAGE/usr/lib/libmemberline.so")" = libmemberline.so.0 ] &&
        [ "$(readlink "$STAGE/usr/lib/libmemberline.so.0")" = "libmemberline.so.$VERSION" ] ||
        { ok=0; fail "install .so links" "$(ls -l "$STAGE/usr/lib")"; }
    readelf -d "$STAGE/usr/lib/libmemberline.so.$VERSION" | grep -q 'SONAME.*\[libmemberline\.so\.0\]' ||
        { ok=0; fail "install SONAME libmemberline.so.0"; }
    grep -q "^prefix=/usr$" "$STAGE/usr/lib/pkgconfig/memberline.pc" || { ok=0; fail "install pc prefix"; }
    [ $ok = 1 ] && pass "make install DESTDIR PREFIX: tool, .a, .so with SONAME and links, .pc"
    if $EXPORTS "$STAGE/usr/lib/libmemberline.a" "$STAGE/usr/lib/libmemberline.so" >"$L/exports-installed.log"; then
        pass "installed libraries export only ml_ names"
    else
        fail "installed libraries export only ml_ names" "$(head -c 300 "$L/exports-installed.log")"
    fi
    # Built with one PREFIX, installed with another: the install rebuilt what has DATADIR in it.
    ok=1
    for f in usr/bin/memberline usr/lib/libmemberline.a "usr/lib/libmemberline.so.$VERSION"; do
        grep -aq /opt/memberline-old "$STAGE/$f" && { ok=0; fail "make install PREFIX=/usr rebuilds $f" "the old DATADIR is in it"; }
        grep -aq /usr/share/memberline "$STAGE/$f" || { ok=0; fail "make install PREFIX=/usr: DATADIR in $f"; }
    done
    [ $ok = 1 ] && pass "a PREFIX given to make install replaces the one built with"
    # The installed tool finds its data beside itself, from any folder.
    (cd "$L" && "$STAGE/usr/bin/memberline" -c map -o "$L/installed-map.svg" 2>"$L/installed.err") &&
        pass "installed tool renders" || fail "installed tool renders" "$(cat "$L/installed.err")"
    for chart in timeline membership count map; do
        "$STAGE/usr/bin/memberline" "$DATA/sco.json" -c "$chart" --layout-json "$L/tool-$chart.json" \
            -o "$L/tool-$chart.svg" 2>>"$L/installed.err" || fail "installed tool: $chart" "$(tail -1 "$L/installed.err")"
    done

    # Shared: `pkg-config --cflags --libs memberline` and nothing else.
    pcs=$(pc --cflags --libs memberline)
    if ${CC:-cc} -o "$L/app-shared" "$ROOT/tests/install/app.c" $pcs 2>"$L/cc-shared.err"; then
        pass "program links with pkg-config --cflags --libs memberline"
        needed "$L/app-shared" | grep -qx libmemberline.so.0 && ! needed "$L/app-shared" | grep -q libcairo &&
            LD_LIBRARY_PATH="$STAGE/usr/lib" ldd "$L/app-shared" | grep -q "$STAGE/usr/lib/libmemberline.so.0" &&
            pass "shared program needs the installed libmemberline.so.0 (only)" ||
            fail "shared program needs the installed libmemberline.so.0 (only)" "$(needed "$L/app-shared" | tr '\n' ' ')"
        app_runs shared "$L/app-shared" LD_LIBRARY_PATH="$STAGE/usr/lib"
    else
        fail "program links with pkg-config --cflags --libs memberline" "$pcs: $(head -c 400 "$L/cc-shared.err")"
    fi

    # Static: -Wl,-Bstatic picks libmemberline.a; the .pc names what the archive calls, as
    # shared libraries, and not cairo's X11 and xcb.
    pcs=$(pc --static --libs memberline)
    if printf '%s\n' "$pcs" | grep -q -- '-lX11\|-lxcb\|-lXrender\|-lXext'; then
        fail "pkg-config --static --libs memberline without X11" "$pcs"
    else
        pass "pkg-config --static --libs memberline without X11"
    fi
    if ${CC:-cc} -o "$L/app-static" "$ROOT/tests/install/app.c" $(pc --cflags memberline) -Wl,-Bstatic $pcs \
        2>"$L/cc-static.err"; then
        pass "program links with pkg-config --static --libs memberline"
        ! needed "$L/app-static" | grep -q 'libmemberline\|libX11\|libxcb' && needed "$L/app-static" | grep -q libcairo &&
            pass "static program: libmemberline.a in it, shared cairo, no X11" ||
            fail "static program: libmemberline.a in it, shared cairo, no X11" "$(needed "$L/app-static" | tr '\n' ' ')"
        app_runs static "$L/app-static" LD_LIBRARY_PATH=
        # The shapes were found through ml_renderer_set_data_dir: without it, from a folder with
        # no data/, the library looks where the install will be (/usr/share/memberline).
        if [ ! -e /usr/share/memberline/world-110m.txt ]; then
            mkdir -p "$L/nodir"
            if (cd "$L/nodir" && env -u MEMBERLINE_DATA_DIR "$L/app-static" "$DATA/sco.json" - "$L/nodir") \
                >/dev/null 2>"$L/nodir/err"; then
                fail "without a data folder set, the staged shapes are not found" "the map rendered"
            else
                grep -q "cannot find the country shapes" "$L/nodir/err" &&
                    pass "without a data folder set, the staged shapes are not found" ||
                    fail "without a data folder set, the staged shapes are not found" "$(cat "$L/nodir/err")"
            fi
        fi
    else
        fail "program links with pkg-config --static --libs memberline" "$pcs: $(head -c 400 "$L/cc-static.err")"
    fi
}

# ---- make install into a staging folder (the plain build only; sanitizer runs skip it), from
# a build folder of its own built for another PREFIX.
if [ "$MEMBERLINE" = "$ROOT/build/memberline" ]; then
    B=$L/build
    STAGE=$L/stage
    DATA=$STAGE/usr/share/memberline
    PNGINFO=${PNGINFO:-python3 $ROOT/tests/tools/png_info.py}
    VERSION=$(sed -n 's/^VERSION *:= *//p' "$ROOT/Makefile")
    rm -rf "$B" "$STAGE"
    if ! MAKEFLAGS= make -s -C "$ROOT" BUILD="$B" OPT=-O0 PREFIX=/opt/memberline-old "$B/libmemberline.a" \
        "$B/libmemberline.so" "$B/memberline" >"$L/build.log" 2>&1; then
        fail "library build for PREFIX=/opt/memberline-old" "$(tail -5 "$L/build.log")"
    elif ! MAKEFLAGS= make -s -C "$ROOT" BUILD="$B" OPT=-O0 PREFIX=/usr DESTDIR="$STAGE" install >"$L/install.log" 2>&1; then
        fail "make install DESTDIR PREFIX" "$(tail -5 "$L/install.log")"
    else
        library_installed
        MAKEFLAGS= make -s -C "$ROOT" BUILD="$B" OPT=-O0 PREFIX=/usr DESTDIR="$STAGE" uninstall >/dev/null 2>&1
        left=$(find "$STAGE" ! -type d)
        [ -z "$left" ] && pass "make uninstall removes every file and link" || fail "make uninstall" "$left"
    fi
fi
