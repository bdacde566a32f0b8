# Shared settings for Puerta's scripts. Sourced, not run.
# PUERTA_CACHE holds what is slow to make and safe to reuse across clones:
# unpacked Debian sources and libraries compiled with Emscripten.
: "${PUERTA_CACHE:=${XDG_CACHE_HOME:-$HOME/.cache}/puerta}"
export PUERTA_CACHE
PUERTA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PUERTA_ROOT

# Debian's Emscripten needs these (see README, "Toolchain notes").
export NODE_PATH=/usr/share/nodejs
export EMSDK_PYTHON=/usr/bin/python3

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
jobs_count() { nproc 2>/dev/null || echo 2; }
