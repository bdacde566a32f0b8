#!/usr/bin/env bash
# Instructions per CanvassSession::Record() under callgrind, with 500 and with
# 50,000 voters loaded, and their ratio (issue 5: "the ratio must stay near 1").
# Prints figures; never fails the build.
#
# Each run sets up a session (bench_storage --one: open the turf, choose a PIN,
# record 192 warm-up attempts, which ends right after a compaction), then counts
# only the records that follow:
#   63 records   none of them compacts: the cost of one journal append
#   256 records  four of them write the snapshot of every attempt held (192..448
#                here): the amortized cost at this many attempts
# The count is instructions executed in user space (callgrind's Ir), from
# CALLGRIND_START/STOP and TOGGLE_COLLECT in bench_storage.cpp; the kernel's
# share (getrandom for each nonce) is not counted. Where Debian's valgrind
# headers are missing, bench_storage counts the whole run instead, and this
# script subtracts two runs that differ only in the records counted.
#   bench/storage_instructions.sh [path/to/bench_storage]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-}"
for candidate in "$bench" "$root/build/native/bench/bench_storage" "$root/build/h-bench/bench/bench_storage"; do
  [ -n "$candidate" ] && [ -x "$candidate" ] && { bench="$candidate"; break; }
done
if ! command -v valgrind >/dev/null || [ ! -x "$bench" ]; then
  echo "storage_instructions: not run (needs valgrind and a built bench_storage)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Ir of one callgrind run: bench_storage --one VOTERS --records N [--plain]
ir() {
  local out="$work/cg.$RANDOM" flags=(--instr-atstart=no --collect-atstart=no)
  [ -f /usr/include/valgrind/callgrind.h ] || flags=()
  valgrind --tool=callgrind "${flags[@]}" --callgrind-out-file="$out" "$bench" --one "$@" >/dev/null 2>"$work/log" ||
    { echo "storage_instructions: valgrind failed: $(tail -3 "$work/log")" >&2; echo 0; return; }
  awk '/^totals:/ { print $2; exit }' "$out"
}

# Instructions for `records` records after the warm-up.
counted() {
  local voters=$1 records=$2 mode=$3
  if [ -f /usr/include/valgrind/callgrind.h ]; then
    ir "$voters" --records "$records" $mode
  else
    echo $(( $(ir "$voters" --records "$records" $mode) - $(ir "$voters" --records 0 $mode) ))
  fi
}

echo "instructions per Record() (callgrind Ir, after 192 warm-up records; $(valgrind --version))"
printf '  %-10s %-8s %22s %30s\n' storage voters "one append (63 records)" "amortized (256 records, 4 snapshots)"
for mode in "" "--plain"; do
  label=encrypted; [ -n "$mode" ] && label=plain
  declare -A append amortized
  for voters in 500 50000; do
    append[$voters]=$(counted $voters 63 "$mode")
    amortized[$voters]=$(counted $voters 256 "$mode")
    printf '  %-10s %-8s %22d %30d\n' "$label" "$voters" $(( append[$voters] / 63 )) $(( amortized[$voters] / 256 ))
  done
  awk -v a="${append[50000]}" -v b="${append[500]}" -v c="${amortized[50000]}" -v d="${amortized[500]}" -v l="$label" \
    'BEGIN { printf "  %-10s ratio 50,000 / 500 voters: %.3f one append, %.3f amortized (goal: near 1)\n", l, (b ? a / b : 0), (d ? c / d : 0) }'
  unset append amortized
done
