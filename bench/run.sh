#!/bin/bash
# `make bench`: time memberline against the floor program (bench/floor.c), in batch and at scale.
# The Makefile builds both programs and passes their paths; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MEMBERLINE:=build/memberline}" "${FLOOR:=build/bench/floor}" "${BENCH_OUT:=build/bench}"
export MEMBERLINE FLOOR BENCH_OUT
for p in "$MEMBERLINE" "$FLOOR"; do
    [ -x "$p" ] || { echo "bench: $p is missing; run make bench" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: GNU time is missing; run make deps-bench" >&2; exit 1; }
exec python3 bench/bench.py
