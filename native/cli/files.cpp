#include "native/cli/files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

#include "crypto/sealed_file.h"

namespace puerta::cli {
namespace {

// Where the opened copy could go: "results.csv.sealed" -> "results.csv",
// "results.csv" (sealed but not so named) -> "results-opened.csv".
std::string OpenedName(const std::string& path) {
  if (path.ends_with(".sealed")) return path.substr(0, path.size() - 7);
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == slash + 1)
    return path + "-opened";
  return path.substr(0, dot) + "-opened" + path.substr(dot);
}

}  // namespace

bool ReadFile(const std::string& path, std::string& bytes, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "puerta: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    err << "puerta: cannot read " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  bytes = buffer.str();
  return true;
}

bool ReadOpenedFile(const std::string& path, std::string& bytes, std::ostream& err) {
  if (!ReadFile(path, bytes, err)) return false;
  if (!path.ends_with(".sealed") && !IsSealedFile(bytes)) return true;
  err << "puerta: " << path << " is sealed: open it first with `puerta open " << path
      << " --key organizer.secret --out " << OpenedName(path) << "`\n";
  return false;
}

bool RefuseToReplace(const std::string& path, bool force, std::string_view why, std::ostream& err) {
  struct stat existing;
  if (force || ::lstat(path.c_str(), &existing) != 0) return false;
  err << "puerta: " << path << " already exists; " << why << "\n";
  return true;
}

void PrintWriteError(const FileWriteError& error, std::ostream& err, std::string_view if_exists) {
  err << "puerta: " << error.message;
  if (error.code == EEXIST && !if_exists.empty()) err << "; " << if_exists;
  err << "\n";
}

bool WriteOutputFile(const std::string& path, std::string_view bytes, std::ostream& err,
                     const FileWriteOptions& options, std::string_view if_exists) {
  const FileWriteError error = WriteFileAtomically(path, bytes, options);
  if (error) PrintWriteError(error, err, if_exists);
  return !error;
}

}  // namespace puerta::cli
