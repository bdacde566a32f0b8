// The numbers an organizer reads after a shift. Definitions (also in
// docs/export-formats.md), practice attempts excluded throughout:
//  - attempts: contact attempts (current version of each)
//  - doors_knocked: distinct households with at least one door attempt
//  - conversations: attempts with result Canvassed (any channel)
//  - households_contacted: distinct households with a door conversation
//  - contact_rate: households_contacted / doors_knocked (0 when no doors)
//  - support_ids: conversations with at least one support-ID answer
//  - answers: step id -> answer value -> how many conversations gave it
//  - follow_ups_due: Come Back / Call Back / dated follow-ups due by `now`
//  - language_follow_ups: open Language Barrier follow-ups
// A household knocked on two days counts once in each day and once in total.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>

#include "responses/contact_attempt.h"
#include "script/script.h"

namespace puerta {

struct Tally {
  std::uint32_t attempts = 0;
  std::uint32_t doors_knocked = 0;
  std::uint32_t conversations = 0;
  std::uint32_t households_contacted = 0;
  double contact_rate = 0;
  std::uint32_t support_ids = 0;
  std::map<std::string, std::map<std::string, std::uint32_t>> answers;
  std::map<ResultCode, std::uint32_t> results;
  std::uint32_t follow_ups_due = 0;
  std::uint32_t language_follow_ups = 0;
};

struct CanvassStats {
  Tally total;
  std::map<std::string, Tally> by_canvasser;
  std::map<std::string, Tally> by_day;           // "2024-11-05", in the given UTC offset
  std::map<std::string, Tally> by_organization;
};

struct StatsOptions {
  std::int64_t now_unix = 0;              // for follow_ups_due
  std::int32_t utc_offset_minutes = 0;    // where a day starts and ends
  std::span<const Script> scripts;        // for support IDs: matched by script id (and version when present)
};

// `attempts`: the current version of each attempt (AttemptLog::Current()).
CanvassStats ComputeStats(std::span<const ContactAttempt> attempts, const StatsOptions& options);

}  // namespace puerta
