#!/bin/sh
# The desktop binds the PIN's lock to a key file outside the data folder
# (storage/device_secret_file.h): a copy of the data folder in another home
# (another key file) does not open with the right PIN; the original still
# does. Driven by a helper that uses the desktop's own platform code.
# usage: desktop_device_key.sh PROBE SOURCE_DIR WORK_DIR
set -eu
probe=$1 root=$2 work=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/alice" "$work/thief" "$work/both"
unset XDG_DATA_HOME XDG_CONFIG_HOME
turf="$root/assets/sample/sample.turf"

HOME="$work/alice" "$probe" open "$turf" 482915 > "$work/out" || fail "open: $(cat "$work/out")"
grep -q "device bound: yes" "$work/out" || fail "not bound to the device: $(cat "$work/out")"
key="$work/alice/.config/puerta/device.key"
[ "$(stat -c %a "$key")" = 600 ] || fail "the key file is mode $(stat -c %a "$key"), not 600"
[ "$(stat -c %a "$(dirname "$key")")" = 700 ] || fail "the key's folder is not 700"
[ -z "$(find "$work/alice/.local" -name device.key)" ] || fail "a key file inside the data folder"

# The data folder copied into another home: the right PIN is refused, as another device's copy.
cp -a "$work/alice/.local" "$work/thief/"
status=0
HOME="$work/thief" "$probe" unlock 482915 > "$work/out" || status=$?
[ "$status" = 1 ] || fail "the copy opened elsewhere (exit $status): $(cat "$work/out")"
grep -q "refused: This copy was locked on another device" "$work/out" || fail "unclear refusal: $(cat "$work/out")"

# At home it still opens, with the attempt recorded.
HOME="$work/alice" "$probe" unlock 482915 > "$work/out" || fail "no longer opens at home: $(cat "$work/out")"
grep -q "unlocked: 1 attempts" "$work/out" || fail "$(cat "$work/out")"

# What the key file does not protect against: a copy of the data folder and the key file together.
cp -a "$work/alice/.local" "$work/alice/.config" "$work/both/"
HOME="$work/both" "$probe" unlock 482915 > "$work/out" || fail "data + key should open: $(cat "$work/out")"

# Erasing removes the key file too; the next PIN gets a new one.
old=$(od -An -tx1 "$key")
HOME="$work/alice" "$probe" erase > "$work/out" || fail "erase: $(cat "$work/out")"
[ ! -e "$key" ] || fail "the key file survived erasing"
HOME="$work/alice" "$probe" open "$turf" 591046 > "$work/out" || fail "open after erase: $(cat "$work/out")"
[ "$(od -An -tx1 "$key")" != "$old" ] || fail "the same key came back"
echo "desktop device key ok"
