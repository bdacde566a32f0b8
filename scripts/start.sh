#!/usr/bin/env bash
# Sets up and runs Puerta: builds both apps, publishes the phone web app to
# build/site (puerta publish: with the .gz and .br copies serve.mjs sends to a
# browser that takes them) when the build is newer, then serves it on
# 127.0.0.1 (PUERTA_PORT, default 8080; PUERTA_HOST=0.0.0.0 to let a phone on
# the same Wi-Fi reach it). Ctrl+C stops the server.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$PUERTA_ROOT"
bash scripts/build.sh
if [ ! -d build/site ] || [ -n "$(find build/wasm/web -newer build/site -print -quit)" ]; then
  echo "Publishing the web app to build/site (compressed copies: about half a minute)"
  build/native/native/puerta publish build/site --web build/wasm/web --force
fi
cat <<TXT

The desktop app is built too. Start it in another terminal with:
    $PUERTA_ROOT/build/native/native/puerta                              the organizer's workspace
    $PUERTA_ROOT/build/native/native/puerta desk --db campaign.sqlite    ... on a campaign
    $PUERTA_ROOT/build/native/native/puerta practice                     the canvasser's screens, for trainers
(the canvasser's screens keep their state in \${XDG_DATA_HOME:-~/.local/share}/puerta; puerta --help lists the organizer commands)
TXT
exec node scripts/serve.mjs build/site
