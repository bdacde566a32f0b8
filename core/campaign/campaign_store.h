// The organizer's campaign store: every result collected from every phone of
// every partner organization, in one database (docs/campaign-store.md).
// Collect files into it (idempotent: attempt id + version), list conflicts
// and quality flags, record review decisions, and count (report). The store
// logic speaks SQL only through SqlConnection (sql_connection.h), so the
// same store runs on another engine given a connection for it.
//
// Section index (one .cpp each):
//   campaign_store.cpp   opening and migrating; turfs and scripts handed out
//   store_collect.cpp    Collect: one phone file into the store
//   store_flags.cpp      RefreshChecks, Flags: quality flags and batch states
//   store_conflicts.cpp  Conflicts
//   store_review.cpp     Review, AttemptState
//   store_report.cpp     Report (SQL GROUP BY)
//   store_export.cpp     ExportAttempts, ExportAllVersions: what leaves the store as files
//   store_followups.cpp  FollowUps: voters waiting for another visit, by language
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/sql_connection.h"
#include "responses/contact_attempt.h"
#include "script/script.h"
#include "turf/turf_package.h"

namespace puerta::campaign {

// One line of a file that added nothing: file, line and field named.
struct FileProblem {
  std::uint32_t line = 0;  // 0: the whole file
  std::string kind;        // unreadable, invalid, version_differs, other_device
  std::string attempt_id;  // when known
  std::string field;       // JSON path ("$.result"), or "" for the whole line or file
  std::string reason;
};

struct FileImport {
  std::int64_t batch_id = 0;
  std::string device_id;  // the phone that signed it, or ""
  std::string how_read;   // sealed, signed, plain; "" when unreadable
  std::uint32_t added = 0;        // attempt versions new to the store
  std::uint32_t already_had = 0;  // the same id, version and content already held
  std::uint32_t rejected = 0;     // lines or versions refused (each in problems)
  std::vector<FileProblem> problems;
};

struct CollectOptions {
  std::int64_t now_unix = 0;
  std::int32_t utc_offset_minutes = 0;  // where a day starts, for the report's `day`
  // The organization of attempts that name none (a turf packaged without
  // --organization): the partner organization the files came from.
  std::string default_organization;
};

struct QualityFlag {
  std::string flag_id;  // stable: kind and what it is about
  std::string kind;     // contact_rate, fast_doors, location_far, location_missing, location_inaccurate, permanent_result
  std::string organization, canvasser;
  std::string detail;   // for a person: the figures behind it
  bool cleared = false;  // permanent_result only: confirmed by the organizer
  std::vector<std::string> attempt_ids;
};

struct Conflict {
  std::string kind;     // voter, versions, version_differs, other_device
  std::string subject;  // the voter id, or the attempt id
  std::vector<std::string> attempts;  // "attempt_id v2: canvassed by Ana (device …) at 2026-…"
  std::string kept;     // the attempt (and version) that counts
  std::string rule;     // the rule applied, in words
};

enum class ReviewAction { kApprove, kReject, kConfirm };

// One collected file and its review state (approved, has_issues, rejected).
struct Batch {
  std::int64_t batch_id = 0;
  std::string file_name, device_id, review_state;
  std::int64_t added = 0, already_had = 0, rejected = 0;
};

struct ReportQuery {
  std::vector<std::string> by;  // org, canvasser, turf, day, language, channel, script (any order, each once)
  std::string from, to;         // ISO dates, inclusive; empty: open-ended
};

struct ReportRow {
  std::vector<std::string> group;  // one value per ReportQuery::by; the total row: {"total", "", ...}
  std::int64_t attempts = 0, doors_knocked = 0, households_contacted = 0, conversations = 0, support_ids = 0,
               follow_ups = 0;
  double contact_rate = 0;
  std::map<std::string, std::int64_t> follow_ups_by_language;
  std::map<std::string, std::map<std::string, std::int64_t>> answers;  // step -> value -> conversations
};

struct Report {
  std::vector<std::string> by;
  std::vector<ReportRow> rows;  // ordered by the grouping columns; the total last
};

// Which export the store's attempts are chosen for (ExportAttempts).
enum class StoreExportKind {
  kResponses,  // response CSV / workbook: approved attempts only
  kVan,        // VAN: approved, and a permanent result only once confirmed
};

// Attempts left out of an export, for one reason: "rejected", "has issues:
// location_missing, fast_doors" (the flags standing on them), "deceased not
// confirmed" (VAN only; puerta review --confirm).
struct HeldBack {
  std::string reason;
  std::int64_t attempts = 0;
};

struct LosslessFile {
  std::string turf_id, package_id;  // from the header of the files its attempts were collected from
  std::string text;                 // JSON lines: that header, then every version
};

struct StoreExport {
  std::vector<ContactAttempt> attempts;  // the latest version of each attempt that goes, by time
  std::vector<HeldBack> held_back;       // the rest (practice aside), by reason, in that order
};

// A voter waiting for another visit or call (FollowUps): the latest
// follow-up result (Language Barrier, Come Back, Call Back) for the voter,
// unless a later attempt reached them (a conversation, a refusal, or a
// result that stops contact).
struct VoterFollowUp {
  std::string voter_id, turf_id, door, result, day, language, organization, canvasser, attempt_id;
};

// The report's grouping words and the attempts column each reads.
std::optional<std::string_view> ReportColumn(std::string_view by_word);

class CampaignStore {
 public:
  // Opens the store on `db`, applying the migrations it lacks.
  static std::unique_ptr<CampaignStore> Open(std::unique_ptr<SqlConnection> db, std::int64_t now_unix, Status& status);
  // A SQLite file, created when missing.
  static std::unique_ptr<CampaignStore> OpenFile(const std::string& path, std::int64_t now_unix, Status& status);

