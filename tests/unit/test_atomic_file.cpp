// util/atomic_file: a file is all there or not there. The browser build has
// no files of its own to write (the helper serves the desktop and the CLI),
// so these run natively only. A full disk is tested for real, on a tiny
// tmpfs, by tests/cli/full_disk.sh.
#ifndef __EMSCRIPTEN__
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/atomic_file.h"

using namespace puerta;
namespace fs = std::filesystem;

namespace {

// A fresh empty folder per test case, removed afterwards.
struct ScratchFolder {
  fs::path path;
  ScratchFolder() {
    path = fs::temp_directory_path() / ("puerta-atomic-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchFolder() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
  std::size_t Entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
  static inline int count = 0;
};

std::string Contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

unsigned Mode(const std::string& path) {
  struct stat s;
  REQUIRE(::stat(path.c_str(), &s) == 0);
  return s.st_mode & 0777;
}

}  // namespace

TEST_CASE("atomic write: the file appears whole, with the mode asked for, and no temporary file stays") {
  ScratchFolder dir;
  const std::string path = dir / "secret.key";
  CHECK_FALSE(WriteFileAtomically(path, "s3cret\n", {0600, false}));
  CHECK(Contents(path) == "s3cret\n");
  CHECK(Mode(path) == 0600);
  CHECK(dir.Entries() == 1);
}

TEST_CASE("atomic write: replaces a file, or refuses to when told to keep it") {
  ScratchFolder dir;
  const std::string path = dir / "out.csv";
  REQUIRE_FALSE(WriteFileAtomically(path, "old"));
  CHECK_FALSE(WriteFileAtomically(path, "new"));
  CHECK(Contents(path) == "new");

  const FileWriteError refused = WriteFileAtomically(path, "newer", {0600, false});
  CHECK(refused.code == EEXIST);
  CHECK(refused.message == "cannot write " + path + ": " + std::strerror(EEXIST));
  CHECK(Contents(path) == "new");
  CHECK(dir.Entries() == 1);
}

TEST_CASE("atomic write: a folder that is not there is an error with its reason, and nothing is created") {
  ScratchFolder dir;
  const FileWriteError e = WriteFileAtomically(dir / "missing/out.csv", "x");
  CHECK(e.code == ENOENT);
  CHECK(e.message.find("No such file or directory") != std::string::npos);
  CHECK(dir.Entries() == 0);
}

TEST_CASE("atomic write: a write cut short leaves the old file as it was and no temporary file") {
  ScratchFolder dir;
  const std::string path = dir / "merged.jsonl";
  REQUIRE_FALSE(WriteFileAtomically(path, "the old, complete export\n"));
  // A file-size limit makes write() fail part way, as a full disk does
  // (EFBIG instead of ENOSPC); SIGXFSZ would otherwise kill the test.
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit old_limit;
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
  rlimit small = old_limit;
  small.rlim_cur = 4096;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  const FileWriteError e = WriteFileAtomically(path, std::string(100000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);

  CHECK(e.code == EFBIG);
  CHECK(e.message == "cannot write " + path + ": " + std::strerror(EFBIG));
  CHECK(Contents(path) == "the old, complete export\n");
  CHECK(dir.Entries() == 1);
}

TEST_CASE("pending files: nothing is in place before Commit, and an uncommitted one leaves no trace") {
  ScratchFolder dir;
  {
    PendingFile history(dir / "a-contact-history.csv", "h");
    PendingFile responses(dir / "a-survey-responses.csv", "r");
    CHECK_FALSE(history.error());
    CHECK_FALSE(fs::exists(dir / "a-contact-history.csv"));
    CHECK_FALSE(history.Commit());
    CHECK(Contents(dir / "a-contact-history.csv") == "h");
  }  // responses dropped without Commit
  CHECK_FALSE(fs::exists(dir / "a-survey-responses.csv"));
  CHECK(dir.Entries() == 1);
}
TEST_CASE("a device is written into, never renamed over: /dev/null stays the device, /dev/full says it is full") {
  // As root, a rename onto /dev/null replaced the device node with a regular
  // file, and every later `> /dev/null` on the machine wrote into it.
  CHECK_FALSE(WriteFileAtomically("/dev/null", "an export nobody keeps\n"));
  struct stat null_device;
  REQUIRE(::stat("/dev/null", &null_device) == 0);
  CHECK(S_ISCHR(null_device.st_mode));
  if (::access("/dev/full", W_OK) == 0) {
    const FileWriteError full = WriteFileAtomically("/dev/full", "x");
    CHECK(full.code == ENOSPC);
    struct stat full_device;
    REQUIRE(::stat("/dev/full", &full_device) == 0);
    CHECK(S_ISCHR(full_device.st_mode));
  }
}

#endif
