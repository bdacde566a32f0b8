#include "texting/sms_segments.h"

#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace puerta::texting {
namespace {

// GSM 03.38 default alphabet (3GPP TS 23.038 section 6.2.1), in table order
// 0x00-0x7F; 0x1B is the escape to the extension table, never a character.
constexpr std::u32string_view kBasicTable =
    U"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1B" U"ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    U"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// The extension table (6.2.1.1): each costs the escape plus itself.
static_assert(kBasicTable.size() == 128, "the default alphabet has 128 positions");
constexpr std::u32string_view kExtensionTable = U"\f^{}\\[~]|€";

constexpr std::uint32_t kSingleGsm = 160, kPartGsm = 153;
constexpr std::uint32_t kSingleUcs2 = 70, kPartUcs2 = 67;

// Septets for one character, or 0 when GSM-7 cannot carry it.
std::uint32_t GsmSeptets(char32_t cp) {
  if (cp == 0x1B) return 0;
  if (kBasicTable.find(cp) != std::u32string_view::npos) return 1;
  if (kExtensionTable.find(cp) != std::u32string_view::npos) return 2;
  return 0;
}

// Parts needed for units that may not be split (an escape pair, a surrogate
// pair), filled greedily as a phone fills them.
std::uint32_t Parts(const std::vector<std::uint32_t>& sizes, std::uint32_t total, std::uint32_t single,
                    std::uint32_t part) {
  if (total == 0) return 0;
  if (total <= single) return 1;
  std::uint32_t parts = 1, used = 0;
  for (const std::uint32_t size : sizes) {
    if (used + size > part) {
      ++parts;
      used = 0;
    }
    used += size;
  }
  return parts;
}

}  // namespace

SmsSize SmsSegments(std::string_view utf8) {
  std::vector<char32_t> code_points;
  for (std::size_t pos = 0; pos < utf8.size();) code_points.push_back(NextCodePoint(utf8, pos));

  bool gsm = true;
  for (const char32_t cp : code_points) gsm = gsm && GsmSeptets(cp) != 0;

  std::vector<std::uint32_t> sizes;
  sizes.reserve(code_points.size());
  SmsSize size;
  size.encoding = gsm ? SmsEncoding::kGsm7 : SmsEncoding::kUcs2;
  for (const char32_t cp : code_points) {
    const std::uint32_t units = gsm ? GsmSeptets(cp) : (cp >= 0x10000 ? 2u : 1u);
    sizes.push_back(units);
    size.characters += units;
  }
  size.segments = gsm ? Parts(sizes, size.characters, kSingleGsm, kPartGsm)
                      : Parts(sizes, size.characters, kSingleUcs2, kPartUcs2);
  return size;
}

}  // namespace puerta::texting
