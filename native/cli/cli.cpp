#include "native/cli/cli.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>
#include <vector>

#include "native/cli/commands.h"

namespace puerta::cli {
namespace {

// The top-level help lists whole command lines (`list inspect FILE`), which
// says more than CLI11's list of first words; those are hidden from it.
constexpr const char* kCommands =
    "Without a command, puerta opens the organizer's workspace (`puerta desk --db CAMPAIGN` opens a campaign);\n"
    "`puerta practice [FILE.turf]` (or `puerta FILE.turf`) opens the canvasser's screens, for trainers.\n"
    "\n"
    "Commands:\n"
    "  puerta list inspect FILE [--mapping MAP]      summarize a voter file as JSON\n"
    "  puerta list route FILE [--start LAT,LON]      print the stops in walk order\n"
    "  puerta script check FILE                      list every problem in a script\n"
    "  puerta export FILE... --format csv|xlsx|van|jsonl [--out PATH]\n"
    "                                                convert attempt exports\n"
    "  puerta cut FILE --doors N --out DIR [--by COL] [--canvassers CSV] [--previous RESULTS [--follow-ups LANG]]\n"
    "                                                cut a voter file into turfs of about N doors\n"
    "  puerta package --list FILE --script SCRIPT... --out TURF [--key PUBLIC]\n"
    "                                                build a turf package\n"
    "  puerta publish OUTDIR [--turf TURF#k=KEY]... [--base-url URL]\n"
    "                                                write the folder to upload: web app and turfs\n"
    "  puerta keys new [--out PREFIX]                make an organizer key pair for sealed exports\n"
    "  puerta open FILE [--key SECRET] [--out PATH]  open a sealed export; check and name the phone that signed it\n"
    "  puerta package ... | puerta handout [--turf TURF]\n"
    "                                                show the turf's link as a QR code on screen\n"
    "  puerta print turf|walk|script TURF#k=KEY --out FILE.pdf [--paper a4|letter] [--languages en,es]\n"
    "                                                print a turf sheet, walk sheet or script booklet\n"
    "  puerta collect --db CAMPAIGN [--key SECRET]... FILE...\n"
    "                                                collect phones' results into a campaign store\n"
    "  puerta report --db CAMPAIGN [--by org,day,...] --format csv|json|pdf [--out PATH]\n"
    "                                                count doors, conversations and IDs per group; pdf: with charts\n"
    "  puerta conflicts|flags|review --db CAMPAIGN   conflicts, quality flags, approve or reject attempts (or a --batch)\n"
    "  puerta followups --db CAMPAIGN [--language CODE] --format csv|json\n"
    "                                                voters waiting for a follow-up, by language\n"
    "  puerta export --db CAMPAIGN --format csv|xlsx|van|jsonl --out PATH\n"
    "                                                export a campaign store's approved attempts (jsonl: all)\n"
    "  puerta receipt FILE... [--key SECRET] [--qr DIR]\n"
    "                                                each phone's receipt code for the results that arrived\n"
    "\n"
    "`puerta COMMAND --help` shows a command's options.";

void BuildApp(CLI::App& puerta, const Streams& io, Action& action) {
  // Subcommands copy the help flag from their parent when added; the footer
  // is set after them, so only the top-level help has it.
  puerta.set_help_flag("-h,--help", "show this help and exit");
  puerta.set_version_flag("--version", std::string("puerta ") + PUERTA_VERSION, "print the version and exit");
  AddListCommands(puerta, io, action);
  AddScriptCommands(puerta, io, action);
  AddExportCommand(puerta, io, action);
  AddCutCommand(puerta, io, action);
  AddPackageCommand(puerta, io, action);
  AddPublishCommand(puerta, io, action);
  AddKeyCommands(puerta, io, action);
  AddHandoutCommand(puerta, io, action);
  AddPrintCommands(puerta, io, action);
  AddCollectCommand(puerta, io, action);
  AddCampaignCommands(puerta, io, action);
  AddReceiptCommand(puerta, io, action);
  for (CLI::App* command : puerta.get_subcommands([](CLI::App*) { return true; })) command->group("");
  puerta.footer(kCommands);
}

// "puerta keys new": the subcommands parsed before an error, for its message.
std::string CommandPath(const CLI::App& puerta) {
  std::string path = "puerta";
  for (const CLI::App* app = &puerta; !app->get_subcommands().empty();) {
    app = app->get_subcommands().front();
    path += " " + app->get_name();
  }
  return path;
}

int ReportParseError(const CLI::App& puerta, const CLI::ParseError& e, const std::vector<std::string>& words,
                     const Streams& io) {
  if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success))  // --help, --version
    return puerta.exit(e, io.out, io.err);
  const std::string path = CommandPath(puerta);
  if (path == "puerta" && dynamic_cast<const CLI::ExtrasError*>(&e) && !words.front().starts_with("-"))
    io.err << "puerta: unknown command \"" << words.front() << "\" (see puerta --help)\n";
  else
    io.err << path << ": " << e.what() << " (see " << path << " --help)\n";
  return 2;
}

// A command that printed its result must not exit 0 when the result never
// arrived (`puerta export ... > /dev/full`).
int CheckOutputWritten(int code, const Streams& io) {
  errno = 0;
  if (io.out.flush()) return code;
  io.err << "puerta: cannot write the output: " << (errno ? std::strerror(errno) : "write error") << "\n";
  return code == 0 ? 1 : code;
}

}  // namespace

CLI::App* AddGroup(CLI::App& puerta, const std::string& name, const std::string& description, const Streams& io,
                   Action& action) {
  CLI::App* group = puerta.add_subcommand(name, description);
  group->callback([group, &io, &action] {
    if (group->get_subcommands().empty())
      action = [group, &io] {
        io.out << group->help("puerta");
        return 0;
      };
  });
  return group;
}

int Run(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
  if (args.empty()) return -1;
  std::vector<std::string> words(args.begin(), args.end());
  if (words.front() == "help") {  // `puerta help [COMMAND...]` is `puerta [COMMAND...] --help`
    words.erase(words.begin());
    words.push_back("--help");
  }
  const Streams io{out, err};
  Action action;
  CLI::App puerta("Puerta: a canvassing app for grassroots voter-engagement groups.", "puerta");
  BuildApp(puerta, io, action);
  try {
    std::vector<std::string> reversed(words.rbegin(), words.rend());  // CLI11 takes them last first
    puerta.parse(std::move(reversed));
  } catch (const CLI::ParseError& e) {
    return CheckOutputWritten(ReportParseError(puerta, e, words, io), io);
  }
  if (!action) {  // only `--` or the like: nothing to do
    err << puerta.help();
    return 2;
  }
  return CheckOutputWritten(action(), io);
}

}  // namespace puerta::cli
