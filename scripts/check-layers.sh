#!/usr/bin/env bash
# The core's layers point one way. Each module of core/ may include only
# modules on a lower floor (and itself); the README's "Which module may include
# which" shows the same table. Run by ctest (core.layers); prints every
# include that points up or sideways, and fails on any.
set -uo pipefail
cd "$(dirname "$0")/../core"
declare -A floor=(
  [util]=0
  [model]=1 [i18n]=1 [crypto]=1
  [script]=2 [results]=2 [route]=2 [texting]=2
  [responses]=3 [walklist]=3 [storage]=3
  [stats]=4 [turf]=4 [receipts]=4
  [export]=5
  [app]=6 [campaign]=6
  [ui]=7
)
bad=0
for module in "${!floor[@]}"; do
  [ -d "$module" ] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    target=$(sed -E 's/.*#include "([a-z_0-9]+)\/.*/\1/' <<<"$line")
    [ "$target" = "$module" ] && continue
    if [ -z "${floor[$target]+x}" ]; then continue; fi  # third-party or generated headers
    if [ "${floor[$target]}" -ge "${floor[$module]}" ]; then
      echo "core/$file includes $target/ (floor ${floor[$target]}) from $module/ (floor ${floor[$module]})"
      bad=$((bad + 1))
    fi
  done < <(grep -rnE '^#include "[a-z_0-9]+/' "$module")
done
# No module below ui/ sees ImGui, SDL or Emscripten.
if grep -rnE '#include [<"](imgui|SDL|emscripten)' --include='*.h' --include='*.cpp' . | grep -v '^\./ui/'; then
  echo "a core module below ui/ includes ImGui, SDL or Emscripten"
  bad=$((bad + 1))
fi
if [ "$bad" -gt 0 ]; then echo "layers: $bad include(s) point the wrong way"; exit 1; fi
echo "layers: every include points down"
