#!/usr/bin/env bash
# Unpacks Debian's source packages of Dear ImGui and SDL2 into Puerta's cache
# (outside the clone, so every clone on this machine reuses them):
#   $PUERTA_CACHE/src/imgui    the imgui sources, compiled into both apps
#   $PUERTA_CACHE/src/sdl2     the SDL2 sources, compiled with Emscripten
# Nothing is downloaded from anywhere but Debian's archive.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ensure_deb_src() {
  # apt-get source needs a deb-src entry: mirror the machine's own deb lines.
  local list=/etc/apt/sources.list.d/puerta-deb-src.sources
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src' /etc/apt/sources.list; then
    return
  fi
  echo "puerta: adding a deb-src entry ($list) so apt-get source works"
  local src=/etc/apt/sources.list.d/debian.sources
  if [ -f "$src" ]; then
    sed 's/^Types: deb$/Types: deb-src/' "$src" | as_root tee "$list" >/dev/null
  else
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/puerta-deb-src.list >/dev/null
  fi
  as_root apt-get update -qq
}

unpack() { # unpack SOURCE_PACKAGE DEST_NAME
  local pkg=$1 dest="$PUERTA_CACHE/src/$2"
  [ -f "$dest/.unpacked" ] && return
  ensure_deb_src
  local work; work=$(mktemp -d "$PUERTA_CACHE/src/.get-$2.XXXX")
  echo "puerta: fetching Debian source package $pkg"
  (cd "$work" && apt-get source --download-only -qq "$pkg" >/dev/null 2>&1 && dpkg-source -x ./*.dsc unpacked >/dev/null 2>&1)
  rm -rf "$dest"; mv "$work/unpacked" "$dest"; rm -rf "$work"
  touch "$dest/.unpacked"
}

mkdir -p "$PUERTA_CACHE/src"
unpack imgui imgui
unpack libsdl2 sdl2
unpack libsodium libsodium
