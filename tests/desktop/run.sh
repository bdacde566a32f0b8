#!/usr/bin/env bash
# The desktop app as a trainer starts it, in a virtual X display: it must open
# its window, draw the first screen (a screenshot is saved and checked to hold
# a real picture, not a blank window), then draw nothing while idle.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/e2e/artifacts"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/session.sh" <<SH
export XDG_DATA_HOME="$work/data"
PUERTA_IDLE_PROBE=3 "$root/build/native/native/puerta" >"$work/probe.txt" 2>&1 &
app=\$!
sleep 3
import -window root "$out/desktop-first-screen.png"
wait \$app
SH
timeout 60 xvfb-run -a -s "-screen 0 800x960x24" bash "$work/session.sh"

cat "$work/probe.txt"
colors=$(convert "$out/desktop-first-screen.png" -format %k info:)
echo "desktop screenshot: $out/desktop-first-screen.png ($colors colours)"
[ "$colors" -gt 100 ] || { echo "FAIL: the window looks blank"; exit 1; }
grep -q '^idle_frames=0 ' "$work/probe.txt" || { echo "FAIL: the idle desktop app kept drawing"; exit 1; }
echo "PASS: desktop app drew its first screen and then stayed idle"
