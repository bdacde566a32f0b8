// The platform seam: everything the shared screens need that differs between
// the desktop app, the browser and the headless tests. Exactly one
// implementation is linked, chosen by CMake:
//   native/platform_desktop.cpp   files under $XDG_DATA_HOME, assets beside the binary
//   wasm/platform_browser.cpp     localStorage, preloaded assets, JS bridges
//   tests/ui/platform_headless.cpp  memory store, assets from the source tree
// Callers never need an #ifdef.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "storage/key_value_store.h"

namespace puerta::platform {

// The store that outlives the page or the process.
std::unique_ptr<KeyValueStore> OpenStateStore();

// A file shipped with the app, e.g. "sample/walk-list.csv" or "fonts/ui-latin.ttf".
std::optional<std::string> ReadAsset(std::string_view name);

// Raise (or lower) the phone's on-screen keyboard.
void SetTextInputActive(bool active);

// Where each labelled widget was drawn this frame, as JSON, for test drivers.
void PublishWidgets(const std::string& json);

std::int64_t NowUnixSeconds();

}  // namespace puerta::platform
