// The desktop side of ui/platform.h: state in files under $XDG_DATA_HOME/puerta
// (atomic writes, see storage/file_store.h), assets in the folder beside the
// binary (the build copies them there), nothing to do for the keyboard.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "storage/file_store.h"
#include "ui/platform.h"

namespace puerta::platform {
namespace {

std::filesystem::path AssetsFolder() {
  if (const char* env = std::getenv("PUERTA_ASSETS"); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec && std::filesystem::exists(exe.parent_path() / "assets")) return exe.parent_path() / "assets";
  return PUERTA_BUILD_ASSETS;
}

}  // namespace

std::unique_ptr<KeyValueStore> OpenStateStore() { return std::make_unique<FileStore>(FileStore::DefaultFolder()); }

std::optional<std::string> ReadAsset(std::string_view name) {
  std::ifstream in(AssetsFolder() / std::string(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void SetTextInputActive(bool, TextInputKind) {}  // a desktop has a keyboard

void RequestAsset(std::string_view) {}  // every asset is beside the binary

std::string ShareFile(std::string_view file_name, std::string_view, std::string_view bytes) {
  const auto folder = FileStore::DefaultFolder() / "exports";
  FileStore exports(folder);  // creates the folder; writes atomically
  if (Status s = exports.Put(file_name, bytes); !s) return "Could not save: " + s.message();
  return "Saved to " + (folder / std::string(file_name)).string();
}

void PickTurfFile() {}  // trainers open packages with: puerta path/to/turf.turf

void SetNavigationDepth(int) {}

void WatchLocation(bool) {}

void ReadLocationOnce() {}  // a laptop at a training has no door to locate

void PublishWidgets(const std::string&) {}

// Files on the computer's disk: kept, offline, nothing for a browser to clear.
DeviceStorage GetDeviceStorage() { return {}; }

// CanvassSession::Wipe empties the FileStore, which is all the app keeps. Files
// handed out through ShareFile (exports/) are left, like a phone's downloads.
void EraseLocalData() {}

std::int64_t NowUnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace puerta::platform
