// A call list or a text list: the walk list of a phone bank. `puerta package
// --channel phone|text` turns a voter file's walk list into one: every voter
// with a number that can be dialled (E.164), grouped by number the way doors
// group a household (a family sharing a landline is one call, whoever
// answers), in the order the organizer's list gave them. Voters marked Do Not
// Call, Do Not Text or Opted Out, and voters without a usable number, are left
// out and each one is reported, never dropped silently.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"
#include "results/result_code.h"

namespace puerta {

// The attribute a call list writes on each voter when the voter file said
// which kind of line the number is: "mobile" or "landline".
inline constexpr std::string_view kPhoneTypeAttribute = "phone_type";

struct LeftOutVoter {
  std::string voter_id;
  std::string why;  // "phone number: has too few digits for its country"
};

struct CallListReport {
  std::size_t voters_read = 0;
  std::size_t voters_kept = 0;
  std::size_t numbers = 0;                     // households of the call list
  std::vector<LeftOutVoter> without_number;    // no number, or one that cannot be dialled
  std::vector<LeftOutVoter> do_not_contact;    // Do Not Call / Do Not Text / Opted Out
  std::vector<LeftOutVoter> landline;          // a text list leaves out known landlines
};

// The call (Channel::kPhone) or text (Channel::kText) list of `walk`;
// `country` reads numbers written without "+" (texting::NormalizePhone).
WalkList BuildCallList(const WalkList& walk, Channel channel, std::string_view country, CallListReport& report);

}  // namespace puerta
