#include "storage/device_secret_file.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include <sodium.h>

#include "util/atomic_file.h"

namespace puerta {
namespace {

constexpr std::string_view kMagic = "PDS1";

std::optional<SecretKey> Read(const std::filesystem::path& file, std::string& problem) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    problem = file.string() + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.size() != kMagic.size() + SecretKey::kSize || !bytes.starts_with(kMagic)) {
    problem = file.string() + ": not a Puerta device key";
    sodium_memzero(bytes.data(), bytes.size());
    return std::nullopt;
  }
  SecretKey key;
  std::copy(bytes.begin() + kMagic.size(), bytes.end(), reinterpret_cast<char*>(key.data()));
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

}  // namespace

std::filesystem::path DefaultDeviceSecretPath() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "puerta" / "device.key";
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".config" / "puerta" / "device.key";
}

std::optional<SecretKey> LoadOrCreateDeviceSecret(const std::filesystem::path& file, std::string& problem) {
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) return Read(file, problem);
  if (!InitCrypto()) {
    problem = "this computer offers no secure randomness";
    return std::nullopt;
  }
  const auto folder = file.parent_path();
  if (!std::filesystem::exists(folder, ec)) {
    std::filesystem::create_directories(folder, ec);
    if (!ec) ::chmod(folder.c_str(), 0700);
  }
  std::string bytes(kMagic);
  bytes.resize(kMagic.size() + SecretKey::kSize);
  randombytes_buf(bytes.data() + kMagic.size(), SecretKey::kSize);
  const FileWriteError error = WriteFileAtomically(file.string(), bytes, {0600, /*replace_existing=*/false});
  sodium_memzero(bytes.data(), bytes.size());
  // EEXIST: another process made it first; everyone uses that one.
  if (error && error.code != EEXIST) {
    problem = error.message;
    return std::nullopt;
  }
  return Read(file, problem);
}

Status RemoveDeviceSecret(const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::remove(file, ec);
  return ec ? Status::Fail(file.string() + ": " + ec.message()) : Status::Ok();
}

}  // namespace puerta
