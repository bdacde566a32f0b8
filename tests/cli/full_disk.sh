#!/bin/sh
# Every file the CLI writes is whole or absent: on a real, tiny, full tmpfs
# each command fails with the reason (strerror) and leaves nothing behind, not
# even an empty file (a failed `keys new` used to leave an empty .secret that
# blocked the retry; `export --out` exited 0 with 0-byte files). A file that
# was there before stays as it was. Needs root for the mount; exits 77
# (skipped) without it.
# usage: full_disk.sh PUERTA SOURCE_DIR WORK_DIR
puerta=$1 src=$2 work=$3
umount "$work/disk" 2> /dev/null || true  # left mounted by a run that was killed
. "$(dirname "$0")/lib.sh"
disk=$work/disk
mkdir -p "$disk"
if ! mount -t tmpfs -o size=64k tmpfs "$disk" 2> "$work/mount.err"; then
  echo "SKIP: cannot mount a tmpfs: $(cat "$work/mount.err")"
  exit 77
fi
trap 'umount "$disk"' EXIT
trap 'exit 1' INT TERM

full="No space left on device"
ana=$data/exports/canvasser-ana.jsonl

# 600 attempts, about 360 KB: more than the disk holds in any format.
awk 'NR == 1 { print } NR == 2 { for (i = 1; i <= 600; i++) { line = $0
       sub(/4f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a/, sprintf("%032x", i), line); print line } }' "$ana" > "$work/big.jsonl"
[ "$(wc -c < "$work/big.jsonl")" -gt 100000 ] || fail "the large export is too small to fill the disk"

# Too large for the disk: no file, and no temporary one either.
for format in jsonl csv; do
  run "$puerta" export "$work/big.jsonl" --format $format --out "$disk/merged.$format"
  [ "$code" -ne 0 ] || fail "export --format $format onto a full disk exited 0"
  expect_err "cannot write $disk/merged.$format: $full" "export --format $format onto a full disk"
  expect_empty_folder "$disk" "export --format $format onto a full disk"
done
run "$puerta" export "$work/big.jsonl" --format van --out "$disk/fall" --script "$src/assets/scripts/pledge-to-vote.json"
[ "$code" -ne 0 ] || fail "export --format van onto a full disk exited 0"
expect_err "$full" "export --format van onto a full disk"
expect_empty_folder "$disk" "export --format van onto a full disk"

# An earlier export stays whole when its replacement does not fit.
"$puerta" export "$ana" --format jsonl --out "$disk/merged.jsonl"
cp "$disk/merged.jsonl" "$work/before.jsonl"
run "$puerta" export "$work/big.jsonl" --format jsonl --out "$disk/merged.jsonl"
[ "$code" -ne 0 ] || fail "replacing an export on a full disk exited 0"
cmp -s "$disk/merged.jsonl" "$work/before.jsonl" || fail "the earlier export was damaged"
[ "$(ls -A "$disk")" = merged.jsonl ] || fail "left behind: $(ls -A "$disk")"
rm "$disk/merged.jsonl"

# A printed walk sheet (fonts embedded: over 100 KB) does not fit either: no PDF, no temporary file.
run "$puerta" print walk --list "$src/assets/sample/walk-list.csv" --out "$disk/walk.pdf"
[ "$code" -ne 0 ] || fail "print walk onto a full disk exited 0"
expect_err "cannot write $disk/walk.pdf: $full" "print walk onto a full disk"
expect_empty_folder "$disk" "print walk onto a full disk"

# A disk with no room left at all, for the small files: keys, opened files, packages.
dd if=/dev/zero of="$disk/filler" bs=1024 2> /dev/null || true
run "$puerta" keys new --out "$disk/org"
[ "$code" -ne 0 ] || fail "keys new on a full disk exited 0"
expect_err "$full" "keys new on a full disk"
[ "$(ls -A "$disk")" = filler ] || fail "keys new left behind: $(ls -A "$disk")"

run "$puerta" open "$data/sealed/responses.jsonl.sealed" --key "$data/sealed/test-organizer.secret" --unsigned --out "$disk/opened.jsonl"
[ "$code" -ne 0 ] || fail "open on a full disk exited 0"
expect_err "$full" "open on a full disk"
run "$puerta" package --list "$src/assets/sample/walk-list.csv" --script "$src/assets/scripts/pledge-to-vote.json" \
  --unsealed-exports --out "$disk/sample.turf"
[ "$code" -ne 0 ] || fail "package on a full disk exited 0"
expect_err "$full" "package on a full disk"
run "$puerta" export "$ana" --format xlsx --out "$disk/responses.xlsx"
[ "$code" -ne 0 ] || fail "export --format xlsx on a full disk exited 0"
expect_err "cannot write $disk/responses.xlsx: $full" "export --format xlsx on a full disk"
[ "$(ls -A "$disk")" = filler ] || fail "open, package or export left behind: $(ls -A "$disk")"

# With room again, the same commands work: nothing left over blocks them.
rm "$disk/filler"
"$puerta" keys new --out "$disk/org" > /dev/null
grep -q '^puerta-organizer-secret-key:' "$disk/org.secret" || fail "the retried keys new wrote no secret key"
"$puerta" open "$data/sealed/responses.jsonl.sealed" --key "$data/sealed/test-organizer.secret" --unsigned --out "$disk/opened.jsonl" 2> /dev/null
cmp -s "$disk/opened.jsonl" "$data/sealed/responses.jsonl" || fail "the retried open differs"

# A published folder that does not fit: the reason, and no folder, no half-made one.
rm -f "$disk"/*
mkdir -p "$work/web"
head -c 90000 /dev/urandom > "$work/web/index.wasm"
echo '<!doctype html>' > "$work/web/index.html"
echo 'self.addEventListener("fetch", () => {});' > "$work/web/sw.js"
run "$puerta" publish "$disk/site" --web "$work/web"
expect_code 1 "publish onto a full disk"
expect_err "$full" "publish onto a full disk"
expect_empty_folder "$disk" "publish onto a full disk"

# Standard output that cannot be written is a failure too.
set +e
"$puerta" export "$ana" --format csv > /dev/full 2> "$work/err"
code=$?
set -e
[ "$code" -ne 0 ] || fail "export to a full standard output exited 0"
expect_err "$full" "export to a full standard output"
echo "full disk ok"
