#include "export/result_files.h"

#include <ctime>
#include <optional>

#include "crypto/sealed_file.h"
#include "export/json_lines.h"
#include "export/response_csv.h"
#include "export/van_csv.h"

namespace puerta {

Status BuildResultFiles(ResultFormat format, const TurfPackage& turf, std::span<const ContactAttempt> all_versions,
                        std::span<const ContactAttempt> current, std::int64_t now_unix, ResultFiles& out) {
  out = {};
  char stamp[32];
  const std::time_t now = static_cast<std::time_t>(now_unix);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M", &utc);
  const std::string base = "puerta-" + turf.turf_id + "-" + stamp;
  switch (format) {
    case ResultFormat::kSpreadsheet:
      out.files.push_back({base + ".csv", "text/csv", ExportResponseCsv(current)});
      break;
    case ResultFormat::kVan: {
      VanExportOptions options;
      options.utc_offset_minutes = turf.utc_offset_minutes;
      options.scripts = turf.scripts;
      options.result_codes = &turf.result_codes;
      VanExport van = ExportVan(current, options);
      out.files.push_back({base + "-contact-history.csv", "text/csv", std::move(van.contact_history)});
      out.files.push_back({base + "-survey-responses.csv", "text/csv", std::move(van.survey_responses)});
      break;
    }
    case ResultFormat::kLossless:
      out.files.push_back({base + ".jsonl", "application/x-ndjson", ExportJsonLines(all_versions)});
      break;
  }
  if (turf.organizer_public_key.empty()) return Status::Ok();
  Status status = Status::Ok();
  const std::optional<std::string> key = ParseOrganizerPublicKey(turf.organizer_public_key, status);
  if (!key) return Status::Fail("the organizer's key in this turf cannot be read: " + status.message());
  for (ResultFile& file : out.files) {
    file.bytes = SealFile(file.bytes, *key);
    file.name += ".sealed";
    file.mime_type = "application/octet-stream";
  }
  out.sealed = true;
  return Status::Ok();
}

}  // namespace puerta
