// The smallest phone-number reader a call list needs: a number as a voter
// file writes it ("(408) 555-0134", "408.555.0134 x12", "+1 408 555 0134")
// to E.164 ("+14085550134"), or why it cannot be dialled.
//
// Stand-in for the texting branch's NormalizePhone (core/texting/), which was
// not merged when call lists were written; the call list should switch to it
// once it lands. Only North American numbers (country US or CA, +1) are read
// without a leading "+"; a number written with "+" is taken in any country.
#pragma once

#include <string>
#include <string_view>

namespace puerta {

struct CallNumber {
  std::string e164;  // "+14085550134"; empty when the number cannot be dialled
  std::string why;   // when e164 is empty: "has 7 digits; a US number has 10"
};

// `country` is the ISO 3166 code of numbers written without "+" ("US").
// An extension ("x12", "ext. 12", "#12") is dropped: a call list dials the
// line, and the canvasser cannot key an extension from a tel: link reliably.
CallNumber ReadCallNumber(std::string_view raw, std::string_view country);

// Whether ReadCallNumber reads numbers of `country` written without "+".
bool CallNumberCountryKnown(std::string_view country);

}  // namespace puerta
