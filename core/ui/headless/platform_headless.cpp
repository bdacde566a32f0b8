// The headless tests' side of ui/platform.h: memory storage, assets from the
// build folder, a fixed clock, a device secret tests can change, and a log of
// keyboard requests.
#include <fstream>
#include <sstream>

#include "ui/headless/platform_headless.h"
#include "export/xlsx/response_xlsx.h"
#include "storage/memory_store.h"
#include "ui/platform.h"

namespace puerta::headless {
bool keyboard_shown = false;
platform::TextInputKind keyboard_kind = platform::TextInputKind::kText;
std::vector<std::string> requested_assets;
std::set<std::string> assets_not_here;
std::vector<std::pair<std::string, std::string>> shared_files;
int navigation_depth = 1;
bool watching_location = false;
int location_readings = 0;
std::vector<std::string> dialer_links;
std::int64_t now_unix = 1'790'000'000;
platform::DeviceStorage device_storage;
int local_data_erased = 0;
std::optional<std::uint8_t> device_secret_seed = 1;
std::vector<std::string> preferred_languages;
bool writes_workbooks = false;
}  // namespace puerta::headless

namespace puerta::platform {

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<MemoryStore>(); }

std::optional<std::string> ReadAsset(std::string_view name) {
  if (headless::assets_not_here.count(std::string(name))) return std::nullopt;
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

ShareOutcome ShareFile(std::string_view file_name, std::string_view, std::string_view bytes) {
  headless::shared_files.emplace_back(std::string(file_name), std::string(bytes));
  return {ShareOutcome::How::kShared, std::string(file_name)};
}

void PickTurfFile() {}

void SetNavigationDepth(int depth) { headless::navigation_depth = depth; }

void WatchLocation(bool on) { headless::watching_location = on; }

void ReadLocationOnce() { ++headless::location_readings; }

void OpenDialer(std::string_view tel_link) {
  if (tel_link.starts_with("tel:")) headless::dialer_links.emplace_back(tel_link);
}

void PublishWidgets(const std::string&) {}

DeviceStorage GetDeviceStorage() { return headless::device_storage; }

void EraseLocalData() { ++headless::local_data_erased; }

std::vector<std::string> PreferredLanguages() { return headless::preferred_languages; }

WorkbookWriter Workbooks() { return headless::writes_workbooks ? &ExportResponseXlsx : nullptr; }

std::int64_t NowUnixSeconds() { return headless::now_unix; }

std::optional<SecretKey> DeviceSecret() {
  if (!headless::device_secret_seed) return std::nullopt;
  SecretKey secret;
  for (std::size_t i = 0; i < SecretKey::kSize; ++i) secret.data()[i] = static_cast<std::uint8_t>(*headless::device_secret_seed + i);
  return secret;
}

}  // namespace puerta::platform
