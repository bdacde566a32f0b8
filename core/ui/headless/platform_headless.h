// What the headless platform was asked to do, for tests to check.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ui/platform.h"

namespace puerta::headless {
extern bool keyboard_shown;
extern platform::TextInputKind keyboard_kind;  // the kind last asked for
extern std::vector<std::string> requested_assets;
extern std::vector<std::pair<std::string, std::string>> shared_files;  // name, contents
extern int navigation_depth;
extern bool watching_location;
extern int location_readings;     // ReadLocationOnce calls
extern std::int64_t now_unix;     // the clock the app reads; tests move it
extern platform::DeviceStorage device_storage;  // what GetDeviceStorage() answers (tests set it)
extern int local_data_erased;                    // calls to EraseLocalData()
}  // namespace puerta::headless
