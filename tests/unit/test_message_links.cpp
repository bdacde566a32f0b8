// sms: and tel: links (core/texting/message_links.h).
#include <doctest/doctest.h>

#include "texting/message_links.h"

using namespace puerta::texting;

TEST_CASE("sms: links put the body after '?' on Android and '&' on iOS, percent-encoded") {
  CHECK(SmsLink("+15551234567", "Hi Ana & co #1", Platform::kAndroid) ==
        "sms:+15551234567?body=Hi%20Ana%20%26%20co%20%231");
  CHECK(SmsLink("+15551234567", "Hi Ana & co #1", Platform::kIos) == "sms:+15551234567&body=Hi%20Ana%20%26%20co%20%231");
  CHECK(SmsLink("+15551234567", "", Platform::kIos) == "sms:+15551234567");
}

TEST_CASE("sms: bodies are UTF-8 bytes, with RFC 3986 unreserved characters kept") {
  CHECK(PercentEncode("a-b_c.d~e09AZ") == "a-b_c.d~e09AZ");
  CHECK(PercentEncode("¡Hola!") == "%C2%A1Hola%21");
  CHECK(PercentEncode("你好") == "%E4%BD%A0%E5%A5%BD");
  CHECK(PercentEncode("a+b=c?\n") == "a%2Bb%3Dc%3F%0A");
  CHECK(SmsLink("+84912345678", "Chào", Platform::kAndroid) == "sms:+84912345678?body=Ch%C3%A0o");
}

TEST_CASE("tel: links keep only the leading '+' and digits") {
  CHECK(TelLink("+15551234567") == "tel:+15551234567");
  CHECK(TelLink("+1 (555) 123-4567") == "tel:+15551234567");
  CHECK(SmsLink("+52 55 1234 5678", "", Platform::kAndroid) == "sms:+525512345678");
}
