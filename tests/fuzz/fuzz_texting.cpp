// libFuzzer target: the texting core (core/texting/) on arbitrary bytes, as a
// voter file's phone column, an organizer's message or a voter's reply.
// Checks: nothing crashes; a number that normalizes is '+' and 7-15 digits
// and normalizes to itself again; an SMS never counts fewer characters than
// it has code points or more parts than characters; folding is idempotent;
// filling a template with no placeholders changes nothing; an sms: link holds
// only unreserved characters and escapes after "body=".
// Seeds: tests/fuzz/seeds_texting.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "texting/message_links.h"
#include "texting/message_template.h"
#include "texting/opt_out.h"
#include "texting/phone_number.h"
#include "texting/sms_segments.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_texting: %s\n", what);
  std::abort();
}

bool LinkSafe(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~' || c == '%';
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace puerta::texting;
  const std::string text(reinterpret_cast<const char*>(data), size);

  for (const char* country : {"US", "MX", "CN", "KR", "FR"}) {
    const PhoneNumber number = NormalizePhone(text, country);
    if (number.ok() != !number.e164.empty()) Fail("ok() and e164 disagree");
    if (!number.ok()) continue;
    if (number.e164.size() < 8 || number.e164.size() > 16 || number.e164[0] != '+') Fail("not E.164");
    if (NormalizePhone(number.e164, country).e164 != number.e164) Fail("E.164 does not normalize to itself");
  }

  const SmsSize sms = SmsSegments(text);
  std::size_t code_points = 0;
  for (const char c : text) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (sms.characters < code_points && sms.encoding == SmsEncoding::kUcs2) Fail("UCS-2 undercounts");
  if (sms.segments > sms.characters || (sms.characters > 0) != (sms.segments > 0)) Fail("parts and characters disagree");

  const std::string folded = FoldForMatching(text);
  if (FoldForMatching(folded) != folded) Fail("folding is not idempotent");
  const std::vector<std::string> languages{"es", "zh", "vi", "ko", "tl"};
  (void)IsOptOutReply(text, languages);

  if (text.find('{') == std::string::npos && FillTemplate(text, {"a", "b", "c"}) != text) Fail("fill changed plain text");
  (void)CheckTemplate(text, "vi", text.substr(0, 8));

  const std::string link = SmsLink("+15552345678", text, Platform::kIos);
  const std::size_t body = link.find("body=");
  if (!text.empty() && body == std::string::npos) Fail("no body");
  if (body != std::string::npos) {
    for (std::size_t i = body + 5; i < link.size(); ++i) {
      if (!LinkSafe(link[i])) Fail("unescaped character in the body");
    }
  }
  return 0;
}
