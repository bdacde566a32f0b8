// `puerta script check FILE`: an organizer checks a hand-written script
// before sending it to canvassers' phones. Every problem is printed with its
// JSON path; the exit code is 1 when there is any, so it can gate a CI job.
#include <ostream>

#include "native/cli/commands.h"
#include "script/script_parse.h"

namespace puerta::cli {

int ScriptCheck(Args args, std::ostream& out, std::ostream& err) {
  if (args.size() != 1) {
    err << "usage: puerta script check FILE\n";
    return 2;
  }
  std::string bytes;
  if (!ReadFile(args[0], bytes, err)) return 1;
  Script script;
  const auto problems = CheckScript(bytes, &script);
  for (const auto& p : problems) out << args[0] << ": " << FormatProblem(p) << "\n";
  if (!problems.empty()) {
    out << problems.size() << (problems.size() == 1 ? " problem\n" : " problems\n");
    return 1;
  }
  out << "ok: " << script.id << " version " << script.version << ", " << script.steps.size() << " steps, languages";
  for (const auto& lang : script.languages) out << " " << lang;
  out << "\n";
  return 0;
}

}  // namespace puerta::cli