  SqlConnection& db() { return *db_; }

  // The turf's households (with their doors' coordinates, for the location
  // flags) and voters, and its scripts' support answers. Again: nothing new.
  Status AddTurf(const TurfPackage& turf, std::int64_t now_unix);
  // Which answers count as a support ID (report: support_ids); with its
  // `source` (the script's JSON as given), the script itself, kept whole for
  // the exports (Scripts). A script id and version already held is kept.
  Status AddScript(const Script& script, std::string_view source = {});
  // Every script kept whole, by id and version.
  std::vector<Script> Scripts(Status& status);

  // One phone file, in one transaction: all of it or none of it.
  FileImport Collect(std::string_view file_name, std::string_view bytes, std::span<const std::string> secret_keys,
                     const CollectOptions& options);
  // Recomputes every quality flag and each batch's review state; call after collecting.
  Status RefreshChecks();

  std::vector<QualityFlag> Flags(Status& status);
  std::vector<Conflict> Conflicts(Status& status);

  // An organizer's decision on an attempt (all its versions). kConfirm
  // confirms a permanent result (Deceased, Moved, Hostile) and clears its flag.
  Status Review(std::string_view attempt_id, ReviewAction action, std::int64_t now_unix);
  // approved, has_issues or rejected: approved unless flagged, unless decided.
  std::optional<std::string> AttemptState(std::string_view attempt_id, Status& status);
  // kApprove or kReject on every attempt with a version in import batch
  // `batch_id` (all of each attempt's versions, as Review does), in one
  // transaction; how many attempts. A batch that added nothing is refused.
  std::optional<std::int64_t> ReviewBatch(std::int64_t batch_id, ReviewAction action, std::int64_t now_unix,
                                          Status& status);
  std::optional<std::string> BatchState(std::int64_t batch_id, Status& status);
  std::vector<Batch> Batches(Status& status);  // in the order collected

  std::optional<Report> MakeReport(const ReportQuery& query, Status& status);

  // The latest version of each attempt that may go into `kind` of export,
  // practice left out; the rest counted by why (docs/campaign-store.md).
  std::optional<StoreExport> ExportAttempts(StoreExportKind kind, Status& status);
  // The lossless export: every version of every attempt, rejected and
  // practice ones included, each line exactly as collected (attempt_json).
  // One file per turf and package the attempts were collected from, its
  // header naming them as the phone's did (a turf binds its attempts'
  // doors and voters), so collecting the files gives the same store.
  std::optional<std::vector<LosslessFile>> ExportAllVersions(Status& status);

  // Voters waiting for a follow-up, `language` only when given, by
  // language then day then voter. Practice and rejected attempts do not count.
  std::vector<VoterFollowUp> FollowUps(std::string_view language, Status& status);

 private:
  explicit CampaignStore(std::unique_ptr<SqlConnection> db) : db_(std::move(db)) {}
  Status RefreshBatchStates();
  std::unique_ptr<SqlConnection> db_;
};

// Runs `sql` with `params` bound as text or integers and calls `row` for each
// row: the store's files use it for one-off queries.
class SqlStatement;
Status RunQuery(SqlConnection& db, std::string_view sql, const std::vector<std::string>& params,
                const std::function<void(const SqlStatement&)>& row);

}  // namespace puerta::campaign
