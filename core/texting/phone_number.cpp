#include "texting/phone_number.h"

#include <array>
#include <cctype>
#include <optional>

namespace puerta::texting {
namespace {

// Countries whose numbers Puerta checks. `trunk`: the prefix dialled before a
// national number at home and never after the country code ("0" in China,
// "01" in Mexico before 2019). Lengths are of the national significant
// number (after country code and trunk prefix), from each numbering plan:
//   MX 10 (since the 2019 plan), GT/SV/HN 8, CN 10-11 (mobiles 11, landlines
//   area code + 7-8), VN 9-10 (mobiles 9, landlines 10), KR 8-10 (Seoul 02 +
//   7-8, mobiles 10 + 8), PH 8-10 (Manila 2 + 8, mobiles 9 + 9).
struct Country {
  std::string_view iso;
  std::string_view code;
  std::string_view trunk;
  std::size_t min_digits;
  std::size_t max_digits;
};
constexpr std::array<Country, 10> kCountries{{
    {"US", "1", "", 10, 10},
    {"CA", "1", "", 10, 10},
    {"MX", "52", "01", 10, 10},
    {"GT", "502", "", 8, 8},
    {"SV", "503", "", 8, 8},
    {"HN", "504", "", 8, 8},
    {"CN", "86", "0", 10, 11},
    {"VN", "84", "0", 9, 10},
    {"KR", "82", "0", 8, 10},
    {"PH", "63", "0", 8, 10},
}};

// E.164: at most 15 digits with the country code; no country's numbers are
// shorter than 7 with it (Niue's +683 4002).
constexpr std::size_t kMaxE164Digits = 15, kMinE164Digits = 7;

const Country* FindCountry(std::string_view iso) {
  std::string upper;
  for (const char c : iso) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const Country& country : kCountries) {
    if (country.iso == upper) return &country;
  }
  return nullptr;
}

// The country whose calling code starts `digits` (the longest match).
const Country* CountryByCode(std::string_view digits) {
  const Country* best = nullptr;
  for (const Country& country : kCountries) {
    if (digits.starts_with(country.code) && (!best || country.code.size() > best->code.size())) best = &country;
  }
  return best;
}

bool IsSeparator(std::string_view raw, std::size_t& i) {
  const char c = raw[i];
  if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t') return true;
  if (raw.substr(i).starts_with("\xC2\xA0")) {  // no-break space, common in spreadsheets
    ++i;
    return true;
  }
  return false;
}

// Splits "555-1234 ext. 12" into the number and "12". Marks: "extension",
// "ext", "x", "#" (any case), then optional '.', ':' or spaces, then digits.
struct Split {
  std::string_view number;
  std::string extension;
  bool ok = true;
};
Split SplitExtension(std::string_view raw) {
  std::string lower;
  for (const char c : raw) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t at = std::string::npos, mark = 0;
  for (const std::string_view candidate : {"extension", "ext", "x", "#"}) {
    const std::size_t found = lower.find(candidate);
    if (found != std::string::npos && found < at) at = found, mark = candidate.size();
  }
  Split split{raw, {}, true};
  if (at == std::string::npos) return split;
  split.number = raw.substr(0, at);
  std::size_t i = at + mark;
  while (i < raw.size() && (raw[i] == '.' || raw[i] == ':' || raw[i] == ' ')) ++i;
  while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i]))) split.extension += raw[i++];
  while (i < raw.size() && raw[i] == ' ') ++i;
  split.ok = !split.extension.empty() && i == raw.size();
  return split;
}

PhoneNumber Fail(PhoneProblem problem) {
  PhoneNumber number;
  number.problem = problem;
  return number;
}

PhoneNumber Success(std::string_view code, std::string_view national, std::string extension) {
  PhoneNumber number;
  number.e164 = "+" + std::string(code) + std::string(national);
  number.extension = std::move(extension);
  return number;
}

