// What the headless platform was asked to do, for tests to check.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace puerta::headless {
extern bool keyboard_shown;
extern std::vector<std::string> requested_assets;
extern std::vector<std::pair<std::string, std::string>> shared_files;  // name, contents
extern int navigation_depth;
extern bool watching_location;
extern int location_readings;     // ReadLocationOnce calls
extern std::int64_t now_unix;     // the clock the app reads; tests move it
}  // namespace puerta::headless
