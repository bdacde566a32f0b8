// Follow-ups by language: the voters a Language Barrier, Come Back or Call
// Back left waiting, each in the language to go back in (store_sql.h,
// kFollowUpLanguage), for a turf cut for a canvasser who speaks it.
// Per voter (the voter file's id, so two turfs cut from one file are one
// voter), attempts are read in time order, each at its latest version,
// practice and rejected ones left out: a follow-up result puts the voter on
// the list (the later one replacing the earlier); a conversation, a refusal
// or a result that stops contact (Deceased, Hostile, Do Not Call, ...) takes
// them off; a non-contact (Not Home, No Answer, ...) changes nothing.
#include <algorithm>
#include <optional>
#include <tuple>

#include "campaign/campaign_store.h"
#include "campaign/store_sql.h"
#include "results/result_code.h"

namespace puerta::campaign {
namespace {

bool IsFollowUp(std::string_view result) {
  return result == "come_back" || result == "call_back" || result == "language_barrier";
}

bool ReachesVoter(std::string_view result) {
  if (result == "canvassed" || result == "refused") return true;
  const std::optional<ResultCode> code = ResultCodeFromKey(result);
  return code && Info(*code).stop_contacting;
}

}  // namespace

std::vector<VoterFollowUp> CampaignStore::FollowUps(std::string_view language, Status& status) {
  std::vector<VoterFollowUp> out;
  std::optional<VoterFollowUp> waiting;
  std::string voter;
  auto close_voter = [&] {
    if (waiting && (language.empty() || waiting->language == language)) out.push_back(std::move(*waiting));
    waiting.reset();
  };
  status = RunQuery(*db_,
                    "SELECT a.voter_id, a.turf_id, a.door, a.result, a.day, " + std::string(sql::kFollowUpLanguage) +
                        ", a.organization, a.canvasser, a.attempt_id FROM attempts a WHERE " +
                        std::string(sql::kCounted) +
                        " AND a.voter_id <> '' ORDER BY a.voter_id, a.time_unix, a.attempt_id",
                    {}, [&](const SqlStatement& r) {
                      if (r.Text(0) != voter) {
                        close_voter();
                        voter = r.Text(0);
                      }
                      const std::string result = r.Text(3);
                      if (IsFollowUp(result))
                        waiting = VoterFollowUp{r.Text(0), r.Text(1), r.Text(2), result, r.Text(4),
                                           r.Text(5), r.Text(6), r.Text(7), r.Text(8)};
                      else if (ReachesVoter(result))
                        waiting.reset();
                    });
  close_voter();
  if (!status) return {};
  std::sort(out.begin(), out.end(), [](const VoterFollowUp& a, const VoterFollowUp& b) {
    return std::tie(a.language, a.day, a.voter_id) < std::tie(b.language, b.day, b.voter_id);
  });
  return out;
}

}  // namespace puerta::campaign
