#include "campaign/schema.h"

#include <string>

namespace puerta::campaign {
namespace {

// 1: everything the organizer's desk needs to collect, check and count.
// Text keys (names, ids from the phones) instead of generated ids, so the
// same SQL runs on SQLite and PostgreSQL and re-importing finds what it holds.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE schema_version (
  version BIGINT PRIMARY KEY,
  description TEXT NOT NULL,
  applied_unix BIGINT NOT NULL
);
CREATE TABLE organizations (
  name TEXT PRIMARY KEY
);
CREATE TABLE canvassers (
  organization TEXT NOT NULL REFERENCES organizations(name),
  name TEXT NOT NULL,
  PRIMARY KEY (organization, name)
);
CREATE TABLE turfs (
  turf_id TEXT PRIMARY KEY,
  package_id TEXT NOT NULL,
  name TEXT NOT NULL,
  campaign TEXT NOT NULL,
  organization TEXT NOT NULL,
  utc_offset_minutes BIGINT NOT NULL,
  imported_unix BIGINT NOT NULL
);
CREATE TABLE households (
  turf_id TEXT NOT NULL REFERENCES turfs(turf_id),
  household_id TEXT NOT NULL,
  address TEXT NOT NULL,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  PRIMARY KEY (turf_id, household_id)
);
CREATE TABLE voters (
  turf_id TEXT NOT NULL,
  voter_id TEXT NOT NULL,
  household_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  phone TEXT NOT NULL,
  preferred_language TEXT NOT NULL,
  PRIMARY KEY (turf_id, voter_id),
  FOREIGN KEY (turf_id, household_id) REFERENCES households(turf_id, household_id)
);
CREATE TABLE script_support_ids (
  script_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (script_id, step_id, value)
);
CREATE TABLE import_batches (
  batch_id BIGINT PRIMARY KEY,
  file_name TEXT NOT NULL,
  device_id TEXT NOT NULL,
  how_read TEXT NOT NULL,
  turf_id TEXT NOT NULL,
  package_id TEXT NOT NULL,
  imported_unix BIGINT NOT NULL,
  added BIGINT NOT NULL,
  already_had BIGINT NOT NULL,
  rejected BIGINT NOT NULL,
  review_state TEXT NOT NULL CHECK (review_state IN ('approved', 'has_issues', 'rejected'))
);
CREATE TABLE devices (
  device_id TEXT PRIMARY KEY,
  first_batch BIGINT NOT NULL REFERENCES import_batches(batch_id)
);
CREATE TABLE batch_problems (
  batch_id BIGINT NOT NULL REFERENCES import_batches(batch_id),
  seq BIGINT NOT NULL,
  line BIGINT NOT NULL,
  kind TEXT NOT NULL,
  attempt_id TEXT NOT NULL,
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (batch_id, seq)
);
CREATE TABLE attempts (
  attempt_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  batch_id BIGINT NOT NULL REFERENCES import_batches(batch_id),
  is_latest BIGINT NOT NULL,
  recorded_unix BIGINT NOT NULL,
  time_unix BIGINT NOT NULL,
  day TEXT NOT NULL,
  voter_id TEXT NOT NULL,
  household_id TEXT NOT NULL,
  turf_id TEXT NOT NULL,
  -- A door attempt's door, "TURF_ID/HOUSEHOLD_ID" (households are a turf's),
  -- '' for calls and texts: counted DISTINCT by the report, made once here.
  door TEXT NOT NULL,
  canvasser TEXT NOT NULL,
  organization TEXT NOT NULL,
  campaign TEXT NOT NULL,
  device TEXT NOT NULL,
  channel TEXT NOT NULL,
  result TEXT NOT NULL,
  script_id TEXT NOT NULL,
  script_version BIGINT NOT NULL,
  language TEXT NOT NULL,
  follow_up_due_unix BIGINT NOT NULL,
  follow_up_language TEXT NOT NULL,
  practice BIGINT NOT NULL,
  has_location BIGINT NOT NULL,
  latitude DOUBLE PRECISION NOT NULL,
  longitude DOUBLE PRECISION NOT NULL,
  location_accuracy_m DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (attempt_id, version),
  FOREIGN KEY (organization, canvasser) REFERENCES canvassers(organization, name)
);
-- The version's JSON line exactly as exported (the lossless copy), apart
-- from attempts so that scans for the flags and the report stay narrow.
CREATE TABLE attempt_json (
  attempt_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (attempt_id, version),
  FOREIGN KEY (attempt_id, version) REFERENCES attempts(attempt_id, version)
);
-- Each batch's review state reads its attempts. The report and the flags
-- scan every latest attempt, so indexes by day or voter would only slow
-- collecting (bench/collect_report.sh).
CREATE INDEX attempts_batch ON attempts (batch_id);
CREATE TABLE answers (
  attempt_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  step_id TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (attempt_id, version, step_id, value),
  FOREIGN KEY (attempt_id, version) REFERENCES attempts(attempt_id, version)
);
CREATE TABLE attempt_reviews (
  attempt_id TEXT PRIMARY KEY,
  decision TEXT NOT NULL CHECK (decision IN ('none', 'approved', 'rejected')),
  confirmed BIGINT NOT NULL,
  decided_unix BIGINT NOT NULL
);
CREATE TABLE quality_flags (
  flag_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  organization TEXT NOT NULL,
  canvasser TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TABLE flag_attempts (
  flag_id TEXT NOT NULL REFERENCES quality_flags(flag_id) ON DELETE CASCADE,
  attempt_id TEXT NOT NULL,
  PRIMARY KEY (flag_id, attempt_id)
);
CREATE INDEX flag_attempts_attempt ON flag_attempts (attempt_id);
)sql";

