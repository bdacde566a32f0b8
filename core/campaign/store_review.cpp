// Review: an organizer's decision on an attempt, applied to all its versions.
// Nothing waits on a click: an attempt is approved unless a flag stands on
// it (store_sql.h, kAttemptState). Rejected attempts stay in the store (and
// in its lossless export) but leave the counts.
#include "campaign/campaign_store.h"
#include "campaign/quality_rules.h"
#include "campaign/store_sql.h"

namespace puerta::campaign {

Status CampaignStore::Review(std::string_view attempt_id, ReviewAction action, std::int64_t now_unix) {
  std::int64_t versions = 0;
  std::string result;
  if (Status s = RunQuery(*db_, "SELECT COUNT(*), MAX(CASE WHEN is_latest = 1 THEN result END) FROM attempts "
                                "WHERE attempt_id = ?",
                          {std::string(attempt_id)},
                          [&](const SqlStatement& r) {
                            versions = r.Int(0);
                            result = r.Text(1);
                          });
      !s)
    return s;
  if (versions == 0) return Status::Fail("no attempt " + std::string(attempt_id) + " in " + db_->Describe());
  if (action == ReviewAction::kConfirm) {
    bool permanent = false;
    for (std::string_view key : kPermanentResults) permanent = permanent || key == result;
    if (!permanent)
      return Status::Fail("attempt " + std::string(attempt_id) + " is " + result +
                          ", not a result that needs confirming (deceased, moved, hostile)");
  }
  SqlTransaction transaction(*db_);
  if (!transaction.begun()) return transaction.begun();
  // An upsert both SQLite (3.24+) and PostgreSQL (9.5+) run as written.
  const std::string sql =
      action == ReviewAction::kConfirm
          ? "INSERT INTO attempt_reviews (attempt_id, decision, confirmed, decided_unix) VALUES (?, 'none', 1, ?) "
            "ON CONFLICT (attempt_id) DO UPDATE SET confirmed = 1, decided_unix = excluded.decided_unix"
          : std::string("INSERT INTO attempt_reviews (attempt_id, decision, confirmed, decided_unix) VALUES (?, '") +
                (action == ReviewAction::kReject ? "rejected" : "approved") +
                "', 0, ?) ON CONFLICT (attempt_id) DO UPDATE SET decision = excluded.decision, "
                "decided_unix = excluded.decided_unix";
  Status status = Status::Ok();
  auto upsert = db_->Prepare(sql, status);
  if (!upsert) return status;
  upsert->Bind(1, attempt_id);
  upsert->Bind(2, now_unix);
  if (upsert->Step(); !upsert->status()) return upsert->status();
  upsert.reset();
  if (Status s = RefreshBatchStates(); !s) return s;
  return transaction.Commit();
}

std::optional<std::int64_t> CampaignStore::ReviewBatch(std::int64_t batch_id, ReviewAction action,
                                                       std::int64_t now_unix, Status& status) {
  if (action == ReviewAction::kConfirm) {
    status = Status::Fail("a batch is approved or rejected; confirm each permanent result by its attempt id");
    return std::nullopt;
  }
  std::int64_t batches = 0, attempts = 0;
  status = RunQuery(*db_,
                    "SELECT (SELECT COUNT(*) FROM import_batches WHERE batch_id = ?), "
                    "(SELECT COUNT(DISTINCT attempt_id) FROM attempts WHERE batch_id = ?)",
                    {std::to_string(batch_id), std::to_string(batch_id)}, [&](const SqlStatement& r) {
                      batches = r.Int(0);
                      attempts = r.Int(1);
                    });
  if (!status) return std::nullopt;
  if (batches == 0) {
    status = Status::Fail("no import batch " + std::to_string(batch_id) + " in " + db_->Describe() +
                          " (puerta flags lists them)");
    return std::nullopt;
  }
  if (attempts == 0) {
    status = Status::Fail("import batch " + std::to_string(batch_id) +
                          " added no attempts (everything in it was already held, or refused): nothing to review");
    return std::nullopt;
  }
  SqlTransaction transaction(*db_);
  if (!(status = transaction.begun())) return std::nullopt;
  // INSERT ... SELECT ... WHERE: the WHERE keeps SQLite from reading ON as a join's. A parameter
  // in a SELECT list is text to PostgreSQL: the time is cast to the column's type.
  std::unique_ptr<SqlStatement> upsert = db_->Prepare(
      std::string("INSERT INTO attempt_reviews (attempt_id, decision, confirmed, decided_unix) "
                  "SELECT DISTINCT attempt_id, '") +
          (action == ReviewAction::kReject ? "rejected" : "approved") +
          "', 0, CAST(? AS BIGINT) FROM attempts WHERE batch_id = ? ON CONFLICT (attempt_id) DO UPDATE SET "
          "decision = excluded.decision, decided_unix = excluded.decided_unix",
      status);
  if (!upsert) return std::nullopt;
  upsert->Bind(1, now_unix);
  upsert->Bind(2, batch_id);
  upsert->Step();
  if (!(status = upsert->status())) return std::nullopt;
  upsert.reset();
  if (!(status = RefreshBatchStates())) return std::nullopt;
  if (!(status = transaction.Commit())) return std::nullopt;
  return attempts;
}

std::optional<std::string> CampaignStore::AttemptState(std::string_view attempt_id, Status& status) {
  std::optional<std::string> state;
  status = RunQuery(*db_,
                    std::string("SELECT ") + std::string(sql::kAttemptState) +
                        " FROM attempts a WHERE a.attempt_id = ? AND a.is_latest = 1",
                    {std::string(attempt_id)}, [&](const SqlStatement& r) { state = r.Text(0); });
  if (status && !state) status = Status::Fail("no attempt " + std::string(attempt_id) + " in " + db_->Describe());
  return status ? state : std::nullopt;
}

std::optional<std::string> CampaignStore::BatchState(std::int64_t batch_id, Status& status) {
  std::optional<std::string> state;
  status = RunQuery(*db_, "SELECT review_state FROM import_batches WHERE batch_id = ?", {std::to_string(batch_id)},
                    [&](const SqlStatement& r) { state = r.Text(0); });
  if (status && !state) status = Status::Fail("no import batch " + std::to_string(batch_id));
  return status ? state : std::nullopt;
}

std::vector<Batch> CampaignStore::Batches(Status& status) {
  std::vector<Batch> batches;
  status = RunQuery(*db_,
                    "SELECT batch_id, file_name, device_id, review_state, added, already_had, rejected "
                    "FROM import_batches ORDER BY batch_id",
                    {}, [&](const SqlStatement& r) {
                      batches.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5), r.Int(6)});
                    });
  return batches;
}

}  // namespace puerta::campaign
