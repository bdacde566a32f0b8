# Shared by the tests/cli/*.sh scripts, which all take: PUERTA SOURCE_DIR WORK_DIR.
# Each sources this after setting those three; WORK_DIR is emptied first.
set -eu
data=$src/tests/data
rm -rf "$work" && mkdir -p "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

# run CMD...: runs it without stopping the script; its exit code is in $code,
# its output in $work/out and $work/err.
run() {
  set +e
  "$@" > "$work/out" 2> "$work/err"
  code=$?
  set -e
}

# expect_code N WHAT: the last run exited with N.
expect_code() {
  [ "$code" = "$1" ] || fail "$2: exit code $code, expected $1; stderr: $(cat "$work/err")"
}

# expect_err TEXT WHAT / expect_out TEXT WHAT: the last run printed TEXT.
expect_err() { grep -qF -- "$1" "$work/err" || fail "$2: stderr lacks \"$1\": $(cat "$work/err")"; }
expect_out() { grep -qF -- "$1" "$work/out" || fail "$2: stdout lacks \"$1\": $(head -c 2000 "$work/out")"; }

# expect_empty_folder DIR WHAT: nothing at all in DIR, hidden files included.
expect_empty_folder() {
  [ -z "$(ls -A "$1")" ] || fail "$2: left behind in $1: $(ls -A "$1")"
}
