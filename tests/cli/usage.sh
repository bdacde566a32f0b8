#!/bin/sh
# `--help` for every command and group, group words alone, and command-line
# errors: an unknown option or a missing value is named on stderr, exit 2.
# usage: usage.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"

# Every command's --help: its usage and options on stdout, exit 0, no error.
for command in "" "list" "list inspect" "list route" "script" "script check" "export" "package" \
               "keys" "keys new" "open"; do
  # $command is split into its words on purpose.
  # shellcheck disable=SC2086
  run "$puerta" $command --help
  expect_code 0 "puerta $command --help"
  expect_out "Usage: puerta${command:+ $command}" "puerta $command --help"
  [ ! -s "$work/err" ] || fail "puerta $command --help wrote to stderr: $(cat "$work/err")"
done
run "$puerta" package --help
expect_out "--unsealed-exports" "package --help"
expect_out "--utc-offset MINUTES" "package --help"
run "$puerta" --help
expect_out "puerta list inspect FILE" "the top-level help lists whole commands"

# A group word alone, with --help, or after `help`, lists its subcommands.
for group in "list:inspect:route" "script:check:" "keys:new:"; do
  name=${group%%:*} rest=${group#*:}
  first=${rest%%:*} second=${rest#*:}
  for form in "$name" "$name --help" "help $name"; do
    # shellcheck disable=SC2086
    run "$puerta" $form
    expect_code 0 "puerta $form"
    expect_out "$first" "puerta $form"
    [ -z "$second" ] || expect_out "$second" "puerta $form"
  done
done

# Unknown options, commands and subcommands: named, exit 2, nothing on stdout.
cd "$work"
for line in "keys new --bogus|--bogus" "export a.jsonl --format csv --frobnicate|--frobnicate" \
            "list inspect x.csv --mapp m.json|--mapp" "frobnicate|frobnicate" "keys old|old" \
            "open x.sealed --key k --output y|--output"; do
  args=${line%|*} named=${line#*|}
  # shellcheck disable=SC2086
  run "$puerta" $args
  expect_code 2 "puerta $args"
  expect_err "$named" "puerta $args"
  [ ! -s "$work/out" ] || fail "puerta $args wrote to stdout: $(cat "$work/out")"
done

# A missing value: at the end, or followed by another option (CLI11 alone
# would take "--force" as the value and make keys named --force.public).
for line in "keys new --out|--out" "keys new --out --force|--out" "open x.sealed --key|--key" \
            "open x.sealed --key --out y|--key" "export a.jsonl --format|--format" \
            "package --list a.csv --script s.json --out|--out" "list route x.csv --start|--start"; do
  args=${line%|*} named=${line#*|}
  # shellcheck disable=SC2086
  run "$puerta" $args
  expect_code 2 "puerta $args"
  expect_err "$named" "puerta $args"
done
[ -z "$(ls -A "$work" | grep -v '^out$\|^err$')" ] || fail "a command-line error wrote files: $(ls -A "$work")"

# Missing required options and arguments.
run "$puerta" open x.sealed
expect_code 2 "open without --key"
expect_err "--key is required" "open without --key"
run "$puerta" export --format csv
expect_code 2 "export without files"
expect_err "FILE is required" "export without files"
run "$puerta" export a.jsonl --format xlsx
expect_code 2 "export --format xlsx without --out"
expect_err "--out" "export --format xlsx without --out"
[ ! -s "$work/out" ] || fail "export --format xlsx without --out wrote to stdout"
echo "usage ok"
