#!/usr/bin/env bash
# The desktop app in a virtual X display. The canvasser's screens as a
# trainer opens them (`puerta practice`): the window must open, draw the first
# screen (a screenshot is saved and checked to hold a real picture, not a
# blank window), then draw nothing while idle. The organizer's workspace
# (`puerta`, no command): its window must show the sidebar. Then
# `puerta handout`, fed what `puerta package` printed, must show the turf's
# link as a QR code that zbarimg reads off the screen as exactly the link.
# PUERTA_BIN: the binary to run (default build/native/native/puerta).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
puerta="${PUERTA_BIN:-$root/build/native/native/puerta}"
out="$root/tests/e2e/artifacts"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/session.sh" <<SH
export XDG_DATA_HOME="$work/data"
PUERTA_IDLE_PROBE=3 "$puerta" practice >"$work/probe.txt" 2>&1 &
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

# The organizer's workspace, as `puerta` with no command opens it: a window
# at laptop size (polled until drawn: at most 20 tries a second apart).
cat >"$work/desk.sh" <<SH
export XDG_DATA_HOME="$work/data"
"$puerta" >"$work/desk.txt" 2>&1 &
app=\$!
for try in \$(seq 20); do
  sleep 1
  import -window root "$out/desktop-workspace.png" 2>/dev/null || continue
  [ "\$(convert "$out/desktop-workspace.png" -format %k info:)" -gt 100 ] && break
done
kill \$app
wait \$app || true
SH
timeout 60 xvfb-run -a -s "-screen 0 1400x900x24" bash "$work/desk.sh"
colors=$(convert "$out/desktop-workspace.png" -format %k info:)
[ "$colors" -gt 100 ] || { echo "FAIL: the workspace window looks blank ($(cat "$work/desk.txt"))"; exit 1; }
echo "PASS: puerta opened the organizer's workspace ($out/desktop-workspace.png, $colors colours)"

# The "Hand out a turf" window. The link goes through a pipe and a file of
# this run's own, never a command line; the check prints no key.
if ! command -v zbarimg >/dev/null; then echo "SKIP: zbarimg is missing (zbar-tools): handout window not checked"; exit 0; fi
"$puerta" package --list "$root/assets/sample/walk-list.csv" --script "$root/assets/scripts/pledge-to-vote.json" \
  --unsealed-exports --base-url https://vecinos.example.org/canvass --out "$work/east.turf" >"$work/east.printed" 2>/dev/null
sed -n 's/^link: //p' "$work/east.printed" >"$work/link.txt"
cat >"$work/handout.sh" <<SH
export XDG_DATA_HOME="$work/data"
"$puerta" handout --turf "$work/east.turf" <"$work/east.printed" >"$work/handout.txt" 2>&1 &
app=\$!
# Until the window shows a code zbarimg reads (at most 20 tries a second apart).
for try in \$(seq 20); do
  import -window root "$out/desktop-handout.png" 2>/dev/null || true
  if zbarimg -q --raw "$out/desktop-handout.png" >"$work/decoded.txt" 2>/dev/null; then break; fi
  sleep 1
done
kill \$app
wait \$app || true
SH
timeout 60 xvfb-run -a -s "-screen 0 800x960x24" bash "$work/handout.sh"
if ! cmp -s "$work/decoded.txt" "$work/link.txt"; then
  echo "FAIL: the handout window's QR code does not read as the link ($(wc -c <"$work/decoded.txt") bytes read; $(cat "$work/handout.txt"))"
  exit 1
fi
echo "PASS: the handout window shows the turf's link as a QR code that zbarimg reads back ($out/desktop-handout.png)"
