// Quality flags, recomputed from the attempts after every collect (each a
// few GROUP BYs and one ordered scan), and the review state of each batch.
// The attempts behind every flag are kept with it (flag_attempts).
#include <algorithm>
#include <cstdio>
#include <set>

#include "campaign/campaign_store.h"
#include "campaign/quality_rules.h"
#include "campaign/store_sql.h"
#include "route/geo.h"

namespace puerta::campaign {
namespace {

std::string Percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %%", fraction * 100);
  return text;
}

class FlagWriter {
 public:
  explicit FlagWriter(SqlConnection& db, Status& status) : status_(status) {
    add_flag_ = db.Prepare(
        "INSERT INTO quality_flags (flag_id, kind, organization, canvasser, detail) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        status);
    if (status) add_attempt_ = db.Prepare(
        "INSERT INTO flag_attempts (flag_id, attempt_id) VALUES (?, ?) ON CONFLICT DO NOTHING", status);
  }
  void Add(const QualityFlag& f) {
    if (!status_) return;
    add_flag_->Reset();
    add_flag_->Bind(1, f.flag_id);
    add_flag_->Bind(2, f.kind);
    add_flag_->Bind(3, f.organization);
    add_flag_->Bind(4, f.canvasser);
    add_flag_->Bind(5, f.detail);
    add_flag_->Step();
    if (!add_flag_->status()) status_ = add_flag_->status();
    for (const std::string& id : f.attempt_ids) {
      if (!status_) return;
      add_attempt_->Reset();
      add_attempt_->Bind(1, f.flag_id);
      add_attempt_->Bind(2, id);
      add_attempt_->Step();
      if (!add_attempt_->status()) status_ = add_attempt_->status();
    }
  }

 private:
  Status& status_;
  std::unique_ptr<SqlStatement> add_flag_, add_attempt_;
};

// Flags read every latest, non-practice attempt; rejected ones too: a
// canvasser's pace and contact rate are about what they did.
constexpr std::string_view kLatest = "a.is_latest = 1 AND a.practice = 0";

struct Door {
  std::int64_t time = 0;
  std::string household;  // turf id / household id
  std::vector<std::string> attempts;
  bool conversation = false;
};

// Runs of doors whose every window of kFastDoorsWindow doors has a median gap
// under kFastDoorsMedianSeconds: one flag per run.
void FastDoorRuns(const std::string& org, const std::string& canvasser, const std::vector<Door>& doors,
                  FlagWriter& out) {
  const auto n = static_cast<std::int64_t>(doors.size());
  std::vector<bool> fast(doors.size(), false);
  for (std::int64_t start = 0; start + kFastDoorsWindow <= n; ++start) {
    std::vector<std::int64_t> gaps;
    for (std::int64_t i = start + 1; i < start + kFastDoorsWindow; ++i) gaps.push_back(doors[i].time - doors[i - 1].time);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    if (gaps[gaps.size() / 2] < kFastDoorsMedianSeconds)
      for (std::int64_t i = start; i < start + kFastDoorsWindow; ++i) fast[i] = true;
  }
  for (std::int64_t i = 0; i < n;) {
    if (!fast[i]) {
      ++i;
      continue;
    }
    std::int64_t end = i;
    while (end < n && fast[end]) ++end;
    QualityFlag f;
    f.kind = "fast_doors";
    f.organization = org;
    f.canvasser = canvasser;
    f.flag_id = "fast_doors:" + org + "/" + canvasser + "/" + std::to_string(doors[i].time);
    f.detail = std::to_string(end - i) + " doors in " + std::to_string(doors[end - 1].time - doors[i].time) +
               " s: faster than a person walks (median gap under " + std::to_string(kFastDoorsMedianSeconds) +
               " s over " + std::to_string(kFastDoorsWindow) + " doors)";
    for (std::int64_t d = i; d < end; ++d) f.attempt_ids.insert(f.attempt_ids.end(), doors[d].attempts.begin(),
                                                                doors[d].attempts.end());
    out.Add(f);
    i = end;
  }
}

// A canvasser's contact rate: households contacted / doors knocked,
// flagged outside the usual band once there are enough doors to say.
void ContactRate(const std::string& org, const std::string& canvasser, const std::vector<Door>& doors,
                 FlagWriter& out) {
  std::set<std::string_view> knocked, contacted;
  std::vector<std::string> attempts;
  for (const Door& d : doors) {
    knocked.insert(d.household);
    if (d.conversation) contacted.insert(d.household);
    attempts.insert(attempts.end(), d.attempts.begin(), d.attempts.end());
  }
  const auto n = static_cast<std::int64_t>(knocked.size());
  if (n < kContactRateMinDoors) return;
  const double rate = static_cast<double>(contacted.size()) / static_cast<double>(n);
  if (rate >= kContactRateLow && rate <= kContactRateHigh) return;
  QualityFlag f;
  f.flag_id = "contact_rate:" + org + "/" + canvasser;
  f.kind = "contact_rate";
  f.organization = org;
  f.canvasser = canvasser;
  f.detail = "contact rate " + Percent(rate) + " (" + std::to_string(contacted.size()) + " of " + std::to_string(n) +
             " doors), outside the usual " + Percent(kContactRateLow) + "-" + Percent(kContactRateHigh);
  std::sort(attempts.begin(), attempts.end());
  f.attempt_ids = std::move(attempts);
  out.Add(f);
}

// One ordered scan of every door attempt gives each canvasser's doors in
// time order: the contact rate and the pace are both read from it.
Status CanvasserFlags(SqlConnection& db, FlagWriter& out) {
  std::string org, canvasser;
  std::vector<Door> doors;
  auto flush = [&] {
    ContactRate(org, canvasser, doors, out);
    FastDoorRuns(org, canvasser, doors, out);
    doors.clear();
  };
  Status s = RunQuery(
      db,
      std::string("SELECT a.organization, a.canvasser, a.time_unix, a.door, a.attempt_id, a.result "
                  "FROM attempts a WHERE ") +
          std::string(kLatest) + " AND a.channel = 'door' ORDER BY a.organization, a.canvasser, a.time_unix, a.attempt_id",
      {}, [&](const SqlStatement& r) {
        if (r.Text(0) != org || r.Text(1) != canvasser) {
          flush();
          org = r.Text(0);
          canvasser = r.Text(1);
        }
        const bool conversation = r.Text(5) == "canvassed";
        // Two voters at one door, one after the other: one door.
        if (!doors.empty() && doors.back().household == r.Text(3)) {
          doors.back().attempts.push_back(r.Text(4));
          doors.back().conversation = doors.back().conversation || conversation;
          return;
        }
        doors.push_back({r.Int(2), r.Text(3), {r.Text(4)}, conversation});
      });
  flush();
  return s;
}

Status LocationFlags(SqlConnection& db, FlagWriter& out) {
  return RunQuery(
      db,
      std::string("SELECT a.attempt_id, a.organization, a.canvasser, a.has_location, a.latitude, a.longitude, "
                  "a.location_accuracy_m, h.latitude, h.longitude FROM attempts a JOIN households h "
                  "ON h.turf_id = a.turf_id AND h.household_id = a.household_id WHERE ") +
          std::string(kLatest) + " AND a.channel = 'door' AND h.latitude IS NOT NULL ORDER BY a.attempt_id",
      {}, [&](const SqlStatement& r) {
        QualityFlag f;
        f.organization = r.Text(1);
        f.canvasser = r.Text(2);
        f.attempt_ids = {r.Text(0)};
        if (r.Int(3) == 0) {
          f.kind = "location_missing";
          f.detail = "no location reading at a door with coordinates";
        } else {
          const double meters = route::HaversineMeters({r.Real(4), r.Real(5)}, {r.Real(7), r.Real(8)});
          if (meters > kFarFromDoorMeters) {
            f.kind = "location_far";
            f.detail = std::to_string(static_cast<std::int64_t>(meters)) + " m from the door (more than " +
                       std::to_string(static_cast<std::int64_t>(kFarFromDoorMeters)) + " m)";
          } else if (r.Real(6) > kVagueLocationMeters) {
            f.kind = "location_inaccurate";
            f.detail = "location accurate to " + std::to_string(static_cast<std::int64_t>(r.Real(6))) +
                       " m only (worse than " + std::to_string(static_cast<std::int64_t>(kVagueLocationMeters)) +
                       " m)";
          } else {
            return;
          }
        }
        f.flag_id = f.kind + ":" + r.Text(0);
        out.Add(f);
      });
}

Status PermanentFlags(SqlConnection& db, FlagWriter& out) {
  std::string in;
  for (std::string_view key : kPermanentResults) in += std::string(in.empty() ? "'" : ", '") + std::string(key) + "'";
  return RunQuery(db,
                  std::string("SELECT a.attempt_id, a.organization, a.canvasser, a.result FROM attempts a WHERE ") +
                      std::string(kLatest) + " AND a.result IN (" + in + ") ORDER BY a.attempt_id",
                  {}, [&](const SqlStatement& r) {
                    QualityFlag f;
                    f.kind = "permanent_result";
                    f.flag_id = "permanent_result:" + r.Text(0);
                    f.organization = r.Text(1);
                    f.canvasser = r.Text(2);
                    f.detail = "result " + r.Text(3) +
                               " changes the voter for good: confirm it before any VAN export (puerta review --confirm)";
                    f.attempt_ids = {r.Text(0)};
                    out.Add(f);
                  });
}

}  // namespace

Status CampaignStore::RefreshChecks() {
  SqlTransaction transaction(*db_);
  if (!transaction.begun()) return transaction.begun();
  if (Status s = db_->Exec("DELETE FROM flag_attempts; DELETE FROM quality_flags"); !s) return s;
  Status status = Status::Ok();
  FlagWriter out(*db_, status);
  if (!status) return status;
  for (auto rule : {CanvasserFlags, LocationFlags, PermanentFlags}) {
    if (Status s = rule(*db_, out); !s) return s;
    if (!status) return status;
  }
  if (Status s = RefreshBatchStates(); !s) return s;
  return transaction.Commit();
}

// A batch is rejected when every attempt version it brought is rejected, has
// issues when any has issues (or a line of it was refused), else approved.
Status CampaignStore::RefreshBatchStates() {
  return db_->Exec(std::string(R"sql(
    UPDATE import_batches SET review_state = COALESCE((
      SELECT CASE
        WHEN COUNT(*) > 0 AND SUM(CASE WHEN s.state = 'rejected' THEN 1 ELSE 0 END) = COUNT(*) THEN 'rejected'
        WHEN SUM(CASE WHEN s.state = 'has_issues' THEN 1 ELSE 0 END) > 0 THEN 'has_issues'
        ELSE NULL END
      FROM (SELECT )sql") + std::string(sql::kAttemptState) + R"sql( AS state
            FROM attempts a WHERE a.batch_id = import_batches.batch_id) s),
      CASE WHEN rejected > 0 THEN 'has_issues' ELSE 'approved' END))sql");
}

std::vector<QualityFlag> CampaignStore::Flags(Status& status) {
  std::vector<QualityFlag> flags;
  status = RunQuery(*db_,
                    "SELECT f.flag_id, f.kind, f.organization, f.canvasser, f.detail, fa.attempt_id, "
                    "(SELECT COUNT(*) FROM attempt_reviews r WHERE r.attempt_id = fa.attempt_id AND r.confirmed = 1) "
                    "FROM quality_flags f JOIN flag_attempts fa ON fa.flag_id = f.flag_id "
                    "ORDER BY f.organization, f.canvasser, f.kind, f.flag_id, fa.attempt_id",
                    {}, [&](const SqlStatement& r) {
                      if (flags.empty() || flags.back().flag_id != r.Text(0))
                        flags.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), false, {}});
                      flags.back().attempt_ids.push_back(r.Text(5));
                      if (flags.back().kind == "permanent_result" && r.Int(6) > 0) flags.back().cleared = true;
                    });
  return flags;
}

}  // namespace puerta::campaign
