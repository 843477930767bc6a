#!/bin/sh
# exports.sh LIBRARY...: print every global symbol a library defines that is not an ml_ name,
# and exit 1 when there is one (as jansson's test/suites/api/check-exports). A shared library is
# read through its dynamic symbol table, an archive through each member's symbol table; the
# version node of the shared library (MEMBERLINE_0, an absolute symbol) is not a name.
NM=${NM:-nm}
status=0
for lib in "$@"; do
    case $lib in
    *.so | *.so.*) syms=$($NM -D --defined-only -P "$lib") ;;
    *) syms=$($NM -g --defined-only -P "$lib") ;;
    esac || { echo "exports.sh: cannot read $lib" >&2; exit 2; }
    bad=$(printf '%s\n' "$syms" | awk 'NF >= 2 && $1 !~ /^ml_/ && $1 !~ /:$/ &&
        !($2 == "A" && $1 ~ /^MEMBERLINE_/) { print $1 }' | sort -u)
    if [ -n "$bad" ]; then
        printf '%s: exports names without the ml_ prefix:\n%s\n' "$lib" "$bad"
        status=1
    fi
done
exit $status
