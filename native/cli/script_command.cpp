// `puerta script check FILE`: an organizer checks a hand-written script
// before sending it to canvassers' phones. Every problem is printed with its
// JSON path; the exit code is 1 when there is any, so it can gate a CI job.
// Text messages (text_templates) are also held to what a text to a voter
// must say: who is writing, and how to stop the texts (texting/message_template.h).
#include <memory>
#include <ostream>

#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "script/script_parse.h"
#include "texting/message_template.h"

namespace puerta::cli {
namespace {

struct CheckOptions {
  std::string path;
  std::string organization;
};

bool Reported(const std::vector<ScriptProblem>& problems, const std::string& path, const std::string& placeholder) {
  for (const auto& p : problems) {
    if (p.path == path && p.message.find("{" + placeholder + "}") != std::string::npos) return true;
  }
  return false;
}

// One line per text message problem; the script's own problems are already
// in `problems`, so a placeholder the validator named is not named twice.
std::size_t CheckTextMessages(const Script& script, const CheckOptions& options,
                              const std::vector<ScriptProblem>& problems, std::ostream& out) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < script.text_templates.size(); ++i) {
    for (const auto& [language, text] : script.text_templates[i].text) {
      const std::string path = "$.text_templates[" + std::to_string(i) + "].text." + language;
      for (const auto& problem : texting::CheckTemplate(text, language, options.organization)) {
        if (problem.kind == texting::TemplateProblemKind::kUnknownPlaceholder && Reported(problems, path, problem.detail))
          continue;
        out << options.path << ": " << path << ": " << texting::DescribeTemplateProblem(problem, language) << "\n";
        ++count;
      }
    }
  }
  return count;
}

int ScriptCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  std::string bytes;
  if (!ReadOpenedFile(options.path, bytes, err)) return 1;
  Script script;
  const auto problems = CheckScript(bytes, &script);
  for (const auto& p : problems) out << options.path << ": " << FormatProblem(p) << "\n";
  const std::size_t count = problems.size() + CheckTextMessages(script, options, problems, out);
  if (count > 0) {
    out << count << (count == 1 ? " problem\n" : " problems\n");
    return 1;
  }
  out << "ok: " << script.id << " version " << script.version << ", " << script.steps.size() << " steps, languages";
  for (const auto& lang : script.languages) out << " " << lang;
  if (!script.text_templates.empty()) out << ", " << script.text_templates.size() << " text messages";
  out << "\n";
  return 0;
}

}  // namespace

void AddScriptCommands(CLI::App& puerta, const Streams& io, Action& action) {
  CLI::App* script = AddGroup(puerta, "script", "check a canvassing script", io, action);
  auto options = std::make_shared<CheckOptions>();
  CLI::App* check = script->add_subcommand("check", "list every problem in a script, each with its JSON path");
  check->add_option("FILE", options->path, "the script (JSON; see docs/script-format.md)")->type_name("")->required();
  check->add_option("--organization", options->organization,
                    "the organization's name: a text message that writes it out names the organization as "
                    "{organization} does")
      ->type_name("NAME");
  check->callback([options, &io, &action] { action = [options, &io] { return ScriptCheck(*options, io.out, io.err); }; });
}

}  // namespace puerta::cli
