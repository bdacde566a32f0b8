#include "cut/previous_pass.h"

#include <set>
#include <tuple>

#include "responses/attempt_time.h"

namespace puerta::cut {

std::map<std::string, LastResult> LastResults(std::span<const ContactAttempt> attempts) {
  std::map<std::string, const ContactAttempt*> latest_version;  // attempt id -> its latest version
  for (const ContactAttempt& a : attempts) {
    if (a.practice || a.voter_id.empty()) continue;
    const ContactAttempt*& held = latest_version[a.attempt_id];
    if (!held || held->version < a.version) held = &a;
  }
  std::map<std::string, const ContactAttempt*> by_voter;
  for (const auto& [id, a] : latest_version) {
    const ContactAttempt*& held = by_voter[a->voter_id];
    if (!held || std::tie(held->time_unix, held->recorded_unix, held->attempt_id) <
                     std::tie(a->time_unix, a->recorded_unix, a->attempt_id))
      held = a;
  }
  std::map<std::string, LastResult> out;
  for (const auto& [voter, a] : by_voter) out[voter] = {a->result, a->time_unix, a->follow_up.language};
  return out;
}

bool Reached(ResultCode result) { return result == ResultCode::kCanvassed || Info(result).stop_contacting; }

namespace {

// Removes the voters `drop` says to (a household left with nobody goes, and
// its building with it when empty; a door that never named anybody goes too
// unless `keep_unnamed_doors`) and marks every voter kept with its last result.
template <class Drop>
PassSummary Keep(WalkList& list, const std::map<std::string, LastResult>& last, std::int32_t utc_offset_minutes,
                 bool keep_unnamed_doors, Drop drop) {
  PassSummary summary;
  std::set<std::string> seen;
  for (const Household& h : list.households)
    for (const Voter& v : h.voters)
      if (last.contains(v.id)) seen.insert(v.id);
  summary.voters_not_in_list = static_cast<std::uint32_t>(last.size() - seen.size());
  std::vector<std::uint32_t> new_index(list.households.size(), UINT32_MAX);
  std::vector<Household> kept;
  for (std::uint32_t h = 0; h < list.households.size(); ++h) {
    Household& household = list.households[h];
    const bool had_voters = !household.voters.empty();
    std::vector<Voter> left;
    for (Voter& v : household.voters) {
      const auto it = last.find(v.id);
      const LastResult* result = it != last.end() ? &it->second : nullptr;
      if (drop(v, result)) {
        ++summary.voters_dropped;
        ++summary.dropped_by_result[result ? std::string(Info(result->result).key) : "no result"];
        continue;
      }
      if (it != last.end()) {
        v.attributes.Set(kLastResultColumn, Info(it->second.result).van_name);
        v.attributes.Set(kLastResultDateColumn, IsoDate(it->second.time_unix, utc_offset_minutes));
        ++summary.voters_carrying;
      }
      left.push_back(std::move(v));
    }
    if (left.empty() && (had_voters || !keep_unnamed_doors)) {
      ++summary.households_dropped;
      continue;
    }
    household.voters = std::move(left);
    new_index[h] = static_cast<std::uint32_t>(kept.size());
    kept.push_back(std::move(household));
  }
  std::vector<Building> buildings;
  for (Building& b : list.buildings) {
    std::vector<std::uint32_t> doors;
    for (std::uint32_t h : b.households)
      if (new_index[h] != UINT32_MAX) doors.push_back(new_index[h]);
    if (doors.empty()) continue;
    b.households = std::move(doors);
    buildings.push_back(std::move(b));
  }
  list.households = std::move(kept);
  list.buildings = std::move(buildings);
  return summary;
}

}  // namespace

PassSummary KeepStillToReach(WalkList& list, const std::map<std::string, LastResult>& last,
                             std::int32_t utc_offset_minutes) {
  return Keep(list, last, utc_offset_minutes, true,
              [](const Voter&, const LastResult* result) { return result && Reached(result->result); });
}

PassSummary KeepFollowUps(WalkList& list, const std::map<std::string, LastResult>& last, std::string_view language,
                          std::int32_t utc_offset_minutes) {
  return Keep(list, last, utc_offset_minutes, false, [&](const Voter& v, const LastResult* result) {
    if (!result) return true;
    if (result->result == ResultCode::kLanguageBarrier) return result->follow_up_language != language;
    if (result->result == ResultCode::kComeBack || result->result == ResultCode::kCallBack)
      return v.preferred_language != language;
    return true;
  });
}

}  // namespace puerta::cut
