// Conflicts, shown and never settled silently:
//  - voter: different results for one voter from different devices or
//    canvassers (paired canvassers, overlapping turfs). Rule: a conversation
//    beats a non-contact; among conversations the latest wins; among
//    non-contacts the latest wins. Every attempt still counts as a touch.
//  - versions: an edited attempt whose versions disagree on the result or
//    the answers. Rule: the latest version counts.
//  - version_differs / other_device: versions refused when collected (the
//    same id and version with other content; an attempt another device
//    recorded first). Rule: what was collected first is kept.
#include <algorithm>
#include <span>
#include <tuple>

#include "campaign/campaign_store.h"
#include "responses/attempt_time.h"

namespace puerta::campaign {
namespace {

struct Touch {
  std::string attempt_id;
  std::int64_t version = 0, time = 0;
  std::string result, canvasser, device, answers;
};

std::string Describe(const Touch& t) {
  return t.attempt_id + " v" + std::to_string(t.version) + ": " + t.result + (t.answers.empty() ? "" : " " + t.answers) +
         " by " + t.canvasser + (t.device.empty() ? "" : " (device " + t.device + ")") + " at " + IsoDateTime(t.time) +
         "Z";
}

constexpr std::string_view kTouchColumns = "a.attempt_id, a.version, a.time_unix, a.result, a.canvasser, a.device";

Touch ReadTouch(const SqlStatement& r, int first) {
  return {r.Text(first), r.Int(first + 1), r.Int(first + 2), r.Text(first + 3), r.Text(first + 4), r.Text(first + 5),
          ""};
}

// Each touch's answers as "step=value;...", for comparing and showing
// (a query of its own: GROUP_CONCAT and string_agg differ between engines).
Status FillAnswers(SqlConnection& db, std::span<Touch> touches) {
  Status status = Status::Ok();
  auto query = db.Prepare("SELECT step_id, value FROM answers WHERE attempt_id = ? AND version = ? "
                          "ORDER BY step_id, value", status);
  if (!query) return status;
  for (Touch& t : touches) {
    query->Reset();
    query->Bind(1, t.attempt_id);
    query->Bind(2, t.version);
    while (query->Step()) {
      if (!t.answers.empty()) t.answers += ';';
      t.answers += query->Text(0);
      t.answers += '=';
      t.answers += query->Text(1);
    }
    if (!query->status()) return query->status();
  }
  return Status::Ok();
}

}  // namespace

std::vector<Conflict> CampaignStore::Conflicts(Status& status) {
  std::vector<Conflict> out;
  // One voter, several people or phones, several results.
  std::vector<std::pair<std::string, Touch>> by_voter;
  status = RunQuery(*db_,
                    "SELECT a.voter_id, " + std::string(kTouchColumns) +
                        " FROM attempts a WHERE a.is_latest = 1 AND a.practice = 0 AND a.voter_id IN ("
                        "  SELECT voter_id FROM attempts WHERE is_latest = 1 AND practice = 0 AND voter_id <> '' "
                        "  GROUP BY voter_id HAVING COUNT(DISTINCT result) > 1 "
                        "  AND COUNT(DISTINCT canvasser || '|' || device) > 1) "
                        "ORDER BY a.voter_id, a.time_unix, a.attempt_id",
                    {}, [&](const SqlStatement& r) { by_voter.emplace_back(r.Text(0), ReadTouch(r, 1)); });
  for (auto& [voter, touch] : by_voter)
    if (status) status = FillAnswers(*db_, std::span(&touch, 1));
  if (!status) return {};
  for (std::size_t i = 0; i < by_voter.size();) {
    std::size_t end = i;
    while (end < by_voter.size() && by_voter[end].first == by_voter[i].first) ++end;
    Conflict c{"voter", by_voter[i].first, {}, "", ""};
    const Touch* kept = nullptr;
    int conversations = 0;
    bool any_other = false;
    for (std::size_t j = i; j < end; ++j) {
      const Touch& t = by_voter[j].second;
      c.attempts.push_back(Describe(t));
      if (t.result == "canvassed") ++conversations;
      else any_other = true;
      auto rank = [](const Touch& x) { return std::tuple(x.result == "canvassed", x.time, x.attempt_id); };
      if (!kept || rank(t) > rank(*kept)) kept = &t;
    }
    c.kept = kept->attempt_id + " v" + std::to_string(kept->version);
    c.rule = conversations == 0 ? "among non-contacts the latest wins"
             : !any_other       ? "among conversations the latest wins"
             : conversations == 1 ? "a conversation beats a non-contact"
                                  : "a conversation beats a non-contact; among conversations the latest wins";
    out.push_back(std::move(c));
    i = end;
  }

  // Versions of one attempt that disagree.
  std::vector<Touch> versions;
  status = RunQuery(*db_,
                    "SELECT " + std::string(kTouchColumns) +
                        " FROM attempts a WHERE a.attempt_id IN (SELECT attempt_id FROM attempts GROUP BY attempt_id "
                        "HAVING COUNT(*) > 1) ORDER BY a.attempt_id, a.version",
                    {}, [&](const SqlStatement& r) { versions.push_back(ReadTouch(r, 0)); });
  if (status) status = FillAnswers(*db_, versions);
  if (!status) return {};
  for (std::size_t i = 0; i < versions.size();) {
    std::size_t end = i;
    bool differ = false;
    while (end < versions.size() && versions[end].attempt_id == versions[i].attempt_id) {
      differ = differ || versions[end].result != versions[i].result || versions[end].answers != versions[i].answers;
      ++end;
    }
    if (differ) {
      Conflict c{"versions", versions[i].attempt_id, {}, "", "the latest version counts"};
      for (std::size_t j = i; j < end; ++j) c.attempts.push_back(Describe(versions[j]));
      c.kept = versions[end - 1].attempt_id + " v" + std::to_string(versions[end - 1].version);
      out.push_back(std::move(c));
    }
    i = end;
  }

  // What collecting refused as conflicting with what the store held.
  status = RunQuery(*db_,
                    "SELECT p.kind, p.attempt_id, b.file_name, p.line, p.reason FROM batch_problems p "
                    "JOIN import_batches b ON b.batch_id = p.batch_id "
                    "WHERE p.kind IN ('version_differs', 'other_device') ORDER BY p.attempt_id, p.batch_id, p.seq",
                    {}, [&](const SqlStatement& r) {
                      out.push_back({r.Text(0), r.Text(1),
                                     {r.Text(2) + ", line " + std::to_string(r.Int(3)) + ": " + r.Text(4)},
                                     r.Text(1) + " as first collected", "what was collected first is kept"});
                    });
  return status ? out : std::vector<Conflict>{};
}

}  // namespace puerta::campaign
