// `puerta export FILE... --format csv|van|jsonl [--out PATH] [--script FILE]...
//  [--utc-offset MINUTES]`: turns lossless JSON-lines exports (one per
// canvasser, merged by attempt id and version) into what the organizer
// needs. csv and jsonl go to --out or standard output; van always writes two
// files, BASE-contact-history.csv and BASE-survey-responses.csv, where BASE is
// --out or the first FILE without its extension (VAN uploads them separately).
// Any damaged line stops the export: a silently shorter file is worse.
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <vector>

#include "export/json_lines.h"
#include "export/response_csv.h"
#include "export/van_csv.h"
#include "native/cli/commands.h"
#include "script/script_parse.h"

namespace puerta::cli {
namespace {

constexpr const char* kUsage =
    "usage: puerta export FILE... --format csv|van|jsonl [--out PATH] [--script FILE]... [--utc-offset MINUTES]\n";

bool WriteFile(const std::string& path, const std::string& bytes, std::ostream& err) {
  std::ofstream file(path, std::ios::binary);
  file << bytes;
  if (!file) err << "puerta: cannot write " << path << "\n";
  return static_cast<bool>(file);
}

struct ExportArgs {
  std::vector<std::string> inputs, scripts;
  std::string format, out, utc_offset = "0";
};

bool ParseArgs(Args args, ExportArgs& a) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string* value = arg == "--format" ? &a.format : arg == "--out" ? &a.out : arg == "--utc-offset" ? &a.utc_offset : nullptr;
    if (arg == "--script" && i + 1 < args.size()) {
      a.scripts.push_back(args[++i]);
    } else if (value && i + 1 < args.size()) {
      *value = args[++i];
    } else if (arg.rfind("--", 0) == 0) {
      return false;
    } else {
      a.inputs.push_back(arg);
    }
  }
  return !a.inputs.empty() && (a.format == "csv" || a.format == "van" || a.format == "jsonl");
}

}  // namespace

int Export(Args args, std::ostream& out, std::ostream& err) {
  ExportArgs a;
  if (!ParseArgs(args, a)) {
    err << kUsage;
    return 2;
  }
  AttemptLog log;
  AttemptMerge merge(log);  // conflicts name the attempt and both files
  bool damaged = false;
  for (const auto& input : a.inputs) {
    std::string bytes;
    if (!ReadFile(input, bytes, err)) return 1;
    const MergeReport report = merge.Import(input, bytes);
    for (const auto& e : report.errors) err << input << ": " << e << "\n";
    for (const auto& w : report.warnings) err << "puerta: " << w << "\n";
    damaged = damaged || !report.errors.empty();
  }
  if (damaged) return 1;

  std::vector<Script> scripts;
  for (const auto& path : a.scripts) {
    std::string bytes;
    if (!ReadFile(path, bytes, err)) return 1;
    Script script;
    if (!CheckScript(bytes, &script).empty()) {
      err << "puerta: " << path << " has problems (see puerta script check)\n";
      return 1;
    }
    scripts.push_back(std::move(script));
  }

  const std::vector<ContactAttempt> current = log.Current();
  if (a.format == "van") {
    const VanExport van = ExportVan(current, {static_cast<std::int32_t>(std::atoi(a.utc_offset.c_str())), scripts, nullptr});
    std::string base = a.out;
    if (base.empty()) base = a.inputs[0].substr(0, a.inputs[0].rfind('.'));
    if (!WriteFile(base + "-contact-history.csv", van.contact_history, err) ||
        !WriteFile(base + "-survey-responses.csv", van.survey_responses, err))
      return 1;
    out << "wrote " << base << "-contact-history.csv and " << base << "-survey-responses.csv\n";
    return 0;
  }
  const std::string text = a.format == "csv" ? ExportResponseCsv(current) : ExportJsonLines(log.AllVersions());
  if (a.out.empty()) {
    out << text;
    return 0;
  }
  return WriteFile(a.out, text, err) ? 0 : 1;
}

}  // namespace puerta::cli
