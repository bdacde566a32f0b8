// What leaves the store as files. The response CSV and VAN get the latest
// version of each approved attempt, read back from the JSON line it was
// collected as (attempt_json), so the store's exports are written by the same
// writers as a phone's files (export/response_csv.h, export/van_csv.h).
// Held back, and counted by why:
//  - rejected attempts (they stay in the store and its lossless export);
//  - attempts with issues (a flag stands on them) until the organizer
//    approves them (puerta review --approve);
//  - for VAN, a permanent result (Deceased, Moved, Hostile) until confirmed
//    (puerta review --confirm), even when approved: VAN acts on it for good.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "campaign/campaign_store.h"
#include "campaign/quality_rules.h"
#include "campaign/store_sql.h"
#include "export/json_lines.h"

namespace puerta::campaign {
namespace {

constexpr std::string_view kHeader = "{\"format\":\"puerta-attempts\",\"format_version\":1}\n";

bool IsPermanent(std::string_view result) {
  return std::find(std::begin(kPermanentResults), std::end(kPermanentResults), result) != std::end(kPermanentResults);
}

// The flags standing on each attempt that has issues (a confirmed permanent
// result's flag no longer stands), as "kind, kind".
Status StandingFlags(SqlConnection& db, std::map<std::string, std::set<std::string>>& kinds) {
  return RunQuery(db,
                  "SELECT fa.attempt_id, f.kind FROM flag_attempts fa JOIN quality_flags f ON f.flag_id = fa.flag_id "
                  "WHERE NOT (f.kind = 'permanent_result' AND EXISTS (SELECT 1 FROM attempt_reviews r "
                  "WHERE r.attempt_id = fa.attempt_id AND r.confirmed = 1))",
                  {}, [&](const SqlStatement& r) { kinds[r.Text(0)].insert(r.Text(1)); });
}

}  // namespace

std::optional<StoreExport> CampaignStore::ExportAttempts(StoreExportKind kind, Status& status) {
  std::map<std::string, std::set<std::string>> flags;
  status = StandingFlags(*db_, flags);
  if (!status) return std::nullopt;
  std::string lines(kHeader);
  std::map<std::string, std::int64_t> held;
  std::vector<std::string> order;  // reasons in the order first met, for a stable message
  auto hold = [&](const std::string& reason) {
    if (held[reason]++ == 0) order.push_back(reason);
  };
  status = RunQuery(
      *db_,
      "SELECT a.attempt_id, a.result, " + std::string(sql::kAttemptState) +
          ", (SELECT COUNT(*) FROM attempt_reviews r WHERE r.attempt_id = a.attempt_id AND r.confirmed = 1), j.content "
          "FROM attempts a JOIN attempt_json j ON j.attempt_id = a.attempt_id AND j.version = a.version "
          "WHERE a.is_latest = 1 AND a.practice = 0 ORDER BY a.time_unix, a.attempt_id",
      {}, [&](const SqlStatement& r) {
        const std::string result = r.Text(1), state = r.Text(2);
        if (state == "rejected") return hold("rejected");
        if (kind == StoreExportKind::kVan && IsPermanent(result) && r.Int(3) == 0)
          return hold(result + " not confirmed");
        if (state == "has_issues") {
          std::string reason = "has issues:";
          for (const std::string& k : flags[r.Text(0)]) reason += (reason.back() == ':' ? " " : ", ") + k;
          return hold(reason);
        }
        lines += r.Text(4);
        lines += '\n';
      });
  if (!status) return std::nullopt;
  ParsedJsonLines parsed = ParseJsonLines(lines);
  if (!parsed.errors.empty()) {
    // Every line was checked when collected: this is a damaged store.
    status = Status::Fail(db_->Describe() + ": an attempt kept in the store no longer reads: " + parsed.errors.front());
    return std::nullopt;
  }
  StoreExport out{std::move(parsed.attempts), {}};
  for (const std::string& reason : order) out.held_back.push_back({reason, held[reason]});
  return out;
}

std::optional<std::vector<LosslessFile>> CampaignStore::ExportAllVersions(Status& status) {
  std::vector<LosslessFile> files;
  status = RunQuery(*db_,
                    "SELECT b.turf_id, b.package_id, j.content FROM attempt_json j "
                    "JOIN attempts a ON a.attempt_id = j.attempt_id AND a.version = j.version "
                    "JOIN import_batches b ON b.batch_id = a.batch_id "
                    "ORDER BY b.turf_id, b.package_id, j.attempt_id, j.version",
                    {}, [&](const SqlStatement& r) {
                      if (files.empty() || files.back().turf_id != r.Text(0) || files.back().package_id != r.Text(1)) {
                        // The header as the phone's writer makes it.
                        ExportOrigin origin{r.Text(0), r.Text(1)};
                        files.push_back({origin.turf_id, origin.package_id, ExportJsonLines({}, false, origin)});
                      }
                      files.back().text += r.Text(2);
                      files.back().text += '\n';
                    });
  return status ? std::optional(std::move(files)) : std::nullopt;
}

}  // namespace puerta::campaign
