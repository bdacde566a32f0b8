// Phone numbers as voter files hold them ("(555) 123-4567 x12", "044 55 1234
// 5678", "010-1234-5678") turned into E.164 ("+15551234567"), the form sms:
// and tel: links and duplicate checks need. Plain C++ with a small table of
// the countries Puerta's communities call (US/CA, MX, GT, SV, HN, CN, VN, KR,
// PH) because it runs in the phone app too, where Debian's libphonenumber
// cannot be linked. It checks lengths and NANP's area code and exchange
// rules, not whether a number is assigned.
#pragma once

#include <string>
#include <string_view>

namespace puerta::texting {

enum class PhoneProblem {
  kNone,
  kEmpty,                // no digits at all
  kUnexpectedCharacter,  // a letter or symbol that is not a separator ("555-CALL")
  kUnknownCountry,       // no "+" and `default_country` is not in the table
  kTooShort,             // fewer digits than the country's numbers have
  kTooLong,              // more digits than the country's numbers (or E.164's 15)
  kBadAreaCode,          // NANP: area code starting with 0 or 1
  kBadExchange,          // NANP: exchange (digits 4-6) starting with 0 or 1
  kBadCountryCode,       // "+0..." or an international number with no country code
};

struct PhoneNumber {
  PhoneProblem problem = PhoneProblem::kNone;
  std::string e164;       // "+15551234567"; empty when there is a problem
  std::string extension;  // "123" from "x123", "ext. 123", "ext 123", "#123"
  bool ok() const { return problem == PhoneProblem::kNone; }
};

// `default_country`: ISO 3166 alpha-2 ("US", "MX"; any case) used when `raw`
// has no international prefix ("+", "00", or "011" in NANP countries).
// Spaces, hyphens, dots, slashes and parentheses are separators.
PhoneNumber NormalizePhone(std::string_view raw, std::string_view default_country);

// The country calling code for an ISO alpha-2 code in the table ("MX" -> "52"),
// or empty.
std::string_view CallingCode(std::string_view country);

// English, for the CLI and logs ("the area code starts with 0 or 1"); screens
// translate PhoneProblem through the translation table instead.
std::string_view DescribePhoneProblem(PhoneProblem problem);

}  // namespace puerta::texting
