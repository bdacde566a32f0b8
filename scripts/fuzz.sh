#!/bin/sh
# Longer fuzzing runs than ctest's 10-second fuzz.*_brief checks.
#
#   scripts/fuzz.sh                 every target in tests/fuzz, 300 s each
#   scripts/fuzz.sh csv script      only fuzz_csv and fuzz_script
#   FUZZ_SECONDS=3600 scripts/fuzz.sh csv
#   scripts/fuzz.sh --brief         build every target, run ctest's 10-second checks
#                                   (scripts/test.sh does this)
#
# Configures a clang build in build/fuzz (Debian's clang 14 with
# libclang-rt-14-dev for the fuzzer and sanitizer runtimes), builds the
# targets with -fsanitize=fuzzer,address,undefined and runs each on its corpus
# in build/fuzz/tests/fuzz/corpus_<name>, seeded from the test data. Crashing
# inputs are written to build/fuzz/crash-*; reproduce one with
#   build/fuzz/tests/fuzz/fuzz_csv build/fuzz/crash-<hash>
set -eu
# std::stable_sort under clang 14 + libstdc++ 12 reads as new-vs-free to ASan
# (see scripts/sanitize.sh).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}alloc_dealloc_mismatch=0"
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"
seconds=${FUZZ_SECONDS:-300}

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPUERTA_BUILD_FUZZERS=ON -DPUERTA_BUILD_APP=OFF -DPUERTA_BUILD_TESTS=OFF >/dev/null

if [ "${1:-}" = "--brief" ]; then
  cmake --build "$build" -j"$(nproc)" 2>&1 | grep -E "error|warning" || true
  cd "$build" && exec ctest --output-on-failure -R '^fuzz\.'
fi

if [ $# -eq 0 ]; then
  set --
  for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    set -- "$@" "${name#fuzz_}"
  done
fi

for subject in "$@"; do
  cmake --build "$build" --target "fuzz_$subject" -j"$(nproc)"
  corpus="$build/tests/fuzz/corpus_$subject"
  # The same seeds as tests/fuzz/CMakeLists.txt.
  case "$subject" in
    csv | mapping) seeds="$root/tests/data/walklists" ;;
    script) seeds="$root/tests/data/scripts" ;;
    turf) seeds="$root/assets/sample" ;;
    json_lines | collect) seeds="$root/tests/data/exports" ;;
    sealed_file) seeds="$root/tests/data/sealed" ;;
    *) seeds="$root/tests/fuzz/seeds_$subject" ;;
  esac
  mkdir -p "$corpus"
  echo "fuzz_$subject: $seconds s, corpus $corpus"
  (cd "$build" && "$build/tests/fuzz/fuzz_$subject" -max_total_time="$seconds" -max_len=1048576 -timeout=10 \
    -rss_limit_mb=2048 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ))
done
