#!/usr/bin/env bash
# Printed sheets (`puerta print`): time, pages and size of the walk sheet and
# the turf sheet for 100, 500 and 2,000 households (one voter in three with a
# Chinese, Korean or Vietnamese name), A4. Prints figures; never fails.
# usage: print_sheets.sh [PUERTA]   (default build/native/native/puerta)
set -uo pipefail
puerta=${1:-build/native/native/puerta}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
for households in 100 500 2000; do
  list=$work/voters-$households.csv
  awk -v n="$households" 'BEGIN {
    print "id,first_name,last_name,address,unit,city,zip,latitude,longitude,phone,language,party"
    split("María,秀英,민준,Linh,Tyrell", first, ","); split("Hernández,王,김,Nguyễn,Johnson", last, ",")
    split("es,zh,ko,vi,en", lang, ",")
    for (i = 0; i < n; i++) {
      k = i % 5 + 1
      printf "PV-%d,%s,%s,%d Oak Ave,,San Miguel,95112,%.5f,%.5f,,%s,\n", i, first[k], last[k], 100 + 2 * i,
             37.35 + (i % 40) * 0.0002, -121.88 + int(i / 40) * 0.0002, lang[k]
    }
  }' > "$list"
  for sheet in walk turf; do
    start=$(now_ms)
    "$puerta" print $sheet --list "$list" --name "Bench" --paper a4 --out "$work/$sheet.pdf" > /dev/null 2> "$work/err" ||
      { echo "print $sheet ($households households) failed: $(cat "$work/err")"; continue; }
    ms=$(($(now_ms) - start))
    pages=$(pdfinfo "$work/$sheet.pdf" 2> /dev/null | sed -n 's/^Pages: *//p')
    echo "print_${sheet}_sheet households=$households pages=${pages:-?} bytes=$(stat -c %s "$work/$sheet.pdf") ms=$ms"
  done
done
