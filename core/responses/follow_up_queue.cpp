#include "responses/follow_up_queue.h"

#include <algorithm>

namespace puerta {

std::vector<FollowUpItem> FollowUpQueue::DueBy(std::int64_t now_unix) const {
  std::vector<FollowUpItem> out;
  for (const auto& item : scheduled)
    if (item.due_unix <= now_unix) out.push_back(item);
  return out;
}

FollowUpQueue BuildFollowUpQueue(std::span<const ContactAttempt> attempts) {
  std::map<std::pair<std::string, std::string>, const ContactAttempt*> latest;  // (household, voter) -> attempt
  for (const auto& a : attempts) {
    if (a.practice) continue;
    const ContactAttempt*& slot = latest[{a.household_id, a.voter_id}];
    if (!slot || a.time_unix > slot->time_unix || (a.time_unix == slot->time_unix && a.attempt_id > slot->attempt_id))
      slot = &a;
  }
  FollowUpQueue queue;
  for (const auto& [key, a] : latest) {
    FollowUpItem item{a->attempt_id, a->household_id, a->voter_id, a->voter_name, a->canvasser, a->organization,
                      a->result,     a->follow_up.due_unix, a->follow_up.language};
    if (a->result == ResultCode::kLanguageBarrier && !a->follow_up.language.empty()) {
      queue.by_language[a->follow_up.language].push_back(item);
    } else if (a->follow_up.due_unix > 0 && !Info(a->result).stop_contacting) {
      queue.scheduled.push_back(item);
    }
  }
  std::sort(queue.scheduled.begin(), queue.scheduled.end(), [](const FollowUpItem& x, const FollowUpItem& y) {
    return x.due_unix != y.due_unix ? x.due_unix < y.due_unix : x.attempt_id < y.attempt_id;
  });
  return queue;
}

}  // namespace puerta
