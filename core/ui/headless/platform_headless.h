// What the headless platform was asked to do, for tests to check.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ui/platform.h"

namespace puerta::headless {
extern bool keyboard_shown;
extern platform::TextInputKind keyboard_kind;  // the kind last asked for
extern std::vector<std::string> requested_assets;
// Assets ReadAsset() does not find, as in the browser before a fetch (the
// CJK font): a test removes one and calls App::OnAssetReady to deliver it.
extern std::set<std::string> assets_not_here;
extern std::vector<std::pair<std::string, std::string>> shared_files;  // name, contents
extern int navigation_depth;
extern bool watching_location;
extern int location_readings;     // ReadLocationOnce calls
extern std::vector<std::string> dialer_links;  // OpenDialer calls, in order
extern std::int64_t now_unix;     // the clock the app reads; tests move it
extern platform::DeviceStorage device_storage;  // what GetDeviceStorage() answers (tests set it)
extern int local_data_erased;                    // calls to EraseLocalData()
// DeviceSecret() answers 32 bytes made from this (another value: another
// device; nothing: a browser without WebCrypto). Tests set it and put it back.
extern std::optional<std::uint8_t> device_secret_seed;

extern std::vector<std::string> preferred_languages;  // what PreferredLanguages() answers (tests set it)
// Workbooks() gives the .xlsx writer, as on the desktop (default: none, as in the browser).
extern bool writes_workbooks;
}  // namespace puerta::headless
