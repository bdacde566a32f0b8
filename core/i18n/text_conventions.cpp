#include "i18n/text_conventions.h"

namespace puerta {
namespace {

bool FamilyFirst(std::string_view language) { return language == "zh" || language == "ko" || language == "vi"; }

// Hanzi and Hangul names are written as one word; anything else (pinyin,
// romanized Korean, Vietnamese) keeps its spaces. A UTF-8 lead byte of
// 0xE3..0xED covers CJK ideographs (U+4E00..) and Hangul syllables (U+AC00..).
bool CjkScript(std::string_view text) {
  return !text.empty() && static_cast<unsigned char>(text.front()) >= 0xE3 &&
         static_cast<unsigned char>(text.front()) <= 0xED;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string Join(std::string_view first, std::string_view second, bool spaced) {
  std::string out(first);
  if (!first.empty() && !second.empty() && spaced) out += ' ';
  out += second;
  return out;
}

}  // namespace

std::string_view LabelColon(std::string_view language) {
  return language == "zh" || language == "ja" ? "：" : ": ";
}

std::string_view SentenceGap(std::string_view language) {
  return language == "zh" || language == "ja" ? "。" : ". ";
}

std::string PersonName(std::string_view given, std::string_view family, std::string_view language) {
  given = Trim(given);
  family = Trim(family);
  const bool cjk = CjkScript(family) && (given.empty() || CjkScript(given));
  if (!cjk && !FamilyFirst(language)) return Join(given, family, true);
  const bool one_word = cjk;
  return Join(family, given, !one_word);
}

std::string CalledName(std::string_view given, std::string_view family, std::string_view spoken,
                       std::string_view person_language) {
  given = Trim(given);
  const bool east_asian = person_language == "zh" || person_language == "ko" || (CjkScript(family) && CjkScript(given));
  if (person_language == "vi") {
    const std::size_t space = given.rfind(' ');
    return std::string(space == std::string_view::npos ? given : given.substr(space + 1));
  }
  if (east_asian && (spoken == "zh" || spoken == "ko")) return PersonName(given, family, spoken);
  return std::string(given);
}

}  // namespace puerta
