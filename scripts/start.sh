#!/usr/bin/env bash
# Sets up and runs Puerta: builds both apps, then serves the phone web app on
# 127.0.0.1 (PUERTA_PORT, default 8080; PUERTA_HOST=0.0.0.0 to let a phone on
# the same Wi-Fi reach it). Ctrl+C stops the server.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$PUERTA_ROOT"
bash scripts/build.sh
cat <<TXT

The desktop app is built too. Start it in another terminal with:
    $PUERTA_ROOT/build/native/native/puerta
(it keeps its state in \${XDG_DATA_HOME:-~/.local/share}/puerta; puerta --help lists the organizer commands)
TXT
exec node scripts/serve.mjs build/wasm/web
