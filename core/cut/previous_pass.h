// A second pass over the same voters: from the first pass's attempts (the
// lossless JSON lines export, export/json_lines.h), the voters already
// reached are dropped and every voter left carries what happened last, so
// the next canvasser knows "Not home, 11/21" before knocking.
//
// Voters are matched by their voter-file id: household ids ("h12") are
// numbered anew by every import and cannot be matched across passes.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "model/walk_list.h"
#include "responses/contact_attempt.h"

namespace puerta::cut {

struct LastResult {
  ResultCode result = ResultCode::kNotHome;
  std::int64_t time_unix = 0;
  std::string follow_up_language;  // Language Barrier: the language heard ("vi")
};

// The latest result per voter id: the latest version of each attempt, then
// the latest attempt by time (practice attempts and attempts naming no voter
// are left out).
std::map<std::string, LastResult> LastResults(std::span<const ContactAttempt> attempts);

// Reached: a conversation, or a result that says never to come back
// (Hostile/Do Not Contact, Moved, Deceased, Do Not Call, Opted Out).
bool Reached(ResultCode result);

struct PassSummary {
  std::uint32_t voters_dropped = 0;      // left out: reached (or, for follow-ups, not one)
  std::uint32_t households_dropped = 0;  // every voter in them left out
  std::map<std::string, std::uint32_t> dropped_by_result;  // result key ("no result") -> voters left out
  std::uint32_t voters_carrying = 0;     // left, with a last result
  // Voters the results name who are not in this walk list (another file,
  // or a voter since removed): nothing to carry, but the organizer is told.
  std::uint32_t voters_not_in_list = 0;
};

// The walk list of the doors still to reach: reached voters are removed, a
// household left with nobody is removed, buildings follow (walk order and
// ids are kept). Every voter left with a result gets the attributes
// kLastResultColumn (the result's VAN name) and kLastResultDateColumn (its
// date, YYYY-MM-DD, at utc_offset_minutes).
inline constexpr const char* kLastResultColumn = "last_result";
inline constexpr const char* kLastResultDateColumn = "last_result_date";
PassSummary KeepStillToReach(WalkList& list, const std::map<std::string, LastResult>& last,
                             std::int32_t utc_offset_minutes = 0);

// A follow-up turf for one language: only the voters whose last result asks
// to come back in it: Language Barrier heard in `language`, or Come Back /
// Call Back from a voter who prefers it. Everyone else is removed (and
// households left empty, as above); those kept carry their last result.
PassSummary KeepFollowUps(WalkList& list, const std::map<std::string, LastResult>& last, std::string_view language,
                          std::int32_t utc_offset_minutes = 0);

}  // namespace puerta::cut
