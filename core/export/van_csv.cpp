#include "export/van_csv.h"

#include <array>

#include "export/csv_writer.h"
#include "responses/attempt_time.h"
#include "script/localized_text.h"

namespace puerta {
namespace {

constexpr std::array<std::string_view, 6> kHistory = {"Voter File VANID", "Contact Name", "Date Canvassed",
                                                      "Result",           "Contact Type", "Canvassed By"};
constexpr std::array<std::string_view, 6> kSurvey = {"Voter File VANID", "Date Canvassed", "Survey Question Name",
                                                     "Survey Response",  "Canvassed By",   "Contact Type"};

// The response as VAN lists it: an option's label in the script's fallback
// language (the one the organizer set up VAN in), "Yes"/"No", or the value.
std::string ResponseName(const Script& script, const Step& step, const std::string& value) {
  if (const Option* option = step.FindOption(value))
    return Localize(option->label, script.fallback_language, script.fallback_language);
  if (step.kind == StepKind::kYesNo) return value == "yes" ? "Yes" : "No";
  return value;
}

}  // namespace

std::span<const std::string_view> VanContactHistoryColumns() { return kHistory; }
std::span<const std::string_view> VanSurveyResponseColumns() { return kSurvey; }

VanExport ExportVan(std::span<const ContactAttempt> attempts, const VanExportOptions& options) {
  const ResultCodeSet defaults;
  const ResultCodeSet& codes = options.result_codes ? *options.result_codes : defaults;
  CsvWriter history({kHistory.begin(), kHistory.end()});
  CsvWriter survey({kSurvey.begin(), kSurvey.end()});
  std::size_t skipped = 0;
  for (const auto& a : attempts) {
    if (a.practice) continue;
    const std::string date = UsDate(a.time_unix, options.utc_offset_minutes);
    const std::string type(VanContactType(a.channel));
    history.Row({a.voter_id, a.voter_name, date, codes.VanName(a.result), type, a.canvasser});
    if (a.result != ResultCode::kCanvassed) continue;
    const Script* script = FindScript(options.scripts, a.script_id, a.script_version);
    if (!script) {
      skipped += a.answers.size();
      continue;
    }
    for (const Step& step : script->steps) {  // in script order
      const auto answer = a.answers.find(step.id);
      if (answer == a.answers.end() || !step.GoesToVanSurvey()) continue;
      for (const auto& v : answer->second)
        survey.Row({a.voter_id, date, step.QuestionName(), ResponseName(*script, step, v), a.canvasser, type});
    }
  }
  return {history.Text(), survey.Text(), skipped};
}

}  // namespace puerta
