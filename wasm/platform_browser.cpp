// The browser side of ui/platform.h.
//   storage   localStorage (local_storage_store.h)
//   assets    preloaded into Emscripten's in-memory file system under /assets
//   keyboard  SDL 2.26's Emscripten driver never raises a phone keyboard, so a
//             hidden <input> in the shell (web-shell/keyboard.js) is focused
//             when ImGui wants text, and its text is forwarded to ImGui.
//   widgets   window.puertaWidgets: label → rectangle, for browser tests.
#include <emscripten.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "local_storage_store.h"
#include "ui/platform.h"

namespace puerta::platform {
namespace {

EM_JS(void, js_set_text_input_active, (int active), {
  if (window.puertaKeyboard) window.puertaKeyboard.setActive(!!active);
});

EM_JS(void, js_publish_widgets, (const char* json), {
  window.puertaWidgets = JSON.parse(UTF8ToString(json));
  if (!window.puertaFirstFrameMs) window.puertaFirstFrameMs = performance.now();  // for bench/
});

}  // namespace

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<LocalStorageStore>(); }

std::optional<std::string> ReadAsset(std::string_view name) {
  std::ifstream in("/assets/" + std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void SetTextInputActive(bool active) { js_set_text_input_active(active ? 1 : 0); }

void PublishWidgets(const std::string& json) { js_publish_widgets(json.c_str()); }

std::int64_t NowUnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace puerta::platform
