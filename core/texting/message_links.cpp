#include "texting/message_links.h"

namespace puerta::texting {
namespace {

bool Unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string DialableNumber(std::string_view number) {
  std::string out;
  for (const char c : number) {
    if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out += c;
  }
  return out;
}

}  // namespace

std::string PercentEncode(std::string_view utf8) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(utf8.size() * 3);
  for (const char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    if (Unreserved(c)) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
  return out;
}

std::string SmsLink(std::string_view number_e164, std::string_view body, Platform platform) {
  std::string link = "sms:" + DialableNumber(number_e164);
  if (body.empty()) return link;
  link += platform == Platform::kIos ? "&body=" : "?body=";
  link += PercentEncode(body);
  return link;
}

std::string TelLink(std::string_view number_e164) { return "tel:" + DialableNumber(number_e164); }

}  // namespace puerta::texting
