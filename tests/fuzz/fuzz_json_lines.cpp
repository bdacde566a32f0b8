// libFuzzer target: attempts exports (export/json_lines.h) on arbitrary bytes,
// and the CSVs made from what they hold. Checks: every error names its line;
// every text read is valid UTF-8 without NUL (so nothing else reaches a CSV);
// an attempt read writes back to a line that reads back the same; merging the
// file twice adds nothing the second time and each conflict is named; the CSV
// exports hold no NUL; the header's turf and package write back the same,
// and no more attempts are counted by device than were read.
// Seeds: tests/data/exports.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "export/json_lines.h"
#include "export/response_csv.h"
#include "export/van_csv.h"
#include "util/json_reader.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_json_lines: %s\n", what);
  std::abort();
}

void CheckText(const std::string& s) {
  if (!puerta::json::TextProblem(s).empty()) Fail("text read is not valid UTF-8 or holds a NUL");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const puerta::ParsedJsonLines parsed = puerta::ParseJsonLines(text);
  for (const auto& e : parsed.errors)
    if (!e.starts_with("line ")) Fail("an error does not name its line");
  // The header's turf and package (read for the hand-out check) write back the same.
  CheckText(parsed.origin.turf_id), CheckText(parsed.origin.package_id);
  if (parsed.header_read) {
    const puerta::ParsedJsonLines header = puerta::ParseJsonLines(puerta::ExportJsonLines({}, false, parsed.origin));
    if (!header.errors.empty() || header.origin.turf_id != parsed.origin.turf_id ||
        header.origin.package_id != parsed.origin.package_id)
      Fail("a header's turf and package do not write back the same");
  }
  for (const auto& a : parsed.attempts) {
    for (const std::string* s : {&a.attempt_id, &a.voter_id, &a.voter_name, &a.household_id, &a.canvasser,
                                 &a.organization, &a.campaign, &a.script_id, &a.language, &a.notes,
                                 &a.follow_up.language})
      CheckText(*s);
    for (const auto& [step, values] : a.answers) {
      CheckText(step);
      for (const auto& v : values) CheckText(v);
    }
    const std::string line = "{\"format\":\"puerta-attempts\",\"format_version\":1}\n" + puerta::AttemptToJson(a) + "\n";
    const puerta::ParsedJsonLines back = puerta::ParseJsonLines(line);
    if (!back.errors.empty() || back.attempts.size() != 1 || !(back.attempts[0] == a))
      Fail("an attempt read does not write back the same");
  }
  puerta::AttemptLog log;
  const puerta::MergeReport first = puerta::ImportJsonLines(text, log);
  const puerta::MergeReport again = puerta::ImportJsonLines(text, log);
  // The second time, what was added is a duplicate and what conflicted still does.
  if (again.added != 0 || again.conflicts != first.conflicts || again.duplicates != first.added + first.duplicates)
    Fail("merging the same file twice did not find what the first merge left");
  if (first.warnings.size() != first.conflicts + first.other_device) Fail("a conflict without its warning");
  std::size_t by_device = 0;
  for (const auto& d : first.by_device) by_device += d.attempts;
  if (by_device > parsed.attempts.size()) Fail("more attempts counted by device than read");
  if (first.added + first.duplicates + first.conflicts + first.other_device + first.errors.size() <
      parsed.attempts.size() + parsed.errors.size())
    Fail("an attempt read was neither merged nor reported");
  const auto current = log.Current();
  const std::string csv = puerta::ExportResponseCsv(current, {});
  const puerta::VanExport van = puerta::ExportVan(current, {});
  for (const std::string* out : {&csv, &van.contact_history, &van.survey_responses})
    if (out->find('\0') != std::string::npos) Fail("a NUL reached a CSV");
  return 0;
}
