#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

namespace puerta {
namespace {

FileWriteError Failure(int code, const std::string& path) {
  return {code, "cannot write " + path + ": " + std::strerror(code)};
}

std::string FolderOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// ".NAME.tmp-PID-N" beside NAME: hidden, and unique between processes (pid)
// and within one (counter). A name left by a killed process is skipped.
std::string TemporaryName(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  const std::size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return folder + "." + name + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

int WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;  // a regular file never takes nothing; do not spin
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

// Makes the rename itself survive a power cut. Some file systems cannot sync
// a folder; the file's own contents are already on disk, so that is not fatal.
void SyncFolder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Puts `temp` at `path` unless something is there. link() fails with EEXIST
// atomically; on a file system without hard links (FAT, some network mounts)
// fall back to looking first, which leaves a tiny window for a race.
int MoveIntoPlaceWithoutReplacing(const std::string& temp, const std::string& path) {
  if (::link(temp.c_str(), path.c_str()) == 0) {
    ::unlink(temp.c_str());
    return 0;
  }
  const int link_error = errno;
  if (link_error != EPERM && link_error != ENOSYS && link_error != EOPNOTSUPP && link_error != EMLINK)
    return link_error;
  struct stat existing;
  if (::lstat(path.c_str(), &existing) == 0) return EEXIST;
  return ::rename(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
}

}  // namespace

PendingFile::PendingFile(std::string path, std::string_view bytes, const FileWriteOptions& options)
    : path_(std::move(path)), replace_existing_(options.replace_existing) {
  // Not a file but a device or a pipe (stat follows /dev/stdout's link):
  // nothing can be half written there, and a rename would replace the node.
  struct stat target;
  if (::stat(path_.c_str(), &target) == 0 && !S_ISREG(target.st_mode) && !S_ISDIR(target.st_mode)) {
    into_device_ = true;
    bytes_ = std::string(bytes);
    return;
  }
  int fd = -1, open_error = 0;
  for (int tries = 0; fd < 0 && tries < 100; ++tries) {
    temp_path_ = TemporaryName(path_);
    fd = ::open(temp_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(options.mode));
    open_error = fd < 0 ? errno : 0;
    if (open_error != 0 && open_error != EEXIST) break;
  }
  if (fd < 0) {
    error_ = Failure(open_error, path_);
    temp_path_.clear();
    return;
  }
  int code = WriteAll(fd, bytes);
  if (code == 0 && ::fsync(fd) != 0) code = errno;
  // close() can be where a network file system reports a failed write.
  if (::close(fd) != 0 && code == 0) code = errno;
  if (code != 0) {
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
    error_ = Failure(code, path_);
  }
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_path_(std::exchange(other.temp_path_, {})),
      replace_existing_(other.replace_existing_),
      into_device_(std::exchange(other.into_device_, false)),
      bytes_(std::move(other.bytes_)),
      error_(std::move(other.error_)) {}

PendingFile::~PendingFile() {
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

FileWriteError PendingFile::Commit() {
  if (error_) return error_;
  if (into_device_) {
    into_device_ = false;
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Failure(errno, path_);
    const int code = WriteAll(fd, bytes_);
    ::close(fd);
    bytes_.clear();
    return code ? Failure(code, path_) : FileWriteError{};
  }
  if (temp_path_.empty()) return {};  // already committed
  const int code = replace_existing_ ? (::rename(temp_path_.c_str(), path_.c_str()) == 0 ? 0 : errno)
                                     : MoveIntoPlaceWithoutReplacing(temp_path_, path_);
  if (code != 0) return Failure(code, path_);  // the destructor removes the temporary file
  temp_path_.clear();
  SyncFolder(FolderOf(path_));
  return {};
}

FileWriteError WriteFileAtomically(const std::string& path, std::string_view bytes, const FileWriteOptions& options) {
  PendingFile file(path, bytes, options);
  return file.Commit();
}

}  // namespace puerta
