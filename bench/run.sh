#!/usr/bin/env bash
# Prints every benchmark's figures (after scripts/build.sh). Benchmarks report;
# they never fail the build. Set PUERTA_BENCH_QUICK=1 for smaller inputs.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bench_targets=$(ls bench/bench_*.cpp | xargs -n1 basename | sed 's/\.cpp$//')
cmake --build build/native -j "$(nproc)" --target $bench_targets >/dev/null
echo "== web app"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null) && node bench/web.mjs
echo
echo "== first load as the server sends it (puerta publish + scripts/serve.mjs), beside gzip -9 and brotli"
node bench/first_load.mjs
echo
echo "== the phone's wasm code by library (linked again with function names)"
bash bench/wasm_by_library.sh
echo
echo "== turf packages: sizes (100, 500, 2,000 households; gzip -9 beside), opening 500 households on a phone (Chromium)"
node bench/turf_package.mjs
echo
echo "== a Chinese-speaking canvasser's downloads, first visit to first conversation, with and without the package's CJK font (Chromium)"
node bench/chinese_first_visit.mjs
echo
echo "== web app storage: a door result, the PIN unlock, localStorage's quota (Chromium)"
node bench/web_storage.mjs
echo
echo "== desktop app idle"
bash tests/desktop/run.sh | grep idle_frames
echo
echo "== walk list frame cost, 50 vs 5,000 households (callgrind)"
bash bench/frame_instructions.sh
echo
echo "== storage: instructions per recorded response, 500 vs 50,000 voters (callgrind)"
bash bench/storage_instructions.sh build/native/bench/bench_storage
echo
echo "== printed sheets (puerta print, A4)"
bash bench/print_sheets.sh build/native/native/puerta
echo
echo "== campaign store: collect 1,000,000 attempts from 2,000 files, report by org and day (beside sqlite3, mlr)"
bash bench/collect_report.sh
echo
echo "== campaign store on PostgreSQL beside SQLite: collect 100,000 attempts from 200 files, report by org and day"
bash bench/collect_report_postgres.sh
for b in build/native/bench/bench_*; do
  [ -x "$b" ] || continue
  echo
  echo "== $(basename "$b")"
  "$b"
done
