// `puerta script check FILE`: an organizer checks a hand-written script
// before sending it to canvassers' phones. Every problem is printed with its
// JSON path; the exit code is 1 when there is any, so it can gate a CI job.
#include <memory>
#include <ostream>

#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "script/script_parse.h"

namespace puerta::cli {
namespace {

int ScriptCheck(const std::string& path, std::ostream& out, std::ostream& err) {
  std::string bytes;
  if (!ReadOpenedFile(path, bytes, err)) return 1;
  Script script;
  const auto problems = CheckScript(bytes, &script);
  for (const auto& p : problems) out << path << ": " << FormatProblem(p) << "\n";
  if (!problems.empty()) {
    out << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
    return 1;
  }
  out << "ok: " << script.id << " version " << script.version << ", " << script.steps.size() << " steps, languages";
  for (const auto& lang : script.languages) out << " " << lang;
  out << "\n";
  return 0;
}

}  // namespace

void AddScriptCommands(CLI::App& puerta, const Streams& io, Action& action) {
  CLI::App* script = AddGroup(puerta, "script", "check a canvassing script", io, action);
  auto path = std::make_shared<std::string>();
  CLI::App* check = script->add_subcommand("check", "list every problem in a script, each with its JSON path");
  check->add_option("FILE", *path, "the script (JSON; see docs/script-format.md)")->type_name("")->required();
  check->callback([path, &io, &action] { action = [path, &io] { return ScriptCheck(*path, io.out, io.err); }; });
}

}  // namespace puerta::cli
