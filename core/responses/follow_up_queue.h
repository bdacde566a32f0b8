// Who needs another visit. For each voter (household + voter id) only the
// latest attempt counts: a Language Barrier followed by a conversation in
// Vietnamese is resolved, not queued.
//  - by_language: Language Barrier attempts, grouped by the language heard, so
//    an organizer can send a canvasser who speaks it.
//  - scheduled: Come Back, Call Back, and any attempt with a follow-up time,
//    soonest first.
// Practice attempts never enter the queue.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "responses/contact_attempt.h"

namespace puerta {

struct FollowUpItem {
  std::string attempt_id;
  std::string household_id;
  std::string voter_id;
  std::string voter_name;
  std::string canvasser;     // who recorded it
  std::string organization;
  ResultCode reason = ResultCode::kComeBack;
  std::int64_t due_unix = 0;  // 0 for a language follow-up (no time set)
  std::string language;
};

struct FollowUpQueue {
  std::map<std::string, std::vector<FollowUpItem>> by_language;
  std::vector<FollowUpItem> scheduled;

  // Scheduled items whose time has come by `now_unix`.
  std::vector<FollowUpItem> DueBy(std::int64_t now_unix) const;
};

// `attempts`: the current version of each attempt (AttemptLog::Current()).
FollowUpQueue BuildFollowUpQueue(std::span<const ContactAttempt> attempts);

}  // namespace puerta
