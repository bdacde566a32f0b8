// FolderLock: exactly one writer for a store folder. Two desktop app windows
// on one data folder each appended to the journal and compacted over the
// other's snapshot: about half of 300 acknowledged attempts disappeared. The
// lock is an exclusive flock(2) on "<folder>/.lock", held for the life of the
// object and released by the kernel when the process ends, even by a crash,
// so it never needs cleaning up by hand.
#pragma once

#include <filesystem>
#include <string>

namespace puerta {

class FolderLock {
 public:
  // Tries once, without waiting: held() tells whether this process has it.
  explicit FolderLock(const std::filesystem::path& folder);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

  bool held() const { return fd_ >= 0; }
  // Why it is not held: another process has it, or the folder cannot be used.
  const std::string& problem() const { return problem_; }

 private:
  int fd_ = -1;
  std::string problem_;
};

}  // namespace puerta
