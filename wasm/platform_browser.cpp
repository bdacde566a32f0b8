// The browser side of ui/platform.h.
//   storage   localStorage (local_storage_store.h)
//   assets    preloaded into Emscripten's in-memory file system under /assets
//   bridges   keyboard, back button, share sheet, file picker, location and
//             assets fetched on first need: js/bridge.js (Module.puerta.*),
//             answering through the puerta_* exports in main.cpp
//   widgets   where the text fields are, for the keyboard bridge; with
//             PUERTA_TEST_HOOKS (the test build only) also window.puertaWidgets,
//             label → rectangle for every widget, for browser tests
//   storage   facts for the start and settings screens (secure context, iOS
//             Safari in a tab, navigator.storage.persist()) and the erasing
//             of everything else the origin holds: js/bridge.js
//   device    the secret the PIN's lock is bound to: a non-extractable
//             WebCrypto key in IndexedDB signs a fixed label before main()
//             runs (js/bridge.js); none outside a secure context
#include <emscripten.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "local_storage_store.h"
#include "app/app_state_store.h"
#include "ui/platform.h"

namespace puerta::platform {
namespace {

// The bridges themselves are in js/bridge.js (Module.puerta).
EM_JS(void, js_set_text_input_active, (int active, const char* kind),
      { Module.puerta.setTextInputActive(!!active, UTF8ToString(kind)); });
EM_JS(void, js_request_asset, (const char* name), { Module.puerta.requestAsset(UTF8ToString(name)); });
EM_JS(void, js_pick_turf_file, (), { Module.puerta.pickTurfFile(); });
EM_JS(void, js_set_depth, (int depth), { Module.puerta.setDepth(depth); });
EM_JS(void, js_watch_location, (int on), { Module.puerta.watchLocation(!!on); });
EM_JS(void, js_read_location_once, (), { Module.puerta.readLocationOnce(); });
// tel: only (checked again here): the dialer opens and the page stays.
EM_JS(void, js_open_dialer, (const char* link), {
  const url = UTF8ToString(link);
  if (/^tel:[+]?[0-9]+$/.test(url)) window.location.href = url;
});
// Returns "shared" or "downloaded" (malloc'ed).
EM_JS(char*, js_share_file, (const char* name, const char* mime, const char* bytes, int size), {
  const copy = HEAPU8.slice(bytes, bytes + size);
  return stringToNewUTF8(Module.puerta.shareFile(UTF8ToString(name), UTF8ToString(mime), copy));
});

#ifdef PUERTA_TEST_HOOKS
EM_JS(void, js_publish_widgets, (const char* json), {
  const widgets = JSON.parse(UTF8ToString(json));
  Module.puerta.setTextFields(widgets);
  window.puertaWidgets = widgets;
  if (!window.puertaFirstFrameMs) window.puertaFirstFrameMs = performance.now();  // for bench/
});
#else
EM_JS(void, js_publish_widgets, (const char* json), { Module.puerta.setTextFields(JSON.parse(UTF8ToString(json))); });
#endif

EM_JS(int, js_device_storage, (), { return Module.puerta.deviceStorage(); });
// Copies the 32-byte device secret to `out`; 0 when this browser has none.
EM_JS(int, js_device_secret, (std::uint8_t* out), { return Module.puerta.deviceSecret(out); });
// navigator.languages, comma-separated (malloc'ed).
EM_JS(char*, js_preferred_languages, (), {
  const list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  return stringToNewUTF8(list.join(","));
});
EM_JS(void, js_erase_local_data, (const char* keep_key), { Module.puerta.eraseLocalData(UTF8ToString(keep_key)); });

}  // namespace

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<LocalStorageStore>(); }

std::optional<std::string> ReadAsset(std::string_view name) {
  std::ifstream in("/assets/" + std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void SetTextInputActive(bool active, TextInputKind kind) {
  js_set_text_input_active(active ? 1 : 0, std::string(TextInputKindName(kind)).c_str());
}

void RequestAsset(std::string_view name) { js_request_asset(std::string(name).c_str()); }

ShareOutcome ShareFile(std::string_view file_name, std::string_view mime_type, std::string_view bytes) {
  char* how = js_share_file(std::string(file_name).c_str(), std::string(mime_type).c_str(), bytes.data(),
                            static_cast<int>(bytes.size()));
  const std::string said = how;
  std::free(how);
  return {said == "shared" ? ShareOutcome::How::kShared : ShareOutcome::How::kDownloaded, std::string(file_name)};
}

void PickTurfFile() { js_pick_turf_file(); }

void SetNavigationDepth(int depth) { js_set_depth(depth); }

void WatchLocation(bool on) { js_watch_location(on ? 1 : 0); }

void ReadLocationOnce() { js_read_location_once(); }

void OpenDialer(std::string_view tel_link) {
  if (tel_link.starts_with("tel:")) js_open_dialer(std::string(tel_link).c_str());
}

void PublishWidgets(const std::string& json) { js_publish_widgets(json.c_str()); }

DeviceStorage GetDeviceStorage() {
  const int bits = js_device_storage();
  static constexpr DeviceStorage::Kept kKept[] = {DeviceStorage::Kept::kUnknown, DeviceStorage::Kept::kPersistent,
                                                  DeviceStorage::Kept::kBestEffort, DeviceStorage::Kept::kUnknown};
  return {kKept[(bits >> 2) & 3], (bits & 1) != 0, (bits & 2) != 0};
}

// The interface preferences (language, text size) name nobody and stay.
std::vector<std::string> PreferredLanguages() {
  char* joined = js_preferred_languages();
  const std::string list = joined;
  std::free(joined);
  std::vector<std::string> out;
  for (std::size_t start = 0; start < list.size();) {
    const std::size_t end = std::min(list.find(',', start), list.size());
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

WorkbookWriter Workbooks() { return nullptr; }  // libxlsxwriter is not built for the browser

void EraseLocalData() { js_erase_local_data(std::string(kAppStateKey).c_str()); }

std::optional<SecretKey> DeviceSecret() {
  SecretKey secret;
  if (!js_device_secret(secret.data())) return std::nullopt;
  return secret;
}

std::int64_t NowUnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace puerta::platform
