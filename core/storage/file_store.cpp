#include "storage/file_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace puerta {
namespace {

// Keys become file names: keep letters, digits, '.', '-', '_' and escape the
// rest, so a key can never climb out of the folder.
std::string FileNameFor(std::string_view key) {
  static const char* hex = "0123456789abcdef";
  std::string name;
  for (unsigned char c : key) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      name += static_cast<char>(c);
    } else {
      name += '%';
      name += hex[c >> 4];
      name += hex[c & 15];
    }
  }
  if (name.empty() || name[0] == '.') name = "%" + name;
  return name;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string KeyFor(const std::string& name) {
  std::string key;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] != '%') {
      key += name[i];
    } else if (i + 2 < name.size() && HexDigit(name[i + 1]) >= 0 && HexDigit(name[i + 2]) >= 0) {
      key += static_cast<char>(HexDigit(name[i + 1]) * 16 + HexDigit(name[i + 2]));
      i += 2;
    }  // else: the marker that keeps a name from starting with '.'
  }
  return key;
}

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::Fail(std::strerror(errno));
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return Status::Ok();
}

}  // namespace

FileStore::FileStore(std::filesystem::path folder) : folder_(std::move(folder)) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
}

std::filesystem::path FileStore::DefaultFolder() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "puerta";
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "puerta";
}

std::filesystem::path FileStore::PathFor(std::string_view key) const { return folder_ / FileNameFor(key); }

std::optional<std::string> FileStore::Get(std::string_view key) const {
  std::ifstream in(PathFor(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Status FileStore::Put(std::string_view key, std::string_view value) {
  const auto target = PathFor(key);
  const auto temp = target.string() + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status::Fail("cannot write " + temp + ": " + std::strerror(errno));
  Status written = WriteAll(fd, value);
  if (written.ok() && ::fsync(fd) != 0) written = Status::Fail(std::strerror(errno));
  ::close(fd);
  if (!written.ok()) {
    ::unlink(temp.c_str());
    return Status::Fail("cannot write " + target.string() + ": " + written.message());
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    return Status::Fail("cannot replace " + target.string() + ": " + why);
  }
  // Make the rename itself durable.
  if (int dir = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return Status::Ok();
}

Status FileStore::Remove(std::string_view key) {
  std::error_code ec;
  std::filesystem::remove(PathFor(key), ec);
  if (ec) return Status::Fail("cannot remove " + PathFor(key).string() + ": " + ec.message());
  return Status::Ok();
}

std::vector<std::string> FileStore::Keys() const {
  std::vector<std::string> keys;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder_, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.ends_with(".tmp")) continue;
    if (name.starts_with(".")) continue;  // ".lock" (storage/folder_lock.h) is not a value
    keys.push_back(KeyFor(name));
  }
  return keys;
}

}  // namespace puerta
