#!/bin/sh
# Two desktop windows on one data folder lost acknowledged attempts; now the
# second canvasser's window (`puerta practice`) refuses to start. The first is played by flock(1) holding the same
# lock the app takes (storage/folder_lock.h), so no display is needed: the
# app checks the lock before it opens a window.
# usage: desktop_lock.sh PUERTA WORK_DIR
set -eu
puerta=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/puerta"
export XDG_DATA_HOME="$work"
status=0
flock --nonblock "$work/puerta/.lock" "$puerta" practice > "$work/out" 2> "$work/err" || status=$?
[ "$status" = 3 ] || fail "a second window started anyway (exit $status): $(cat "$work/err")"
grep -q "another Puerta window is using $work/puerta" "$work/err" || fail "no clear message: $(cat "$work/err")"
echo "desktop lock ok"
