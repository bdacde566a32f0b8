#!/bin/sh
# The unit and UI tests again, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/test.sh runs this). Any report fails the
# test that caused it: both stop at their first report (halt_on_error), except
# the third-party reports listed, with reasons, in scripts/ubsan.supp.
#
#   scripts/sanitize.sh          configure build/sanitize, build, run ctest there
#
# Debian's clang 14 with libclang-rt-14-dev (installed by
# install-debian-packages.sh). The app and the CLI are not built here: the CLI
# tests run against the normal build, the fuzzers cover the readers with the
# same sanitizers (scripts/fuzz.sh).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/sanitize"
# Recoverable checks, so the suppressions file is consulted; halt_on_error
# still stops at the first report it does not suppress.
flags="-fsanitize=address,undefined -fsanitize-recover=undefined -fno-omit-frame-pointer"

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DPUERTA_BUILD_APP=OFF -DPUERTA_BUILD_TESTS=ON >/dev/null
if ! cmake --build "$build" -j"$(nproc)" --target puerta_unit_tests puerta_ui_tests >"$build/build.log" 2>&1; then
  grep -E "error" -A5 "$build/build.log" | head -n 40
  echo "the sanitizer build failed: 0% tests passed, 1 tests failed out of 1"
  exit 1
fi
# detect_leaks: the tests end with their state freed; a leak is a bug here too.
# alloc_dealloc_mismatch=0: clang 14 with Debian's libstdc++ 12 reports every
# std::stable_sort, whose temporary buffer is taken with operator new(nothrow)
# and given back through a path ASan sees as free() (stl_tempbuf.h); our own
# code has no malloc/free pairs to check (grep core/ for free( finds only the
# wasm bridge, which ASan never runs).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1:alloc_dealloc_mismatch=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$root/scripts/ubsan.supp
cd "$build" && exec ctest --output-on-failure -j"$(nproc)" -R '^(unit|ui)\.'
