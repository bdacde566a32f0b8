#!/usr/bin/env bash
# Instructions per walk-list frame with 50 and 5,000 households, counted by
# callgrind inside App::Frame only (repeatable, unlike timings on a shared
# machine). Needs build/native/bench/bench_ui_frames.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/build/native/bench/bench_ui_frames"
frames=50
per_frame() {
  local out; out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='puerta::App::Frame()' \
    "$bin" "$1" "$frames" >/dev/null 2>&1
  local total; total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  rm -f "$out"
  echo $(( total / (frames + 5) ))
}
small=$(per_frame 50)
large=$(per_frame 5000)
echo "instructions per walk-list frame (callgrind, App::Frame): 50 households ${small}, 5,000 households ${large}"
awk -v a="$small" -v b="$large" 'BEGIN { printf "ratio 5,000 / 50: %.2f (goal: near 1)\n", b / a }'
