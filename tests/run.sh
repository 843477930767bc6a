#!/usr/bin/env bash
# The test runner behind `make check`: unit test binaries, then every suite in tests/suites/.
# Ends with "N passed, N failed" and exits non-zero on any failure.
# Environment: MEMBERLINE (the binary), UNIT_DIR (unit test binaries), LIB_DIR (the libraries;
# default: the folder of MEMBERLINE), VALGRIND=1 to run every
# binary under valgrind (errors and leaks fail the test).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
export LC_ALL=C.UTF-8
MEMBERLINE=${MEMBERLINE:-build/memberline}
case $MEMBERLINE in /*) ;; *) MEMBERLINE=$ROOT/$MEMBERLINE ;; esac
UNIT_DIR=${UNIT_DIR:-build/tests}
# TEST_OUT: another folder, so that two runs (say check-asan and check-valgrind) can overlap.
OUT=${TEST_OUT:-$ROOT/tests/out}
rm -rf "$OUT" && mkdir -p "$OUT"
# Leaks inside cairo itself (see the file) are not ours to fix.
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:fast_unwind_on_malloc=0"
PASSED=0
FAILED=0
VG=()
if [ "${VALGRIND:-0}" = 1 ]; then
    VG=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect
        --errors-for-leak-kinds=definite,indirect --suppressions="$ROOT/tests/valgrind.supp")
fi

pass() { PASSED=$((PASSED + 1)); [ -n "${VERBOSE:-}" ] && echo "PASS $1"; return 0; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $1${2:+: $2}"; return 0; }
# ml ARGS...: run the tool (under valgrind when asked); exit code 99 is a valgrind finding.
ml() { "${VG[@]}" "$MEMBERLINE" "$@"; }
# tool_fact NAME COMMAND...: pass NAME when a checker exits 0, else fail with what it printed.
tool_fact() {
    local name=$1 why
    shift
    if why=$("$@" 2>&1); then pass "$name"; else fail "$name" "$why"; fi
}
# expect_exit NAME CODE ARGS...: run the tool and compare its exit code.
expect_exit() {
    local name=$1 want=$2 got
    shift 2
    ml "$@" >"$OUT/last.out" 2>"$OUT/last.err"
    got=$?
    if [ "$got" = "$want" ]; then pass "$name"; else
        fail "$name" "exit $got, expected $want: $(head -c 400 "$OUT/last.err")"; fi
}

# timeline_render DIR LABEL NAME DOC ARGS...: render a timeline with its layout dump and alt
# text into DIR, then its facts (tests/tools/timeline_facts.py) into DIR/NAME.facts; a failure
# of either fails loudly (LABEL names the suite), since the checks that read the facts would
# be skipped.
timeline_render() {
    local dir=$1 label=$2 name=$3 doc=$4
    shift 4
    if ! ml render -q -c timeline "$doc" -o "$dir/$name.png" --layout-json "$dir/$name.json" \
        --alt-text "$dir/$name.txt" "$@" >"$dir/$name.log" 2>&1; then
        fail "$label $name renders" "$(head -c 300 "$dir/$name.log")"
        return 1
    fi
    if ! python3 "$ROOT/tests/tools/timeline_facts.py" "$dir/$name.json" "$doc" \
        >"$dir/$name.facts" 2>"$dir/$name.facts.err"; then
        fail "$label $name facts" "$(tail -n 1 "$dir/$name.facts.err")"
        return 1
    fi
}

for t in "$UNIT_DIR"/*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    "${VG[@]}" "$t" >"$OUT/unit-$name.log" 2>&1
    rc=$?
    line=$(grep '^RESULT ' "$OUT/unit-$name.log" | tail -n 1)
    grep '^FAIL' "$OUT/unit-$name.log" | sed "s/^/[$name] /"
    if [ -n "$line" ]; then
        set -- $line
        PASSED=$((PASSED + $2))
        FAILED=$((FAILED + $3))
    fi
    if [ -z "$line" ] || { [ "$rc" != 0 ] && [ "${3:-0}" = 0 ]; }; then
        fail "unit $name" "exit $rc; see tests/out/unit-$name.log"; tail -n 20 "$OUT/unit-$name.log"
    fi
done

# Under valgrind only the suites in VALGRIND_SUITES (names without .sh; "all" for every one):
# the whole suite would take most of an hour there.
VALGRIND_SUITES=${VALGRIND_SUITES:-10-cases 65-memcheck}
for s in tests/suites/*.sh; do
    # SUITES="10-cases 15-schema": only these (while working on one part; make check runs all).
    if [ -n "${SUITES:-}" ]; then
        case " $SUITES " in *" $(basename "$s" .sh) "*) ;; *) continue ;; esac
    fi
    if [ "${VALGRIND:-0}" = 1 ] && [ "$VALGRIND_SUITES" != all ]; then
        case " $VALGRIND_SUITES " in *" $(basename "$s" .sh) "*) ;; *) continue ;; esac
    fi
    # shellcheck source=/dev/null
    . "$s"
done

# Every file the suites wrote, read back by strict checkers, one test each: xmllint (SVG is
# XML), qpdf --check (a PDF's cross-reference table, objects and streams), pngcheck (every PNG
# chunk, its CRC and order). Viewers repair damage silently; these do not.
while IFS= read -r -d '' f; do
    case ${f,,} in
    *.svg) xmllint --noout "$f" ;;
    *.pdf) qpdf --check "$f" ;;
    *) pngcheck -q "$f" ;;
    esac >"$OUT/strict.log" 2>&1
    if [ $? = 0 ]; then pass "strict ${f#"$OUT"/}"; else
        fail "strict ${f#"$OUT"/}" "$(head -c 300 "$OUT/strict.log")"; fi
done < <(find "$OUT" -type f \( -iname '*.svg' -o -iname '*.pdf' -o -iname '*.png' \) -print0 | sort -z)

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
