// Writing a file so that it is either all there or not there at all.
//
// The bytes go to a temporary file in the destination's own folder (a rename
// is only atomic within one file system), are flushed to disk (fsync), and
// only then is the file renamed into place. A full disk, a quota, a crash or
// a kill at any moment leaves the old file (or no file), never an empty or
// cut one: an organizer's merged export or secret key is never half written.
//
// A destination that is not a regular file (/dev/stdout, /dev/null, a named
// pipe) is written straight into at Commit(): renaming over it would put a
// regular file in the device's place (as root, /dev/null itself).
//
// Used by the organizer CLI; the desktop app can use it for anything it saves
// outside its state store. Not for the browser: it has no files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace puerta {

struct FileWriteOptions {
  // Permission bits of a newly created file; the process umask still applies.
  // 0600 for whatever only its owner may read (secret keys, opened exports).
  std::uint32_t mode = 0644;
  // false: never replace a file that is already there (the write fails with
  // EEXIST, atomically: no other process can slip a file in between).
  bool replace_existing = true;
};

// What went wrong, for a person: `code` is the errno of the failed step (0
// when all went well), `message` reads "cannot write PATH: REASON".
struct FileWriteError {
  int code = 0;
  std::string message;
  explicit operator bool() const { return code != 0; }  // true when it failed
};

// A file fully written and flushed beside its destination, not yet in place.
// Lets a command stage several files (a key pair, the two VAN files) and put
// them in place only once every one was written. Destroying it without a
// successful Commit() removes the temporary file.
class PendingFile {
 public:
  PendingFile(std::string path, std::string_view bytes, const FileWriteOptions& options = {});
  ~PendingFile();
  PendingFile(PendingFile&& other) noexcept;
  PendingFile& operator=(PendingFile&&) = delete;
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  // Set when writing the temporary file failed; Commit() then does nothing.
  const FileWriteError& error() const { return error_; }
  const std::string& path() const { return path_; }

  // Renames the file into place and flushes the folder. Returns the failure,
  // if any (EEXIST when the destination exists and must not be replaced).
  FileWriteError Commit();

 private:
  std::string path_, temp_path_;  // temp_path_ empty once committed or failed
  bool replace_existing_ = true;
  bool into_device_ = false;  // the destination is a device or pipe: bytes_ are written there at Commit
  std::string bytes_;
  FileWriteError error_;
};

// One file, written atomically: PendingFile + Commit.
FileWriteError WriteFileAtomically(const std::string& path, std::string_view bytes,
                                   const FileWriteOptions& options = {});

}  // namespace puerta
