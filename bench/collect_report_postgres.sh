#!/usr/bin/env bash
# The campaign store's collect and report on PostgreSQL, beside the same on
# SQLite, on the same phones' files, in the same run: for the record (the
# goals of bench/collect_report.sh are SQLite's). Starts its own PostgreSQL 15
# (scripts/postgres-for-tests.sh), stopped at the end. Prints; never fails.
# Wall seconds are the figure to compare: on PostgreSQL much of the work is
# the server's, whose CPU puerta's own CPU seconds do not count.
# Default 200 files of 500 attempts (100,000); PUERTA_BENCH_FULL=1: 2,000 files.
# usage: bench/collect_report_postgres.sh [BUILD_DIR]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=${1:-$root/build/native}
files=200 per_file=500
[ "${PUERTA_BENCH_FULL:-}" = 1 ] && files=2000
cmake --build "$build" -j 2 --target campaign_files puerta > /dev/null || exit 0
work=$(mktemp -d)
stop_server() { bash "$root/scripts/postgres-for-tests.sh" stop "$work/server"; }
trap 'stop_server; rm -rf "$work"' EXIT
if ! url=$(bash "$root/scripts/postgres-for-tests.sh" start "$work/server"); then
  echo "no PostgreSQL server: $url"
  exit 0
fi
export PGPASSFILE=$work/server/pgpass
"$build/bench/campaign_files" "$work" "$files" "$per_file"
puerta=$build/native/puerta

# measure NAME CMD...: wall and CPU (user + system) seconds and peak RSS of CMD.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/$name.out" 2> "$work/$name.err"
  read -r wall user sys kb < "$work/time"
  eval "${name}_wall=$wall"
  printf '%-28s %8.2f s wall %8.2f s cpu %6d MB peak\n' "$name" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')" "$((kb / 1024))"
}

echo "$((files * per_file)) attempts in $files files"
script=$root/assets/scripts/pledge-to-vote.json
for store in sqlite postgres; do
  db=$work/campaign.sqlite
  [ "$store" = postgres ] && db=$url
  measure "${store}_collect" "$puerta" collect --db "$db" --script "$script" "$work"/phone-*.jsonl
  measure "${store}_report" "$puerta" report --db "$db" --by org,day --format csv --out "$work/$store.csv"
  measure "${store}_collect_again" "$puerta" collect --db "$db" "$work"/phone-*.jsonl
done
if cmp -s "$work/sqlite.csv" "$work/postgres.csv"; then
  echo "the reports are the same ($(($(wc -l < "$work/sqlite.csv") - 2)) groups + total)"
else
  echo "the reports differ:"; diff "$work/sqlite.csv" "$work/postgres.csv" | head -5
fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo "wall ratios, PostgreSQL / SQLite: collect $(ratio "$postgres_collect_wall" "$sqlite_collect_wall"), report" \
  "$(ratio "$postgres_report_wall" "$sqlite_report_wall"), collect again $(ratio "$postgres_collect_again_wall" "$sqlite_collect_again_wall")"
