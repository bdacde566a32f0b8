#!/bin/sh
# A sealed file given to a command that needs it opened is refused once, with
# the command that opens it (it used to be parsed into a "not valid JSON"
# line per line), whether it is named .sealed or only starts like one.
# usage: sealed_input.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
sealed=$data/sealed/responses.jsonl.sealed key=$data/sealed/test-organizer.secret

# expect_refused FILE SUGGESTED_OUT WHAT: the last run said FILE is sealed, in one line.
expect_refused() {
  expect_code 1 "$3"
  expect_err "$1 is sealed: open it first with \`puerta open $1 --key organizer.secret --out $2\`" "$3"
  [ "$(wc -l < "$work/err")" -eq 1 ] || fail "$3: more than one line: $(cat "$work/err")"
  [ ! -s "$work/out" ] || fail "$3: printed something: $(cat "$work/out")"
}

run "$puerta" export "$sealed" --format csv
expect_refused "$sealed" "${sealed%.sealed}" "export of a .sealed file"

cp "$sealed" "$work/responses.jsonl"  # sealed, but not so named
run "$puerta" export "$data/exports/canvasser-ana.jsonl" "$work/responses.jsonl" --format jsonl --out "$work/merged.jsonl"
expect_refused "$work/responses.jsonl" "$work/responses-opened.jsonl" "export of a sealed file named .jsonl"
[ ! -e "$work/merged.jsonl" ] || fail "export wrote a merge without the sealed file's attempts"

cp "$sealed" "$work/voters.csv"
run "$puerta" list inspect "$work/voters.csv"
expect_refused "$work/voters.csv" "$work/voters-opened.csv" "list inspect of a sealed file"
run "$puerta" script check "$sealed"
expect_refused "$sealed" "${sealed%.sealed}" "script check of a sealed file"

# The suggested command works, and export then reads the file itself (the
# fixture holds one made-up line, not a whole attempts export).
"$puerta" open "$work/responses.jsonl" --key "$key" --unsigned --out "$work/responses-opened.jsonl" 2> /dev/null
run "$puerta" export "$work/responses-opened.jsonl" --format csv
expect_err "responses-opened.jsonl: line 1: not a Puerta attempts export" "export of the opened file"
! grep -q "is sealed" "$work/err" || fail "the opened file is still taken for a sealed one"
echo "sealed input ok"
