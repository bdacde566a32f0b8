// Links that hand a call or a text to the phone's own dialer or messaging
// app: Puerta never sends anything itself, and a voter's number only leaves
// the phone when the canvasser taps Send there.
//   sms: RFC 5724. Android reads "sms:+15551234567?body=...". iOS since 8
//        reads "sms:+15551234567&body=..." (and ignores "?body" after a
//        number), so the separator depends on the platform.
//   tel: RFC 3966, "tel:+15551234567".
#pragma once

#include <string>
#include <string_view>

namespace puerta::texting {

enum class Platform { kAndroid, kIos };

// `number_e164` as NormalizePhone gives it ("+15551234567"); `body` UTF-8,
// percent-encoded byte by byte with RFC 3986's unreserved characters
// (A-Z a-z 0-9 - . _ ~) kept, so a space is %20 (never '+', which Messages
// would show) and "&" or "#" in the text cannot end the body early. An empty
// body gives just "sms:+15551234567".
std::string SmsLink(std::string_view number_e164, std::string_view body, Platform platform);

// "tel:+15551234567". Only '+' and digits of `number_e164` are kept.
std::string TelLink(std::string_view number_e164);

// RFC 3986 percent-encoding of UTF-8 bytes, unreserved characters kept.
std::string PercentEncode(std::string_view utf8);

}  // namespace puerta::texting
