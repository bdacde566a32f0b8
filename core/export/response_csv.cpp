#include "export/response_csv.h"

#include <array>

#include "export/csv_writer.h"
#include "responses/attempt_time.h"

namespace puerta {
namespace {

constexpr std::array<std::string_view, 18> kColumns = {
    "attempt_id", "version",        "time_utc",  "voter_id",     "voter_name",   "household_id",
    "canvasser",  "organization",   "campaign",  "channel",      "result",       "script_id",
    "script_version", "language",   "answers",   "follow_up_due_utc", "follow_up_language",
    "notes",
};

}  // namespace

std::span<const std::string_view> ResponseCsvColumns() { return kColumns; }

std::string AnswersCell(const Answers& answers) {
  std::string cell;
  for (const auto& [step, values] : answers) {
    if (!cell.empty()) cell += "; ";
    cell += step + "=";
    for (std::size_t i = 0; i < values.size(); ++i) cell += (i ? "|" : "") + values[i];
  }
  return cell;
}

std::string ExportResponseCsv(std::span<const ContactAttempt> attempts) {
  CsvWriter csv({kColumns.begin(), kColumns.end()});
  for (const auto& a : attempts) {
    if (a.practice) continue;
    csv.Row({a.attempt_id, std::to_string(a.version), IsoDateTime(a.time_unix) + "Z", a.voter_id, a.voter_name,
             a.household_id, a.canvasser, a.organization, a.campaign, std::string(ChannelKey(a.channel)),
             std::string(Info(a.result).key), a.script_id, a.script_version ? std::to_string(a.script_version) : "",
             a.language, AnswersCell(a.answers),
             a.follow_up.due_unix ? IsoDateTime(a.follow_up.due_unix) + "Z" : "", a.follow_up.language, a.notes});
  }
  return csv.Text();
}

}  // namespace puerta
