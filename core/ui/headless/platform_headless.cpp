// The headless tests' side of ui/platform.h: memory storage, assets from the
// build folder, a fixed clock, and a log of keyboard requests.
#include <fstream>
#include <sstream>

#include "ui/headless/platform_headless.h"
#include "storage/memory_store.h"
#include "ui/platform.h"

namespace puerta::headless {
bool keyboard_shown = false;
platform::TextInputKind keyboard_kind = platform::TextInputKind::kText;
std::vector<std::string> requested_assets;
std::vector<std::pair<std::string, std::string>> shared_files;
int navigation_depth = 1;
bool watching_location = false;
int location_readings = 0;
std::int64_t now_unix = 1'790'000'000;
platform::DeviceStorage device_storage;
int local_data_erased = 0;
}  // namespace puerta::headless

namespace puerta::platform {

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<MemoryStore>(); }

std::optional<std::string> ReadAsset(std::string_view name) {
  std::ifstream in(std::string(PUERTA_BUILD_ASSETS) + "/" + std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void SetTextInputActive(bool active, TextInputKind kind) {
  headless::keyboard_shown = active;
  headless::keyboard_kind = kind;
}

void RequestAsset(std::string_view name) { headless::requested_assets.emplace_back(name); }

std::string ShareFile(std::string_view file_name, std::string_view, std::string_view bytes) {
  headless::shared_files.emplace_back(std::string(file_name), std::string(bytes));
  return "Shared " + std::string(file_name);
}

void PickTurfFile() {}

void SetNavigationDepth(int depth) { headless::navigation_depth = depth; }

void WatchLocation(bool on) { headless::watching_location = on; }

void ReadLocationOnce() { ++headless::location_readings; }

void PublishWidgets(const std::string&) {}

DeviceStorage GetDeviceStorage() { return headless::device_storage; }

void EraseLocalData() { ++headless::local_data_erased; }

std::int64_t NowUnixSeconds() { return headless::now_unix; }

}  // namespace puerta::platform
