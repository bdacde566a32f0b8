#!/usr/bin/env bash
# Compiles SDL2 with Emscripten from Debian's source package, once, into
# $PUERTA_CACHE/wasm/sdl2 (Debian's Emscripten has a frozen cache, so -sUSE_SDL=2
# cannot build its port). Later runs find the stamp and return at once.
set -euo pipefail
source "$(dirname "$0")/common.sh"

prefix="$PUERTA_CACHE/wasm/sdl2"
stamp="$prefix/.built-2.26.5-minsize"
[ -f "$stamp" ] && exit 0

bash "$PUERTA_ROOT/scripts/fetch-debian-sources.sh"
echo "puerta: compiling SDL2 for WebAssembly (about 3 minutes, once per machine)"
build=$(mktemp -d "${TMPDIR:-/tmp}/puerta-sdl2.XXXX")
# Subsystems a canvassing app never uses are off: smaller download.
emcmake cmake -S "$PUERTA_CACHE/src/sdl2" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF \
  -DSDL_POWER=OFF -DSDL_RENDER=OFF >"$build/configure.log" 2>&1 \
  || { tail -40 "$build/configure.log"; exit 1; }
cmake --build "$build" -j "$(jobs_count)" >"$build/build.log" 2>&1 || { tail -40 "$build/build.log"; exit 1; }
cmake --install "$build" >/dev/null
rm -rf "$build"
touch "$stamp"
