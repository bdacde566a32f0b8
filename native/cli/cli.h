// The organizer's command line: `puerta COMMAND ...`, parsed with CLI11.
// Commands register themselves from their own files (commands.h).
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace puerta::cli {

// Runs the command named by args (program name excluded) and returns the
// exit code: 0 done (or help shown), 1 the command failed, 2 the command line
// is wrong (unknown command or option, missing or malformed value). Returns
// -1 when args are empty: the desktop app should start.
int Run(std::span<const std::string> args, std::ostream& out, std::ostream& err);

// `puerta handout` opens a window: the desktop binary (native/main.cpp), which
// has one, registers how. The link is passed in memory, never on a command
// line (where `ps` and shell history would keep the key).
struct HandoutRequest {
  std::string link;        // may be empty: the window asks for it
  std::string turf_name;   // --turf: the file's name, and its bytes
  std::string turf_bytes;
  std::string turf_path;   // as given: the window's Print writes the sheets beside it
};
using HandoutWindow = int (*)(const HandoutRequest& request);
void SetHandoutWindow(HandoutWindow window);

}  // namespace puerta::cli
