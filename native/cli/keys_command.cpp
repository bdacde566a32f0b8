// `puerta keys new` and `puerta open`: the organizer's half of sealed exports
// (crypto/sealed_file.h). The public key goes into turf packages
// (`puerta package --key`); phones seal response files to it, and only the
// secret key opens them again.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>

#include "crypto/sealed_file.h"
#include "native/cli/commands.h"

namespace puerta::cli {
namespace {

// Creates `path` with `mode`, refusing to replace a file: overwriting an
// organizer's secret key would make every file sealed to it unreadable.
bool CreateNew(const std::string& path, const std::string& text, mode_t mode, std::ostream& err) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
  if (fd < 0) {
    err << "puerta: cannot create " << path << ": " << std::strerror(errno)
        << (errno == EEXIST ? " (keys are never overwritten; choose another --out)" : "") << "\n";
    return false;
  }
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = done == text.size() && ::fsync(fd) == 0;
  if (::close(fd) != 0 || !ok) {
    err << "puerta: cannot write " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  return true;
}

}  // namespace

int KeysNew(Args args, std::ostream& out, std::ostream& err) {
  std::string prefix = "organizer";
  if (args.size() == 2 && args[0] == "--out") prefix = args[1];
  else if (!args.empty()) {
    err << "usage: puerta keys new [--out PREFIX]\n";
    return 2;
  }
  const OrganizerKeyPair pair = NewOrganizerKeyPair();
  const std::string public_path = prefix + ".public", secret_path = prefix + ".secret";
  if (!CreateNew(secret_path, pair.secret_text + "\n", S_IRUSR | S_IWUSR, err)) return 1;
  if (!CreateNew(public_path, pair.public_text + "\n", S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH, err)) {
    ::unlink(secret_path.c_str());  // half a pair is no use
    return 1;
  }
  out << "public key: " << public_path << "  (put it in turf packages: puerta package --key " << public_path << ")\n"
      << "secret key: " << secret_path << "  (only you may read it; it opens sealed exports: puerta open FILE --key "
      << secret_path << ")\n"
      << "Keep a copy of the secret key somewhere safe. If it is lost, files sealed to this public key can never be opened.\n";
  return 0;
}

int Open(Args args, std::ostream& out, std::ostream& err) {
  const std::string key_path = Option(args, "--key"), out_path = Option(args, "--out");
  if (args.empty() || args[0].starts_with("--") || key_path.empty() || args.size() != (out_path.empty() ? 3u : 5u)) {
    err << "usage: puerta open FILE --key SECRET_KEY_FILE [--out PATH]\n";
    return 2;
  }
  std::string sealed, key;
  if (!ReadFile(args[0], sealed, err) || !ReadFile(key_path, key, err)) return 1;
  Status status = Status::Ok();
  const std::optional<std::string> contents = OpenSealedFile(sealed, key, status);
  if (!contents) {
    err << "puerta: " << args[0] << ": " << status.message() << "\n";
    return 1;
  }
  if (out_path.empty()) {
    out << *contents;
    return out ? 0 : 1;
  }
  std::ofstream file(out_path, std::ios::binary);
  file << *contents;
  if (!file.flush()) {
    err << "puerta: cannot write " << out_path << "\n";
    return 1;
  }
  err << "puerta: opened " << args[0] << " into " << out_path << " (" << contents->size() << " bytes)\n";
  return 0;
}

}  // namespace puerta::cli