// 2: the scripts handed out (with --turf, or --script), kept whole, so the
// store's exports know each question and its answers in the script's order
// (VAN's survey responses, the CSV's answer columns) without the files again.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE scripts (
  script_id TEXT NOT NULL,
  version BIGINT NOT NULL,
  source TEXT NOT NULL,
  added_unix BIGINT NOT NULL,
  PRIMARY KEY (script_id, version)
);
)sql";

constexpr Migration kMigrations[] = {
    {1, "campaign store: organizations, canvassers, turfs, households, voters, import batches, attempts with "
        "every version, answers, review states, quality flags",
     kVersion1},
    {2, "scripts: each script handed out, kept whole (its JSON as given)", kVersion2},
};

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }
std::int32_t LatestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

std::int32_t SchemaVersionOf(SqlConnection& db) {
  Status status = Status::Ok();
  auto query = db.Prepare("SELECT MAX(version) FROM schema_version", status);
  if (!query || !query->Step()) return 0;  // no table yet: an empty store
  return query->IsNull(0) ? 0 : static_cast<std::int32_t>(query->Int(0));
}

Status MigrateTo(SqlConnection& db, std::int32_t target, std::int64_t now_unix) {
  const std::int32_t at = SchemaVersionOf(db);
  if (at > LatestSchemaVersion())
    return Status::Fail(db.Describe() + ": the campaign store has schema version " + std::to_string(at) +
                        ", newer than this Puerta knows (" + std::to_string(LatestSchemaVersion()) +
                        "); update Puerta to open it");
  for (const Migration& m : kMigrations) {
    if (m.version <= at || m.version > target) continue;
    SqlTransaction transaction(db);
    if (!transaction.begun()) return transaction.begun();
    // Another organizer's collect may have migrated since `at` was read; the
    // transaction's write lock makes this second reading the one that counts.
    if (SchemaVersionOf(db) >= m.version) continue;
    if (Status s = db.Exec(m.sql); !s)
      return Status::Fail(db.Describe() + ": migration " + std::to_string(m.version) + " failed: " + s.message());
    Status status = Status::Ok();
    auto record = db.Prepare("INSERT INTO schema_version (version, description, applied_unix) VALUES (?, ?, ?)", status);
    if (!record) return status;
    record->Bind(1, static_cast<std::int64_t>(m.version));
    record->Bind(2, m.description);
    record->Bind(3, now_unix);
    if (record->Step(); !record->status()) return record->status();
    record.reset();
    if (Status s = transaction.Commit(); !s) return s;
  }
  return Status::Ok();
}

}  // namespace puerta::campaign
