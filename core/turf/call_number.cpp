#include "turf/call_number.h"

#include <cctype>

namespace puerta {
namespace {

bool IsNanp(std::string_view country) { return country == "US" || country == "CA"; }

// The digits before an extension marker ("x", "ext", "#"); letters elsewhere
// (a vanity number "1-800-FLOWERS", a note "cell") make the number unreadable.
bool Digits(std::string_view raw, std::string& digits, bool& plus, std::string& why) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (std::isdigit(c)) digits += static_cast<char>(c);
    else if (c == '+' && digits.empty() && !plus) plus = true;
    else if (c == '#' || c == 'x' || c == 'X' || c == 'e' || c == 'E') {
      if (c == 'e' || c == 'E') {
        const std::string_view rest = raw.substr(i);
        if (rest.size() < 3 || std::tolower(static_cast<unsigned char>(rest[1])) != 'x' ||
            std::tolower(static_cast<unsigned char>(rest[2])) != 't') {
          why = "has letters in it";
          return false;
        }
      }
      return true;  // an extension follows
    } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t') {
      continue;
    } else {
      why = c >= 0x80 || std::isalpha(c) ? "has letters in it" : std::string("has a '") + static_cast<char>(c) + "' in it";
      return false;
    }
  }
  return true;
}

}  // namespace

bool CallNumberCountryKnown(std::string_view country) { return IsNanp(country); }

CallNumber ReadCallNumber(std::string_view raw, std::string_view country) {
  CallNumber out;
  std::string digits;
  bool plus = false;
  if (!Digits(raw, digits, plus, out.why)) return out;
  if (digits.empty()) {
    out.why = "is empty";
    return out;
  }
  if (plus) {
    // E.164: a country code and at most 15 digits in all; the shortest real
    // numbers (some Pacific islands) have 8.
    if (digits.size() < 8 || digits.size() > 15 || digits[0] == '0') {
      out.why = "has " + std::to_string(digits.size()) + " digits after '+'; an international number has 8 to 15";
      return out;
    }
    if (digits[0] != '1') {
      out.e164 = "+" + digits;
      return out;
    }
  } else if (!IsNanp(country)) {
    out.why = "is written without '+' and country " + std::string(country) + " is not one this version reads";
    return out;
  }
  if (digits.size() == 11 && digits[0] == '1') digits.erase(0, 1);
  if (digits.size() != 10) {
    out.why = "has " + std::to_string(digits.size()) + " digits; a North American number has 10";
    return out;
  }
  // NANP: neither the area code nor the exchange begins with 0 or 1.
  if (digits[0] < '2' || digits[3] < '2') {
    out.why = "is not a North American number (area code or exchange begins with 0 or 1)";
    return out;
  }
  out.e164 = "+1" + digits;
  return out;
}

}  // namespace puerta
