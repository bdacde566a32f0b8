// The headless tests' side of ui/platform.h: memory storage, assets from the
// build folder, a fixed clock, and a log of keyboard requests.
#include <fstream>
#include <sstream>

#include "storage/memory_store.h"
#include "ui/platform.h"

namespace puerta::platform {

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<MemoryStore>(); }

std::optional<std::string> ReadAsset(std::string_view name) {
  std::ifstream in(std::string(PUERTA_BUILD_ASSETS) + "/" + std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void SetTextInputActive(bool) {}

void PublishWidgets(const std::string&) {}

std::int64_t NowUnixSeconds() { return 1'790'000'000; }

}  // namespace puerta::platform
