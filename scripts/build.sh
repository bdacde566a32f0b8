#!/usr/bin/env bash
# Builds everything: installs missing Debian packages, prepares the cached
# Debian sources and the Emscripten-built SDL2, then builds
#   build/native   the desktop app + organizer CLI (build/native/native/puerta) and tests
#   build/wasm     the phone web app (build/wasm/web/, what phones get), the same
#                  app with test hooks for the browser tests (build/wasm/web-test/),
#                  and the core tests as wasm
# A second run only rebuilds what changed.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$PUERTA_ROOT"

bash scripts/install-debian-packages.sh
bash scripts/fetch-debian-sources.sh
bash scripts/build-wasm-deps.sh

step() { printf '\n== %s  (%d s so far)\n' "$*" "$SECONDS"; }

step "desktop app, CLI and tests (build/native)"
if [ ! -f build/native/CMakeCache.txt ]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DPUERTA_CACHE="$PUERTA_CACHE" >/dev/null
fi
cmake --build build/native -j "$(jobs_count)" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^(gmake|make)\[' || true
test -x build/native/native/puerta

step "phone web app (build/wasm)"
# PUERTA_TEST_HOOKS: a second app target, web-test/, linked from the same
# compiled libraries (a build tree from before it existed is configured again).
if ! grep -qs '^PUERTA_TEST_HOOKS:BOOL=ON' build/wasm/CMakeCache.txt; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=MinSizeRel -DPUERTA_CACHE="$PUERTA_CACHE" \
    -DPUERTA_TEST_HOOKS=ON >/dev/null
fi
cmake --build build/wasm -j "$(jobs_count)" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^(gmake|make)\[' || true
test -f build/wasm/web/index.wasm
test -f build/wasm/web-test/index.wasm
