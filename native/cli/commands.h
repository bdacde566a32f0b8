// The commands. Each file native/cli/<subject>_command.cpp adds its
// subcommands to the `puerta` CLI11 app; cli.cpp calls every Add* below.
// To add a command: write such a function, declare it here, call it in
// cli.cpp's BuildApp, and list its usage in cli.cpp's help footer.
#pragma once

#include <functional>
#include <iosfwd>

#include <CLI/CLI.hpp>

namespace puerta::cli {

struct Streams {
  std::ostream& out;
  std::ostream& err;
};

// What the command line asked for, run once it parsed without error: a
// subcommand's CLI11 callback sets it (parsing may still fail after that).
using Action = std::function<int()>;

void AddListCommands(CLI::App& puerta, const Streams& io, Action& action);    // list inspect, list route
void AddScriptCommands(CLI::App& puerta, const Streams& io, Action& action);  // script check
void AddExportCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddPackageCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddCutCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddPublishCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddReceiptCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddKeyCommands(CLI::App& puerta, const Streams& io, Action& action);     // keys new, open
void AddHandoutCommand(CLI::App& puerta, const Streams& io, Action& action);  // handout (a window)
void AddPrintCommands(CLI::App& puerta, const Streams& io, Action& action);   // print turf, walk, script
void AddCollectCommand(CLI::App& puerta, const Streams& io, Action& action);
void AddCampaignCommands(CLI::App& puerta, const Streams& io, Action& action);  // conflicts, flags, review, report

// A group word (`list`, `keys`): alone, or with --help, it lists its
// subcommands on standard output and exits 0.
CLI::App* AddGroup(CLI::App& puerta, const std::string& name, const std::string& description, const Streams& io,
                   Action& action);

}  // namespace puerta::cli
