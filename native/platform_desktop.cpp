// The desktop side of ui/platform.h: state in files under $XDG_DATA_HOME/puerta
// (atomic writes, see storage/file_store.h), assets in the folder beside the
// binary (the build copies them there), nothing to do for the keyboard, the
// device secret in a 0600 file under $XDG_CONFIG_HOME/puerta (outside the
// data folder: storage/device_secret_file.h).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/xlsx/response_xlsx.h"
#include "storage/device_secret_file.h"
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

ShareOutcome ShareFile(std::string_view file_name, std::string_view, std::string_view bytes) {
  const auto folder = FileStore::DefaultFolder() / "exports";
  FileStore exports(folder);  // creates the folder; writes atomically
  if (Status s = exports.Put(file_name, bytes); !s) return {ShareOutcome::How::kFailed, s.message()};
  return {ShareOutcome::How::kSavedTo, (folder / std::string(file_name)).string()};
}

void PickTurfFile() {}  // trainers open packages with: puerta path/to/turf.turf

void SetNavigationDepth(int) {}

void WatchLocation(bool) {}

void ReadLocationOnce() {}  // a laptop at a training has no door to locate

void OpenDialer(std::string_view) {}  // a laptop at a training has no dialer

void PublishWidgets(const std::string&) {}

// Files on the computer's disk: kept, offline, nothing for a browser to clear.
DeviceStorage GetDeviceStorage() { return {}; }

// CanvassSession::Wipe empties the FileStore; the device secret goes too (a
// new one is made at the next PIN). Files handed out through ShareFile
// (exports/) are left, like a phone's downloads.
void EraseLocalData() { (void)RemoveDeviceSecret(DefaultDeviceSecretPath()); }

// Read (or made) each time a PIN is set or tried: the file may have been
// erased since, and a fresh one is then made for the next PIN.
std::optional<SecretKey> DeviceSecret() {
  std::string problem;
  auto secret = LoadOrCreateDeviceSecret(DefaultDeviceSecretPath(), problem);
  if (!secret) std::fprintf(stderr, "puerta: no device secret, so the PIN alone guards this copy: %s\n", problem.c_str());
  return secret;
}

// POSIX locale names ("ko_KR.UTF-8"), or GNU's $LANGUAGE list ("vi:en"), as tags.
std::vector<std::string> PreferredLanguages() {
  std::vector<std::string> out;
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    std::string list = value;
    for (std::size_t start = 0; start <= list.size();) {
      const std::size_t end = std::min(list.find(':', start), list.size());
      std::string tag = list.substr(start, end - start);
      tag = tag.substr(0, tag.find_first_of(".@"));
      if (!tag.empty() && tag != "C" && tag != "POSIX") out.push_back(tag);
      start = end + 1;
    }
  }
  return out;
}

WorkbookWriter Workbooks() { return &ExportResponseXlsx; }

std::int64_t NowUnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace puerta::platform
