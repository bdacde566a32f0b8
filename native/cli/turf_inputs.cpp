#include "native/cli/turf_inputs.h"

#include <cctype>
#include <filesystem>
#include <ostream>

#include "native/cli/files.h"
#include "native/cli/options.h"
#include "script/script_parse.h"
#include "walklist/import.h"

namespace puerta::cli {

std::string Trimmed(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.back())) text.pop_back();
  std::size_t lead = 0;
  while (lead < text.size() && space(text[lead])) ++lead;
  return text.substr(lead);
}

bool ImportWalkList(const ListInput& a, const std::string& command, WalkList& list, std::ostream& err) {
  ImportOptions options;
  if (!a.start.empty()) options.start = ParseLatLon(a.start);  // checked while parsing
  std::string bytes;
  if (!ReadOpenedFile(a.path, bytes, err) || (!a.mapping.empty() && !ReadOpenedFile(a.mapping, options.mapping_json, err)))
    return false;
  ImportResult r = ImportVoterFile(a.path, bytes, options);
  if (!r.usable()) {
    err << "puerta: " << r.fatal << "\n";
    if (!r.mapping_template.empty()) err << r.mapping_template;
    return false;
  }
  for (const auto& note : r.notes) err << "puerta: note: " << r.file << ": " << note << "\n";
  for (const ImportIssue& issue : r.errors) err << "puerta: " << Describe(r, issue) << "\n";
  if (!r.errors.empty()) {
    err << "puerta: " << command << ": " << r.errors.size() << " problem(s) in " << r.file
        << "; fix or remove those rows so no voter is silently left out\n";
    return false;
  }
  if (r.list.households.empty()) {
    err << "puerta: " << command << ": " << r.file << " has no doors to knock\n";
    return false;
  }
  list = std::move(r.list);
  return true;
}

bool ReadScripts(const std::vector<std::string>& paths, const std::string& command, TurfPackage& p, std::ostream& err) {
  std::size_t problems = 0;
  for (const std::string& path : paths) {
    std::string source;
    if (!ReadOpenedFile(path, source, err)) return false;
    source = Trimmed(std::move(source));
    Script script;
    for (const ScriptProblem& problem : CheckScript(source, &script)) {
      err << path << ": " << FormatProblem(problem) << "\n";
      ++problems;
    }
    p.scripts.push_back(std::move(script));
    p.script_sources.push_back(std::move(source));
  }
  if (problems) err << "puerta: " << command << ": " << problems << " script problem(s); nothing was written\n";
  return problems == 0;
}

}  // namespace puerta::cli
