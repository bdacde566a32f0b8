// Reading and writing the organizer's files, the same way in every command.
// Every failure is printed on `err` with its reason, as "puerta: ...".
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "util/atomic_file.h"

namespace puerta::cli {

// The whole file, raw: keys, turf packages, the sealed file `open` opens.
bool ReadFile(const std::string& path, std::string& bytes, std::ostream& err);

// For commands that read what a phone exported, a voter file or a script: a
// sealed file (named *.sealed, or starting with the sealed-file magic) is
// refused once, with the command that opens it, instead of being parsed
// into a page of "not valid JSON".
bool ReadOpenedFile(const std::string& path, std::string& bytes, std::ostream& err);

// True (after saying so) when something is at `path` and `force` is not set:
// a command that must not replace a file checks before doing any work.
bool RefuseToReplace(const std::string& path, bool force, std::string_view why, std::ostream& err);

// Writes atomically (util/atomic_file.h). On failure prints the reason and,
// when the file was already there, `if_exists` (how to replace it).
bool WriteOutputFile(const std::string& path, std::string_view bytes, std::ostream& err,
                     const FileWriteOptions& options = {}, std::string_view if_exists = {});
void PrintWriteError(const FileWriteError& error, std::ostream& err, std::string_view if_exists = {});

}  // namespace puerta::cli
