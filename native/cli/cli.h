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

}  // namespace puerta::cli
