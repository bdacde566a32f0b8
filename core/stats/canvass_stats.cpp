#include "stats/canvass_stats.h"

#include <functional>
#include <set>

#include "responses/attempt_time.h"
#include "responses/follow_up_queue.h"

namespace puerta {
namespace {

// A Tally plus the household sets it needs to count doors once.
struct Counter {
  Tally tally;
  std::set<std::string> doors;
  std::set<std::string> contacted;
};

void Count(Counter& c, const ContactAttempt& a, bool support_id) {
  Tally& t = c.tally;
  ++t.attempts;
  ++t.results[a.result];
  const std::string door = a.household_id.empty() ? "voter:" + a.voter_id : a.household_id;
  if (a.channel == Channel::kDoor) c.doors.insert(door);
  if (a.result != ResultCode::kCanvassed) return;
  ++t.conversations;
  if (a.channel == Channel::kDoor) c.contacted.insert(door);
  if (support_id) ++t.support_ids;
  for (const auto& [step, values] : a.answers)
    for (const auto& v : values) ++t.answers[step][v];
}

Tally Finish(Counter& c) {
  c.tally.doors_knocked = static_cast<std::uint32_t>(c.doors.size());
  c.tally.households_contacted = static_cast<std::uint32_t>(c.contacted.size());
  c.tally.contact_rate = c.doors.empty() ? 0.0 : static_cast<double>(c.contacted.size()) / static_cast<double>(c.doors.size());
  return c.tally;
}

}  // namespace

CanvassStats ComputeStats(std::span<const ContactAttempt> attempts, const StatsOptions& options) {
  Counter total;
  std::map<std::string, Counter> by_canvasser, by_day, by_organization;
  std::map<std::string, const ContactAttempt*> by_id;
  // Every attempt lands in the total and in its three groups.
  auto each_group = [&](const ContactAttempt& a, const std::function<void(Counter&)>& fn) {
    fn(total);
    fn(by_canvasser[a.canvasser]);
    fn(by_day[IsoDate(a.time_unix, options.utc_offset_minutes)]);
    fn(by_organization[a.organization]);
  };
  for (const auto& a : attempts) {
    if (a.practice) continue;
    by_id[a.attempt_id] = &a;
    const Script* script = FindScript(options.scripts, a.script_id, a.script_version);
    const bool support = script && HasSupportId(*script, a.answers);
    each_group(a, [&](Counter& c) { Count(c, a, support); });
  }
  const FollowUpQueue queue = BuildFollowUpQueue(attempts);
  for (const auto& item : queue.DueBy(options.now_unix))
    each_group(*by_id[item.attempt_id], [](Counter& c) { ++c.tally.follow_ups_due; });
  for (const auto& [language, items] : queue.by_language)
    for (const auto& item : items) each_group(*by_id[item.attempt_id], [](Counter& c) { ++c.tally.language_follow_ups; });

  CanvassStats stats;
  stats.total = Finish(total);
  for (auto& [k, c] : by_canvasser) stats.by_canvasser[k] = Finish(c);
  for (auto& [k, c] : by_day) stats.by_day[k] = Finish(c);
  for (auto& [k, c] : by_organization) stats.by_organization[k] = Finish(c);
  return stats;
}

}  // namespace puerta
