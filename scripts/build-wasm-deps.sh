#!/usr/bin/env bash
# Compiles the browser build's C libraries with Emscripten from Debian's source
# packages, once, into $PUERTA_CACHE/wasm/<name> (Debian's Emscripten has a
# frozen cache, so -sUSE_SDL=2 cannot build its port). Later runs find each
# library's stamp and return at once.
#   sdl2       window, GL context and input
#   libsodium  encryption at rest (Argon2id, XChaCha20-Poly1305) and sealed exports
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_sdl2() {
  # Its own folder (not sdl2/): a clone still configured for the older,
  # larger build keeps finding that one.
  local prefix="$PUERTA_CACHE/wasm/sdl2-lean" stamp="$PUERTA_CACHE/wasm/sdl2-lean/.built-2.26.5-lean"
  [ -f "$stamp" ] && return
  echo "puerta: compiling SDL2 for WebAssembly (about 3 minutes, once per machine)"
  local build; build=$(mktemp -d "${TMPDIR:-/tmp}/puerta-sdl2.XXXX")
  # Subsystems a canvassing app never uses are off: smaller download.
  # SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV surfaces
  # (SDL_internal.h): the app draws with WebGL only, and they were ~195 KB of
  # wasm. The offscreen and dummy video drivers are never picked in a browser.
  emcmake cmake -S "$PUERTA_CACHE/src/sdl2" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF \
    -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF \
    -DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 >"$build/configure.log" 2>&1 \
    || { tail -40 "$build/configure.log"; exit 1; }
  cmake --build "$build" -j "$(jobs_count)" >"$build/build.log" 2>&1 || { tail -40 "$build/build.log"; exit 1; }
  cmake --install "$build" >/dev/null
  rm -rf "$build"
  touch "$stamp"
}

build_libsodium() {
  local prefix="$PUERTA_CACHE/wasm/libsodium" stamp="$PUERTA_CACHE/wasm/libsodium/.built-1.0.18"
  [ -f "$stamp" ] && return
  echo "puerta: compiling libsodium for WebAssembly (about 2 minutes, once per machine)"
  local build; build=$(mktemp -d "${TMPDIR:-/tmp}/puerta-sodium.XXXX")
  cp -a "$PUERTA_CACHE/src/libsodium/." "$build/"
  (
    cd "$build"
    # Debian's source is a git snapshot without configure. autogen.sh tries to
    # download config.guess/sub, fails quietly and goes on.
    ./autogen.sh -s >autogen.log 2>&1 || { tail -20 autogen.log; exit 1; }
    # configure runs its test programs under node: avoid Node 20's fetch quirk.
    NODE_OPTIONS=--no-experimental-fetch emconfigure ./configure --prefix="$prefix" --disable-shared \
      --enable-static --without-pthreads --disable-ssp --disable-asm CFLAGS=-Os >configure.log 2>&1 \
      || { tail -30 configure.log; exit 1; }
    NODE_OPTIONS=--no-experimental-fetch emmake make -j "$(jobs_count)" >make.log 2>&1 || { tail -30 make.log; exit 1; }
    make install >/dev/null 2>&1
  ) || exit 1
  rm -rf "$build"
  touch "$stamp"
}

bash "$PUERTA_ROOT/scripts/fetch-debian-sources.sh"
build_sdl2
build_libsodium