// A national significant number of `country`, checked.
PhoneNumber National(const Country& country, std::string national, std::string extension) {
  if (country.code == "1") {
    if (national.size() == 11 && national.front() == '1') national.erase(0, 1);
    if (national.size() < 10) return Fail(PhoneProblem::kTooShort);
    if (national.size() > 10) return Fail(PhoneProblem::kTooLong);
    // NANP: NXX-NXX-XXXX, N being 2-9.
    if (national[0] < '2') return Fail(PhoneProblem::kBadAreaCode);
    if (national[3] < '2') return Fail(PhoneProblem::kBadExchange);
    return Success(country.code, national, std::move(extension));
  }
  if (country.code == "52") {
    // Before August 2019 Mexicans dialled 044/045 before mobiles, 01 before
    // long distance, and "+52 1" before a mobile from abroad; old lists keep
    // all of these.
    if (national.size() == 13 && (national.starts_with("044") || national.starts_with("045"))) {
      national.erase(0, 3);
    }
    if (national.size() == 11 && national.front() == '1') national.erase(0, 1);
  }
  if (!country.trunk.empty() && national.starts_with(country.trunk) &&
      national.size() - country.trunk.size() >= country.min_digits) {
    national.erase(0, country.trunk.size());
  }
  if (national.size() < country.min_digits) return Fail(PhoneProblem::kTooShort);
  if (national.size() > country.max_digits) return Fail(PhoneProblem::kTooLong);
  return Success(country.code, national, std::move(extension));
}

}  // namespace

std::string_view CallingCode(std::string_view country) {
  const Country* found = FindCountry(country);
  return found ? found->code : std::string_view();
}

PhoneNumber NormalizePhone(std::string_view raw, std::string_view default_country) {
  Split split = SplitExtension(raw);
  if (!split.ok) return Fail(PhoneProblem::kUnexpectedCharacter);

  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < split.number.size(); ++i) {
    const char c = split.number[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '+' && digits.empty() && !plus) {
      plus = true;
    } else if (!IsSeparator(split.number, i)) {
      return Fail(PhoneProblem::kUnexpectedCharacter);
    }
  }
  if (digits.empty()) return Fail(plus ? PhoneProblem::kBadCountryCode : PhoneProblem::kEmpty);

  const Country* home = FindCountry(default_country);
  bool international = plus;
  if (!plus && home) {
    // International dialling prefixes: 011 in NANP countries, 00 elsewhere.
    const std::string_view exit_code = home->code == "1" ? "011" : "00";
    if (digits.starts_with(exit_code)) {
      digits.erase(0, exit_code.size());
      international = true;
    }
  }
  if (!international) {
    if (!home) return Fail(PhoneProblem::kUnknownCountry);
    return National(*home, std::move(digits), std::move(split.extension));
  }

  if (digits.empty() || digits.front() == '0') return Fail(PhoneProblem::kBadCountryCode);
  if (const Country* country = CountryByCode(digits)) {
    // "+84 (0)91..." happens: the trunk 0 after the country code is dropped.
    return National(*country, digits.substr(country->code.size()), std::move(split.extension));
  }
  if (digits.size() < kMinE164Digits) return Fail(PhoneProblem::kTooShort);
  if (digits.size() > kMaxE164Digits) return Fail(PhoneProblem::kTooLong);
  return Success("", digits, std::move(split.extension));
}

std::string_view DescribePhoneProblem(PhoneProblem problem) {
  switch (problem) {
    case PhoneProblem::kNone: return "";
    case PhoneProblem::kEmpty: return "there is no phone number";
    case PhoneProblem::kUnexpectedCharacter: return "holds a character that is not a digit, separator or extension";
    case PhoneProblem::kUnknownCountry:
      return "has no country code (+...) and the default country is not one Puerta knows";
    case PhoneProblem::kTooShort: return "has too few digits for its country";
    case PhoneProblem::kTooLong: return "has too many digits for its country";
    case PhoneProblem::kBadAreaCode: return "the area code starts with 0 or 1";
    case PhoneProblem::kBadExchange: return "the exchange (digits 4 to 6) starts with 0 or 1";
    case PhoneProblem::kBadCountryCode: return "the country code is missing or starts with 0";
  }
  return "";
}

}  // namespace puerta::texting
