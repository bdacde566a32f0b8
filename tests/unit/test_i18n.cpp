// i18n/: every interface text exists, non-empty, in every language.
#include <doctest/doctest.h>

#include <array>
#include <cstring>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "results/result_code.h"

using namespace puerta;

TEST_CASE("the table's rows are in enum order") {
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) CHECK(TableRowOf(static_cast<UiText>(t)) == t);
}

TEST_CASE("one and many: the form before '|' is for exactly one") {
  CHECK(FormatText(Tr(UiText::kPeople, "en"), 1) == "1 person");
  CHECK(FormatText(Tr(UiText::kPeople, "en"), 0) == "0 people");
  CHECK(FormatText(Tr(UiText::kPeople, "en"), 2) == "2 people");
  CHECK(FormatText(Tr(UiText::kResponsesOnPhone, "es"), 1) == "1 respuesta en este teléfono");
  CHECK(FormatText(Tr(UiText::kResponsesOnPhone, "es"), 21) == "21 respuestas en este teléfono");
  CHECK(FormatText(Tr(UiText::kPeople, "zh"), 1) == "1 人");  // no '|': the same for every number
}

namespace {

// `text` (in one language) says what `en` says with the same fillers: the
// same number of %u in each form ("%u person|%u people"), no other printf
// directive that could crash, and the same {name} placeholders.
void CheckTranslation(std::string_view en, std::string_view text) {
  const auto count = [](std::string_view s, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t i = s.find(what); i != std::string_view::npos; i = s.find(what, i + 1)) ++n;
    return n;
  };
  const auto placeholders = [&](std::string_view s) { return count(s, "%u"); };
  CHECK_FALSE(text.empty());
  const auto names = [](std::string_view s) {
    std::multiset<std::string> out;
    for (std::size_t i = s.find('{'); i != std::string_view::npos; i = s.find('{', i + 1))
      out.insert(std::string(s.substr(i, s.find('}', i) - i + 1)));
    return out;
  };
  // Each form ("one|many", or the one form of a language without plurals)
  // has what English's many-form has.
  const std::string_view en_form = en.substr(en.find('|') + 1);
  for (std::string_view rest = text;;) {
    const std::size_t bar = rest.find('|');
    CHECK(placeholders(rest.substr(0, bar)) == placeholders(en_form));
    CHECK(names(rest.substr(0, bar)) == names(en_form));
    if (bar == std::string_view::npos) break;
    rest.remove_prefix(bar + 1);
  }
  for (std::size_t i = text.find('%'); i != std::string_view::npos; i = text.find('%', i + 1))
    CHECK((i + 1 < text.size() && text[i + 1] == 'u'));
}

}  // namespace

TEST_CASE("every interface text is translated into every shipped language") {
  const auto languages = UiLanguages();
  REQUIRE(languages.size() >= 6);
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) {
    for (const auto& lang : languages) {
      INFO("text " << t << " in " << lang.code);
      CheckTranslation(Tr(static_cast<UiText>(t), "en"), Tr(static_cast<UiText>(t), lang.code));
    }
  }
}

TEST_CASE("every text of the organizer's desktop is translated into every shipped language") {
  for (int t = 0; t < static_cast<int>(DeskText::kCount_); ++t) {
    CHECK(TableRowOf(static_cast<DeskText>(t)) == t);
    for (const auto& lang : UiLanguages()) {
      INFO("desk text " << t << " in " << lang.code);
      CheckTranslation(Tr(static_cast<DeskText>(t), "en"), Tr(static_cast<DeskText>(t), lang.code));
    }
  }
  CHECK(Tr(DeskText::kResults, "ko") == "결과");
  CHECK(Tr(DeskText::kResults, "xx") == "Results");  // an unknown language: English
}

TEST_CASE("a date goes where each language puts it") {
  CHECK(FillText(Tr(UiText::kTurfUntil, "en"), "12 Dec") == "Until 12 Dec");
  CHECK(FillText(Tr(UiText::kTurfUntil, "ko"), "12월 12일") == "12월 12일까지");
  CHECK(FillText(Tr(UiText::kTurfUntil, "zh"), "12月12日") == "有效期至12月12日");
  CHECK(FormatText(Tr(UiText::kDayInDecember, "zh"), 12) == "12月12日");
  CHECK(FormatText(Tr(UiText::kDayInDecember, "tl"), 12) == "Dis 12");
}

TEST_CASE("an unknown language falls back to English") {
  CHECK(Tr(UiText::kStart, "xx") == "Start");
  CHECK(Tr(UiText::kStart, "es") == "Empezar");
}

namespace {

// Words a translation may share with English because the language uses them
// too (a brand, an acronym, a word spelled the same). Anything else equal to
// the English text is English left in another language's column.
bool SameAsEnglishAllowed(std::string_view lang, std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kAllowed[] = {
      {"*", "PIN"},      // the keypad's word in every language here
      {"es", "No"},      // Spanish no
      {"es", "Normal"},  // Spanish normal
      {"*", "%u"},       // a day of the month, written as a bare number
  };
  for (const auto& [l, t] : kAllowed)
    if ((l == "*" || l == lang) && t == text) return true;
  return false;
}

// ASCII words of 3+ letters a Chinese or Korean text may contain: names of
// things that are not translated (the app, the organizer's tools, a browser).
bool AsciiWordAllowed(std::string_view word) {
  // Esperanza and Oak: the sample turf's streets; Excel, xlsx, PDF: files'
  // kind; browsers and what they need, by their names.
  static constexpr std::string_view kAllowed[] = {
      "PIN",       "CSV", "VAN",   "Puerta", "Safari", "YYYY",   "https",       "WhatsApp", "Signal",
      "Esperanza", "Oak", "Excel", "xlsx",   "Chrome", "Firefox", "WebAssembly", "WebGL", "PDF"};
  for (std::string_view a : kAllowed)
    if (a == word) return true;
  return false;
}

}  // namespace

