#!/bin/sh
# `puerta package` refuses a list naming voters without an organizer key:
# the phones' exports would be plain files holding names and answers.
# --unsealed-exports accepts that; a list of bare doors needs neither.
# The package itself is encrypted (the key only in the printed link's
# fragment); a plain package of a list naming voters needs --made-up-voters.
# usage: personal_data.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
list=$src/assets/sample/walk-list.csv script=$src/assets/scripts/pledge-to-vote.json

run "$puerta" package --list "$list" --script "$script" --out "$work/named.turf"
expect_code 1 "a named list without --key"
expect_err "names voters" "a named list without --key"
expect_err "plain files" "a named list without --key"
expect_err "--key" "a named list without --key"
expect_err "--unsealed-exports" "a named list without --key"
[ ! -e "$work/named.turf" ] || fail "the package was written anyway"

run "$puerta" package --list "$list" --script "$script" --unsealed-exports --out "$work/named.turf"
expect_code 0 "a named list with --unsealed-exports"
expect_out "sealed exports off" "a named list with --unsealed-exports"
expect_out "package encrypted" "the default package"
expect_out "link: http://127.0.0.1:8080/?turf=named.turf#k=" "the link, to the project's own server by default"
expect_err "the link holds the package's key" "the link's warning"
[ "$(head -c 4 "$work/named.turf")" = PTK2 ] || fail "the package does not begin with PTK2: $(head -c 8 "$work/named.turf")"
for secret in Hernández Esperanza 555-0101 puerta-turf pledge-to-vote; do
  if grep -qF "$secret" "$work/named.turf"; then fail "the encrypted package holds \"$secret\""; fi
done
key=$(sed -n 's/^link: .*#k=//p' "$work/out")
[ ${#key} = 43 ] || fail "the link's key is ${#key} characters, not 43: $key"
grep -qF "$key" "$work/named.turf" && fail "the package holds its own key"

run "$puerta" package --list "$list" --script "$script" --unsealed-exports --base-url https://vecinos.example.org/canvass \
  --out "$work/east side.turf"
expect_code 0 "--base-url"
expect_out "link: https://vecinos.example.org/canvass/?turf=east%20side.turf#k=" "the link under --base-url"
key2=$(sed -n 's/^link: .*#k=//p' "$work/out")
[ "$key2" != "$key" ] || fail "two packages share a key"
run "$puerta" package --list "$list" --script "$script" --unsealed-exports --base-url ftp://example.org/ --out "$work/x.turf"
expect_code 2 "--base-url ftp://"
expect_err "--base-url" "--base-url ftp://"

# A plain package of named voters: refused, unless they are made up.
for plain in --no-encryption --plain-package; do
  run "$puerta" package --list "$list" --script "$script" --unsealed-exports $plain --out "$work/plain.turf"
  expect_code 1 "a named list with $plain"
  expect_err "names voters" "a named list with $plain"
  expect_err "--made-up-voters" "a named list with $plain"
  [ ! -e "$work/plain.turf" ] || fail "$plain: the package was written anyway"
  run "$puerta" package --list "$list" --script "$script" --unsealed-exports $plain --made-up-voters --out "$work/plain.turf"
  expect_code 0 "$plain --made-up-voters"
  expect_out "package plain" "$plain --made-up-voters"
  grep -q '^link: http://127.0.0.1:8080/?turf=plain.turf$' "$work/out" || fail "$plain: a plain package's link: $(cat "$work/out")"
  grep -qF Hernández "$work/plain.turf" || fail "$plain: the plain package is not plain"
  rm "$work/plain.turf"
done

run "$puerta" package --list "$list" --script "$script" --key "$data/sealed/test-organizer.public" --records "$work" --out "$work/sealed.turf"
expect_code 0 "a named list with --key"
expect_out "sealed exports on" "a named list with --key"

# Address points name nobody (the first rows of the test file are clean).
head -n 6 "$data/walklists/address_points.csv" > "$work/doors.csv"
run "$puerta" package --list "$work/doors.csv" --script "$script" --out "$work/doors.turf"
expect_code 0 "a list of doors without --key"
expect_out "sealed exports off" "a list of doors without --key"
run "$puerta" package --list "$work/doors.csv" --script "$script" --no-encryption --out "$work/doors-plain.turf"
expect_code 0 "a list of doors with --no-encryption"
expect_out "package plain" "a list of doors with --no-encryption"
echo "personal data ok"
