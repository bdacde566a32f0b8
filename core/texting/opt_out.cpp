#include "texting/opt_out.h"

#include <map>

#include "texting/opt_out_words_json.h"
#include "util/utf8.h"
#include "util/json_reader.h"

namespace puerta::texting {
namespace {

using WordLists = std::map<std::string, std::vector<std::string>, std::less<>>;

// The compiled-in list, parsed once. The file is ours and a unit test reads
// it the same way, so a broken edit fails the tests, not a phone: here a
// list that does not parse leaves every language empty.
const WordLists& Lists() {
  static const WordLists lists = [] {
    WordLists parsed;
    rapidjson::Document doc;
    json::ParseError error;
    if (!json::Parse(kOptOutWordsJson, json::Limits{}, doc, error)) return parsed;
    const json::Node root(doc, "$");
    const auto languages = root.Find("languages");
    if (!languages) return parsed;
    languages->ForEachMember([&](std::string_view language, const json::Node& entry) {
      const auto words = entry.Find("words");
      if (!words) return;
      std::vector<std::string>& list = parsed[std::string(language)];
      for (std::size_t i = 0; i < words->Size(); ++i) {
        std::string word, problem;
        if ((*words)[i].Text(word, problem)) list.push_back(std::move(word));
      }
    });
    return parsed;
  }();
  return lists;
}

bool IsSpace(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000; }

// Punctuation around or after a word: ASCII symbols (but the apostrophe,
// so "don't" stays one word) and the CJK full stop and comma.
bool IsPunctuation(char32_t cp) {
  if (cp == '\'') return false;
  if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) && !IsSpace(cp);
  return cp == 0x3001 || cp == 0x3002 || cp == 0xFF5E || cp == 0x2026;  // 、 。 ～ …
}

// `folded` with punctuation dropped and spaces collapsed: the whole message
// as compared, and its first word.
struct ReplyForms {
  std::string whole;
  std::string first_word;
};
ReplyForms Forms(std::string_view folded) {
  ReplyForms forms;
  bool pending_space = false, first_done = false;
  for (std::size_t pos = 0; pos < folded.size();) {
    const char32_t cp = NextCodePoint(folded, pos);
    const bool breaks = IsSpace(cp) || IsPunctuation(cp);
    if (breaks) {
      if (!forms.first_word.empty()) first_done = true;
      if (IsSpace(cp) && !forms.whole.empty()) pending_space = true;
      continue;
    }
    if (pending_space) forms.whole += ' ';
    pending_space = false;
    AppendUtf8(forms.whole, cp);
    if (!first_done) AppendUtf8(forms.first_word, cp);
  }
  return forms;
}

bool Matches(const ReplyForms& reply, std::string_view language) {
  const auto found = Lists().find(language);
  if (found == Lists().end()) return false;
  for (const std::string& word : found->second) {
    const std::string folded = Forms(FoldForMatching(word)).whole;
    if (folded.empty()) continue;
    if (reply.whole == folded || reply.first_word == folded) return true;
    // Chinese is written without spaces and Korean attaches endings to the
    // word ("수신거부합니다", "退订谢谢"): there the first word only has to
    // start with the opt-out word.
    const bool latin = static_cast<unsigned char>(folded.front()) < 0x80;
    if (!latin && reply.first_word.starts_with(folded)) return true;
  }
  return false;
}

}  // namespace

const std::vector<std::string>& OptOutWords(std::string_view language) {
  static const std::vector<std::string> kNone;
  const auto found = Lists().find(language);
  return found == Lists().end() ? kNone : found->second;
}

bool IsOptOutReply(std::string_view reply, std::span<const std::string> languages) {
  const ReplyForms forms = Forms(FoldForMatching(reply));
  if (forms.whole.empty()) return false;
  if (Matches(forms, "en")) return true;
  for (const std::string& language : languages) {
    if (language != "en" && Matches(forms, language)) return true;
  }
  return false;
}

}  // namespace puerta::texting
