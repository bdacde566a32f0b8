# Shared by the tests that open exports as a spreadsheet would: LibreOffice
# Calc, headless (Debian libreoffice-calc-nogui). Sourced after lib.sh; exits
# 77 (skipped) when LibreOffice is not installed.
command -v soffice >/dev/null 2>&1 || { echo "skipped: no soffice (apt-get install libreoffice-calc-nogui)"; exit 77; }
mkdir -p "$work/out"

# soffice_convert FILE FORMAT [INFILTER]: FILE converted into $work/out, with
# a LibreOffice profile of the test's own (no settings of the machine's user).
soffice_convert() {
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to "$2" ${3:+"--infilter=$3"} \
    --outdir "$work/out" "$1" > "$work/soffice.log" 2>&1 || fail "soffice could not convert $1: $(cat "$work/soffice.log")"
}
