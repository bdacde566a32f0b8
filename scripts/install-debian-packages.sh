#!/usr/bin/env bash
# Installs the Debian packages Puerta needs to build, run and test, when they are
# missing. Safe to run again: it does nothing when everything is present.
# Needs root (or sudo) on Debian bookworm.
set -euo pipefail

packages=(
  # native build
  build-essential cmake pkg-config git ca-certificates
  libsdl2-dev libimgui-dev libcereal-dev rapidjson-dev doctest-dev libsodium-dev libcli11-dev
  libstb-dev zlib1g-dev  # turf packages compressed before encryption: stb_image's inflate (both builds), zlib's deflate
  libxlsxwriter-dev  # .xlsx exports (the native CLI only; the browser build never links it)
  libqrencode-dev libpng-dev  # the turf link as a QR code (puerta package --qr; native only)
  zlib1g-dev libbrotli-dev  # puerta publish: the web app's precompressed .gz and .br copies
  libcairo2-dev libpango1.0-dev  # printed sheets as PDF (puerta print; native only)
  libharfbuzz-dev  # puerta package: the CJK font subset inside a package (hb-subset; native only)
  libsqlite3-dev  # the organizer's campaign store (puerta collect, report; native only)
  libpq-dev  # the campaign store on a coalition's PostgreSQL server (--db postgresql://...; native CLI only)
  # browser build (SDL2, imgui and libsodium are compiled from their source packages)
  emscripten nodejs dpkg-dev autoconf automake libtool
  binaryen node-terser  # the phone's first load shrunk after linking: wasm-opt, terser (cmake/WebApp.cmake)
  # fonts rasterized by the app, and the tool that subsets them
  fonts-noto-core fonts-noto-cjk python3-fonttools
  # tests: browser, virtual display, screenshots, fuzzing, benchmarks
  libstb-dev chromium xvfb x11-apps imagemagick clang libclang-rt-14-dev valgrind sqlite3
  zbar-tools  # tests: QR codes read back by a real decoder (zbarimg)
  postgresql  # tests: a PostgreSQL 15 server the test run starts (scripts/postgres-for-tests.sh)
  zlib1g-dev  # tests: the desktop's .xlsx read back (tests/ui/test_workbook.cpp)
  miller  # benchmarks: mlr counting what puerta report counts (bench/collect_report.sh)
  brotli wabt  # tests and benchmarks: brotli -d reads the .br copies back; sizes beside brotli's own; wasm-objdump
  poppler-utils  # tests: printed PDFs read back (pdftotext, pdffonts, pdfinfo, pdftoppm)
  # tests: exported CSVs opened by a spreadsheet (headless; 78 MB, no GUI)
  libreoffice-calc-nogui
)

# npm drives the browser tests. Debian ships it as its own package; a machine
# whose Node.js came with npm already (NodeSource) must not get Debian's.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "puerta: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