TEST_CASE("no English is left in another language's column") {
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) {
    const std::string_view en = Tr(static_cast<UiText>(t), "en");
    for (const auto& lang : UiLanguages()) {
      if (lang.code == "en") continue;
      const std::string_view text = Tr(static_cast<UiText>(t), lang.code);
      INFO("text " << t << " in " << lang.code << ": " << std::string(text));
      CHECK((text != en || SameAsEnglishAllowed(lang.code, text)));
    }
    // Chinese and Korean texts are written in their own script: a Latin word
    // there is English left over, unless it names something untranslated.
    for (const char* lang : {"zh", "ko"}) {
      const std::string_view text = Tr(static_cast<UiText>(t), lang);
      std::string word;
      auto check = [&] {
        INFO("text " << t << " in " << lang << ": " << std::string(text));
        if (word.size() >= 3) CHECK_MESSAGE(AsciiWordAllowed(word), word);
        word.clear();
      };
      bool in_placeholder = false;  // "{unit}" is filled in, never read
      for (char c : text) {
        if (c == '{' || c == '}') in_placeholder = c == '{';
        if (!in_placeholder && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) word += c;
        else check();
      }
      check();
    }
  }
}

TEST_CASE("the phone's languages pick the first one Puerta speaks") {
  using V = std::vector<std::string>;
  CHECK(PickUiLanguage(V{"ko-KR", "en"}) == "ko");
  CHECK(PickUiLanguage(V{"fr-FR", "zh-Hant-TW", "en"}) == "zh");
  CHECK(PickUiLanguage(V{"fil-PH"}) == "tl");
  CHECK(PickUiLanguage(V{"vi_VN"}) == "vi");
  CHECK(PickUiLanguage(V{"ES"}) == "es");
  CHECK(PickUiLanguage(V{"de", "ru"}) == "en");
  CHECK(PickUiLanguage(V{}) == "en");
}

// docs/glossary-<lang>.md: one word per concept. Every text whose English
// says the concept uses the glossary's word for it.
TEST_CASE("each language calls a turf and a follow-up by one word, as its glossary says") {
  struct Term {
    std::string_view english;
    std::array<std::string_view, 5> word;  // es zh vi ko tl
  };
  const Term terms[] = {
      {"turf", {"zona", "片区", "khu vực", "구역", "turf"}},
      {"Follow-up", {"Por volver", "需回访", "Cần quay lại", "재방문", "Babalikan"}},
  };
  const std::string_view langs[] = {"es", "zh", "vi", "ko", "tl"};
  for (const Term& term : terms) {
    for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) {
      if (Tr(static_cast<UiText>(t), "en").find(term.english) == std::string_view::npos) continue;
      for (std::size_t l = 0; l < 5; ++l) {
        const std::string_view text = Tr(static_cast<UiText>(t), langs[l]);
        INFO(langs[l] << ": " << std::string(text));
        std::string capitalized(term.word[l]);  // at the start of a sentence ("Zona de ejemplo")
        if (capitalized[0] >= 'a' && capitalized[0] <= 'z') capitalized[0] = static_cast<char>(capitalized[0] - 'a' + 'A');
        CHECK((text.find(term.word[l]) != std::string_view::npos || text.find(capitalized) != std::string_view::npos));
      }
    }
  }
}

// Words a glossary rules out, where another text once used them: a second
// word for the same thing reads as a second thing.
TEST_CASE("no text uses a word its language's glossary replaced") {
  struct Ruled {
    std::string_view lang, word, instead;
  };
  const Ruled ruled[] = {
      {"ko", "사본", "자료 (copy of the data: docs/glossary-ko.md)"},
      {"tl", " phone", "telepono"},
      {"tl", "practice", "pagsasanay / magsanay"},
      {"zh", "话术", "脚本"},
      {"zh", "我的数字", "我的统计"},
      {"vi", "Bản này", "dữ liệu (the phone's copy: docs/glossary-vi.md)"},
      {"vi", "Đúng, xóa", "Có, xóa"},
  };
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t)
    for (const Ruled& r : ruled) {
      const std::string_view text = Tr(static_cast<UiText>(t), r.lang);
      INFO(r.lang << ": " << std::string(text) << " (say " << std::string(r.instead) << ")");
      CHECK(text.find(r.word) == std::string_view::npos);
    }
}

TEST_CASE("no English is left among the result codes' labels either") {
  for (int c = 0; c < static_cast<int>(ResultCode::kCount_); ++c) {
    const std::string_view en = ResultCodeLabel(static_cast<ResultCode>(c), "en");
    for (const auto& lang : UiLanguages()) {
      if (lang.code == "en") continue;
      const std::string_view text = ResultCodeLabel(static_cast<ResultCode>(c), lang.code);
      INFO("result code " << c << " in " << lang.code << ": " << std::string(text));
      CHECK_FALSE(text.empty());
      CHECK((text != en || SameAsEnglishAllowed(lang.code, text)));
    }
  }
}
