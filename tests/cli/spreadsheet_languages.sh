#!/bin/sh
# Exports opened by a spreadsheet, in the languages the communities write:
# LibreOffice Calc, headless (Debian libreoffice-calc-nogui).
#  1. The response CSV, read as UTF-8 (what its BOM asks for), converted to
#     .xlsx and .ods and read back (xlsx -> CSV, the .ods's content.xml):
#     Chinese, Vietnamese and Korean names, typed answers and notes intact.
#  2. `puerta export --format xlsx`, converted with no import options at all
#     (a workbook needs none): the same columns and cells as the response CSV,
#     typed: text stays text (a voter id 00123, a ZIP code typed as an answer,
#     a typed "=1+1"), counts and numeric answers are numbers, no cell is a
#     formula.
# usage: spreadsheet_languages.sh PUERTA SOURCE_DIR WORK_DIR
# Exits 77 (skipped) when LibreOffice is not installed.
puerta=$1 src=$2 work=$3
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/soffice.sh"
# CSV as LibreOffice writes it: comma, double quotes, UTF-8 (76), text cells quoted.
to_csv='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true'
# A CSV read as UTF-8 (76), comma-separated, from line 1.
utf8_csv='CSV:44,34,76,1'

line() {  # id voter_id name language answers notes
  printf '{"attempt_id":"%032d","version":1,"recorded_unix":1730548800,"voter_id":"%s","voter_name":"%s","household_id":"h%s","time_unix":1730548800,"canvasser":"Ana","organization":"Org","campaign":"C","channel":"door","result":"canvassed","answers":%s,"script_id":"test-branching","script_version":2,"language":"%s","notes":"%s","follow_up_due_unix":0,"follow_up_language":"","practice":false}\n' \
    "$1" "$2" "$3" "$1" "$5" "$4" "$6"
}
{
  printf '{"format":"puerta-attempts","format_version":1}\n'
  line 1 00123 '王秀英' zh '{"registered":["yes"],"household_size":["3"],"comment":["明天下午再来; 谢谢|再见"]}' '她说普通话和粤语'
  line 2 000456 'Nguyễn Văn An' vi '{"registered":["no"],"support":["4"],"comment":["Gọi lại sau 6 giờ, cảm ơn"]}' 'Cần quay lại'
  line 3 0789 '김민준' ko '{"issues":["housing","wages"],"comment":["=1+1"]}' '이 구역: 집 26곳'
  line 4 1001 'Rosa Díaz' en '{"comment":["02134"],"household_size":["-1.5"]}' '\"Sí\", dijo'
} > "$work/attempts.jsonl"

script="$src/tests/data/scripts/branching.json"
"$puerta" export "$work/attempts.jsonl" --format csv --script "$script" --out "$work/responses.csv" 2>/dev/null \
  || fail "export --format csv"
"$puerta" export "$work/attempts.jsonl" --format xlsx --script "$script" --out "$work/workbook.xlsx" 2>/dev/null \
  || fail "export --format xlsx"

# 1. The CSV through .xlsx and .ods.
soffice_convert "$work/responses.csv" xlsx "$utf8_csv"
mv "$work/out/responses.xlsx" "$work/csv-as.xlsx"
soffice_convert "$work/csv-as.xlsx" "$to_csv"
soffice_convert "$work/responses.csv" ods "$utf8_csv"
# 2. Puerta's workbook, no import options.
soffice_convert "$work/workbook.xlsx" "$to_csv"
soffice_convert "$work/workbook.xlsx" fods

python3 - "$work" <<'EOF' || fail "see above"
import csv, io, re, sys, zipfile
work = sys.argv[1]
def table(path, bom=False):
    text = open(path, encoding="utf-8-sig" if bom else "utf-8", newline="").read()
    return list(csv.reader(io.StringIO(text)))
problems = []
ours = table(f"{work}/responses.csv", bom=True)
head = ours[0]
col = {name: i for i, name in enumerate(head)}
words = ["voter_name", "language", "answers", "notes", "answer:comment"]

# 1. Words survive the CSV -> xlsx -> CSV and CSV -> ods round trips.
back = table(f"{work}/out/csv-as.csv")
if back[0] != head: problems.append(f"csv via xlsx: header {back[0]}")
for r in range(1, len(ours)):
    for name in words:
        # A typed "02134" comes back 2134: a spreadsheet takes a CSV cell of
        # digits for a number (the .xlsx below keeps it as text).
        if re.fullmatch(r"[0-9]+", ours[r][col[name]]): continue
        if back[r][col[name]] != ours[r][col[name]]:
            problems.append(f"csv via xlsx, row {r} {name}: {back[r][col[name]]!r} != {ours[r][col[name]]!r}")
content = zipfile.ZipFile(f"{work}/out/responses.ods").read("content.xml").decode("utf-8")
for text in ["王秀英", "Nguyễn Văn An", "김민준", "明天下午再来; 谢谢|再见", "Gọi lại sau 6 giờ, cảm ơn",
             "이 구역: 집 26곳", "她说普通话和粤语"]:
    if f">{text}<" not in content: problems.append(f"csv via ods: {text!r} missing")

# 2. The workbook holds the same cells as the CSV; what the CSV neutralized
#    with a leading ' is there as the text itself.
book = table(f"{work}/out/workbook.csv")
if len(book) != len(ours): problems.append(f"workbook: {len(book)} rows, csv {len(ours)}")
for r, (a, b) in enumerate(zip(ours, book)):
    b = b + [""] * (len(a) - len(b))  # LibreOffice drops trailing empty cells
    for c, (x, y) in enumerate(zip(a, b)):
        if x != y and not (x.startswith("'") and x[1:] == y):
            problems.append(f"workbook row {r} {head[c]}: {y!r}, csv has {x!r}")
flat = open(f"{work}/out/workbook.fods", encoding="utf-8").read()
if "table:formula" in flat: problems.append("workbook: a cell is a formula")
def cell_type(text):
    m = re.search(r'<table:table-cell [^>]*office:value-type="(\w+)"[^>]*>\s*<text:p>' + re.escape(text) + "</text:p>", flat)
    return m.group(1) if m else None
for text in ["00123", "000456", "0789", "02134", "=1+1", "王秀英"]:
    if cell_type(text) != "string": problems.append(f"workbook: {text!r} is {cell_type(text)}, not text")
for number in ["3", "-1.5", "4"]:
    if not re.search(f'office:value-type="float" office:value="{re.escape(number)}"', flat):
        problems.append(f"workbook: the answer {number} is not a number")
for p in problems: print("FAIL:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
echo "spreadsheet languages ok"
