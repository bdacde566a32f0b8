// The organizer's command line: `puerta <command> ...`. Each command is a
// function in its own file under native/cli/, listed in cli.cpp.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

namespace puerta::cli {

using Args = std::span<const std::string>;
using CommandFn = int (*)(Args args, std::ostream& out, std::ostream& err);

struct Command {
  std::string_view name;     // "list inspect"
  std::string_view usage;    // "list inspect FILE [--mapping MAP]"
  std::string_view summary;  // one line for --help
  CommandFn run;
};

// Runs the command named by args (program name excluded). Returns the exit
// code, or -1 when args name no command and the desktop app should start.
int Run(Args args, std::ostream& out, std::ostream& err);

// Helpers shared by commands.
bool ReadFile(const std::string& path, std::string& bytes, std::ostream& err);
// Value of "--name VALUE" in args, or empty.
std::string Option(Args args, std::string_view name);

}  // namespace puerta::cli
