#include "export/result_files.h"

#include <ctime>
#include <optional>

#include "crypto/sealed_file.h"
#include "export/json_lines.h"
#include "export/response_csv.h"
#include "export/van_csv.h"

namespace puerta {
namespace {

std::vector<ContactAttempt> NamingDevice(std::span<const ContactAttempt> attempts, const std::string& device) {
  std::vector<ContactAttempt> out(attempts.begin(), attempts.end());
  for (ContactAttempt& a : out)
    if (a.device.empty()) a.device = device;
  return out;
}

}  // namespace

Status BuildResultFiles(ResultFormat format, const TurfPackage& turf, std::span<const ContactAttempt> all_versions_in,
                        std::span<const ContactAttempt> current_in, std::int64_t now_unix, const DeviceKey& signer,
                        ResultFiles& out, WorkbookWriter workbook) {
  out = {};
  const std::string device = signer.device_id();
  const std::vector<ContactAttempt> all_versions = NamingDevice(all_versions_in, device);
  const std::vector<ContactAttempt> current = NamingDevice(current_in, device);
  char stamp[32];
  const std::time_t now = static_cast<std::time_t>(now_unix);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M", &utc);
  const std::string base = "puerta-" + turf.turf_id + "-" + stamp;
  switch (format) {
    case ResultFormat::kSpreadsheet:
      out.files.push_back({base + ".csv", "text/csv", ExportResponseCsv(current, turf.scripts)});
      break;
    case ResultFormat::kWorkbook: {
      if (!workbook) return Status::Fail("no .xlsx writer on this platform");
      Status status = Status::Ok();
      std::optional<std::string> book = workbook(current, turf.scripts, status);
      if (!book) return Status::Fail("the workbook could not be written: " + status.message());
      out.files.push_back({base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(*book)});
      break;
    }
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
      out.files.push_back({base + ".jsonl", "application/x-ndjson", ExportJsonLines(all_versions, false, {turf.turf_id, turf.package_id})});
      break;
  }
  // Signed before sealing: the organizer opens, then verifies (docs/export-formats.md).
  // Without an organizer key only the lossless file is signed: it is the one
  // the organizer's tools merge; the spreadsheet and VAN files of such a turf
  // go straight to a spreadsheet or VAN, which cannot read a signed envelope.
  const bool sealed = !turf.organizer_public_key.empty();
  if (sealed || format == ResultFormat::kLossless)
    for (ResultFile& file : out.files) file.bytes = signer.Sign(file.bytes);
  if (!sealed) return Status::Ok();
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

std::optional<CheckedExport> CheckSignedExport(std::string_view file, Status& status) {
  std::optional<VerifiedFile> verified = VerifySignedFile(file, status);
  if (!verified) return std::nullopt;
  // Read as attempts whatever its first bytes: a CSV yields none (its first
  // line is not the header), a reformatted JSON-lines file is still checked.
  const ParsedJsonLines parsed = ParseJsonLines(verified->payload);
  for (const ContactAttempt& a : parsed.attempts) {
    if (a.device == verified->device_id) continue;
    status = Status::Fail("signed by device " + verified->device_id + " but attempt " + a.attempt_id + " version " +
                          std::to_string(a.version) + " says it was recorded by " +
                          (a.device.empty() ? std::string("no device") : "device " + a.device) +
                          "; a phone signs only what it recorded, so this file was put together elsewhere");
    return std::nullopt;
  }
  status = Status::Ok();
  CheckedExport checked{std::move(verified->payload), std::move(verified->device_id), parsed.header_read,
                        parsed.origin, AttemptsByDevice(parsed.attempts)};
  return checked;
}

}  // namespace puerta
