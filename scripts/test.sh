#!/usr/bin/env bash
# Sets up, builds and runs every test:
#   1. doctest unit tests, headless UI tests and CLI tests (ctest, native)
#   2. the same core unit tests compiled to wasm, run under node (ctest, wasm)
#   3. the unit and UI tests again under ASan + UBSan (ctest, clang build), and
#      libFuzzer targets, briefly
#   4. the desktop app under Xvfb, with a screenshot (tests/desktop)
#   5. browser end-to-end tests: Debian's Chromium as a phone (tests/e2e)
# Ends with one line: "tests: N passed, N failed". Screenshots land in
# tests/e2e/artifacts/.
set -uo pipefail
source "$(dirname "$0")/common.sh"
cd "$PUERTA_ROOT"
bash scripts/build.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

passed=0
failed=0
count_ctest() { # parses "NN% tests passed, F tests failed out of T"
  local line; line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  local f t; f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  t=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + t - f)); failed=$((failed + f))
}
step() { printf '\n== %s  (%d s so far)\n' "$*" "$SECONDS"; }
log=$(mktemp -d)

step "unit, UI and CLI tests (native)"
(cd build/native && ctest --output-on-failure -j "$(jobs_count)") 2>&1 | tee "$log/native.txt" |
  grep -vE '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed|^ +Start +[0-9]+:' | tail -n 60
count_ctest "$log/native.txt"

step "core unit tests as WebAssembly under node"
# One ctest entry runs every doctest case; count the cases, as natively.
(cd build/wasm && ctest -V) 2>&1 | tee "$log/wasm.txt" | grep -E 'doctest\]|tests passed|Failed|ERROR' | tail -n 15
cases=$(grep -E '\[doctest\] test cases:' "$log/wasm.txt" | tail -1)
if [ -n "$cases" ] && grep -q '100% tests passed' "$log/wasm.txt"; then
  passed=$((passed + $(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$cases")))
else
  failed=$((failed + $(sed -nE 's/.*\| *([0-9]+) failed.*/\1/p' <<<"$cases" | grep -E '^[1-9]' || echo 1)))
fi

step "unit and UI tests under AddressSanitizer and UndefinedBehaviorSanitizer (clang)"
if bash scripts/sanitize.sh >"$log/sanitize.txt" 2>&1; then :; fi
grep -E 'tests passed|Failed|ERROR: AddressSanitizer|runtime error' "$log/sanitize.txt" | head -n 20
count_ctest "$log/sanitize.txt"

step "fuzzers, briefly (clang)"
if [ -f tests/fuzz/CMakeLists.txt ]; then
  if bash scripts/fuzz.sh --brief >"$log/fuzz.txt" 2>&1; then :; fi
  tail -n 8 "$log/fuzz.txt"
  count_ctest "$log/fuzz.txt"
else
  echo "(no fuzz targets yet)"
fi

step "desktop app under Xvfb"
if bash tests/desktop/run.sh >"$log/desktop.txt" 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
cat "$log/desktop.txt"

step "browser end-to-end tests (Chromium as a phone)"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null && node --test --test-concurrency=1 --test-reporter=spec) 2>&1 | tee "$log/e2e.txt" | tail -n 60
e2e_pass=$(grep -E '^ℹ pass [0-9]+' "$log/e2e.txt" | awk '{print $3}')
e2e_fail=$(grep -E '^ℹ fail [0-9]+' "$log/e2e.txt" | awk '{print $3}')
if [ -z "$e2e_pass" ]; then failed=$((failed + 1)); else passed=$((passed + e2e_pass)); failed=$((failed + ${e2e_fail:-0})); fi

rm -rf "$log"
echo
echo "(all of it took $SECONDS s)"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
