#include "native/cli/cli.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "native/cli/commands.h"

namespace puerta::cli {
namespace {

int Help(Args, std::ostream& out, std::ostream&);
int Version(Args, std::ostream& out, std::ostream&) {
  out << "puerta " << PUERTA_VERSION << "\n";
  return 0;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"--help", "--help", "show this help", Help},
      {"--version", "--version", "print the version", Version},
      PUERTA_CLI_COMMANDS
  };
  return commands;
}

int Help(Args, std::ostream& out, std::ostream&) {
  out << "Puerta: a canvassing app for grassroots voter-engagement groups.\n\n"
         "usage: puerta                       start the desktop app\n"
         "       puerta FILE.turf             start the desktop app with a turf package\n";
  for (const auto& c : Commands()) {
    out << "       puerta " << c.usage;
    // Long usages put their summary on the next line, in the same column.
    if (c.usage.size() >= 22) out << "\n" << std::string(7 + 7 + 22, ' ');
    else out << std::string(22 - c.usage.size(), ' ');
    out << c.summary << "\n";
  }
  return 0;
}

}  // namespace

int Run(Args args, std::ostream& out, std::ostream& err) {
  if (args.empty()) return -1;
  if (args[0] == "-h" || args[0] == "help") return Help(args, out, err);
  // Longest match first: "list inspect" before "list".
  const Command* best = nullptr;
  std::size_t best_words = 0;
  for (const auto& c : Commands()) {
    std::istringstream words{std::string(c.name)};
    std::string word;
    std::size_t n = 0;
    bool match = true;
    while (words >> word) {
      if (n >= args.size() || args[n] != word) {
        match = false;
        break;
      }
      ++n;
    }
    if (match && n > best_words) {
      best = &c;
      best_words = n;
    }
  }
  if (!best) {
    err << "puerta: unknown command \"" << args[0] << "\" (see puerta --help)\n";
    return 2;
  }
  return best->run(args.subspan(best_words), out, err);
}

bool ReadFile(const std::string& path, std::string& bytes, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "puerta: cannot open " << path << "\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = buffer.str();
  return true;
}

std::string Option(Args args, std::string_view name) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == name) return args[i + 1];
  return {};
}

}  // namespace puerta::cli
