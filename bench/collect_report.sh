#!/usr/bin/env bash
# Collect 1,000,000 attempts from 2,000 phones' files into a campaign store,
# then report by organization and day; beside sqlite3 importing the same
# attempts as one CSV and running the equivalent GROUP BY, and mlr (Miller)
# computing the same counts from that CSV. Prints wall time and peak memory
# (max RSS) of each, and the ratios. Never fails on a figure.
# PUERTA_BENCH_QUICK=1: 200 files of 500 attempts.
# usage: bench/collect_report.sh [BUILD_DIR]
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=${1:-$root/build/native}
files=2000 per_file=500
[ "${PUERTA_BENCH_QUICK:-}" = 1 ] && files=200
cmake --build "$build" -j 2 --target campaign_files puerta > /dev/null || exit 0
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
"$build/bench/campaign_files" "$work" "$files" "$per_file"
puerta=$build/native/puerta

# measure NAME CMD...: wall and CPU (user + system) seconds and peak RSS (MB,
# with the store's mmap'd pages) of CMD, from GNU time. The ratios use CPU
# seconds: on a machine shared with other builds, wall time says more about
# them than about the program.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/$name.out" 2> "$work/$name.err"
  read -r wall user sys kb < "$work/time"
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  eval "${name}_s=$cpu"
  printf '%-26s %8.2f s wall %8.2f s cpu %6d MB peak\n' "$name" "$wall" "$cpu" "$((kb / 1024))"
}

echo "$((files * per_file)) attempts in $files files ($(du -sh "$work" | cut -f1) with the CSV)"
measure puerta_collect "$puerta" collect --db "$work/campaign.sqlite" --script "$root/assets/scripts/pledge-to-vote.json" "$work"/phone-*.jsonl
measure puerta_report "$puerta" report --db "$work/campaign.sqlite" --by org,day --format csv --out "$work/report.csv"
measure puerta_collect_again "$puerta" collect --db "$work/campaign.sqlite" "$work"/phone-*.jsonl
tail -1 "$work/puerta_collect_again.out"
# What leaves the desk, from the same store: the printed report (table by
# organization and canvasser, and the four charts), the exports, the follow-ups.
measure puerta_report_pdf "$puerta" report --db "$work/campaign.sqlite" --by org,canvasser --format pdf \
  --out "$work/report.pdf"
echo "  report.pdf: $(du -h "$work/report.pdf" | cut -f1), $(pdfinfo "$work/report.pdf" 2> /dev/null | sed -n 's/^Pages: *//p') page(s)"
measure puerta_export_csv "$puerta" export --db "$work/campaign.sqlite" --format csv --out "$work/responses.csv"
sed -n 's/^puerta: \(.* exported.*\)/  \1/p' "$work/puerta_export_csv.err" | cut -c1-200
measure puerta_export_jsonl "$puerta" export --db "$work/campaign.sqlite" --format jsonl --out "$work/all.jsonl"
measure puerta_followups "$puerta" followups --db "$work/campaign.sqlite" --format csv --out "$work/followups.csv"

cat > "$work/peer.sql" <<'SQL'
.mode csv
.import attempts.csv attempts
.output group.csv
SELECT org, day, COUNT(*) AS attempts, COUNT(DISTINCT door) AS doors_knocked,
       COUNT(DISTINCT NULLIF(contacted_door, '')) AS households_contacted,
       SUM(conversation) AS conversations, SUM(support) AS support_ids, SUM(follow_up) AS follow_ups
FROM attempts GROUP BY org, day ORDER BY org, day;
SQL
measure sqlite3_import_and_group bash -c "cd '$work' && sqlite3 peer.db < peer.sql"
cat > "$work/group.sql" <<'SQL'
.mode csv
.output group2.csv
SELECT org, day, COUNT(*), COUNT(DISTINCT door), COUNT(DISTINCT NULLIF(contacted_door, '')),
       SUM(conversation), SUM(support), SUM(follow_up) FROM attempts GROUP BY org, day ORDER BY org, day;
SQL
measure sqlite3_group_only bash -c "cd '$work' && sqlite3 peer.db < group.sql"
# mlr's distinct_count counts the empty contacted_door too: one more than
# households_contacted where a group has a non-contact (the work is the same).
measure mlr_counts mlr --icsv --ocsv stats1 -a count,distinct_count,sum \
  -f door,contacted_door,conversation,support,follow_up -g org,day "$work/attempts.csv"

rows=$(($(wc -l < "$work/report.csv") - 2))
echo "report rows: $rows groups + total; sqlite3 groups: $(wc -l < "$work/group.csv")"
# The same numbers? Compare sqlite3's groups with puerta's (org,day,attempts,doors,contacted,conversations,support_ids,follow_ups).
sed '1d; $d; s/\r$//' "$work/report.csv" | awk -F, '{print $1","$2","$3","$4","$5","$6","$8","$9}' > "$work/ours.csv"
if cmp -s "$work/ours.csv" "$work/group.csv"; then echo "puerta's counts = sqlite3's counts"; else echo "puerta's counts differ from sqlite3's"; fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
collect_report=$(awk -v a="$puerta_collect_s" -v b="$puerta_report_s" 'BEGIN { print a + b }')
echo "cpu ratios:"
echo "  collect + report / sqlite3 import + group: $(ratio "$collect_report" "$sqlite3_import_and_group_s") (goal: <= 1)"
echo "  report / mlr counts:                       $(ratio "$puerta_report_s" "$mlr_counts_s") (goal: <= 0.5)"
echo "  report / sqlite3 group by alone:           $(ratio "$puerta_report_s" "$sqlite3_group_only_s")"
echo "store size: $(du -h "$work/campaign.sqlite" | cut -f1), sqlite3's peer: $(du -h "$work/peer.db" | cut -f1)"
