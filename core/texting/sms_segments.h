// How many SMS messages a text costs, the way phones and carriers count them
// (3GPP TS 23.038, "GSM 03.38"). A text that fits the GSM 7-bit alphabet
// (basic table plus the escape-prefixed extension table) is sent 7 bits per
// character; anything else makes the whole message UCS-2, 16 bits per UTF-16
// code unit. Long texts are split into concatenated parts, each losing room
// to the 6-byte user data header: 160 -> 153 septets, 70 -> 67 code units.
// Canvassers see this so a Vietnamese or Korean message's cost is no surprise.
#pragma once

#include <cstdint>
#include <string_view>

namespace puerta::texting {

enum class SmsEncoding { kGsm7, kUcs2 };

struct SmsSize {
  SmsEncoding encoding = SmsEncoding::kGsm7;
  // GSM-7: septets, an extension-table character ({ } [ ] ~ \ | ^ € and form
  // feed) counting 2. UCS-2: UTF-16 code units, so an emoji counts 2.
  std::uint32_t characters = 0;
  // 0 for an empty text (nothing to send); 1 up to 160/70; then ceil(n/153)
  // or ceil(n/67). GSM-7 parts never split an escape pair, and UCS-2 parts
  // never split a surrogate pair, as phones do, which can add a part.
  std::uint32_t segments = 0;
};

// `utf8` is a message as typed. Bytes that are not valid UTF-8 count as
// U+FFFD (one UCS-2 unit each), so a garbled text is never undercounted.
SmsSize SmsSegments(std::string_view utf8);

}  // namespace puerta::texting
