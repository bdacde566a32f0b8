// Opt-out replies (core/texting/opt_out.h) and the reviewed word list they
// come from (assets/texting/opt-out-words.json, compiled into the core).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "texting/opt_out.h"
#include "util/json_reader.h"

using namespace puerta;
using namespace puerta::texting;

namespace {

bool OptOut(std::string_view reply, std::vector<std::string> languages) { return IsOptOutReply(reply, languages); }

}  // namespace

TEST_CASE("Opt-out: the whole reply or its first word, whatever the case and punctuation") {
  CHECK(OptOut("STOP", {"en"}));
  CHECK(OptOut("stop", {}));
  CHECK(OptOut("Stop please", {"en"}));
  CHECK(OptOut("  Stop!!! ", {"en"}));
  CHECK(OptOut("stop.", {"en"}));
  CHECK(OptOut("Unsubscribe me", {"en"}));
  CHECK(OptOut("opt out", {"en"}));
  CHECK(OptOut("ＳＴＯＰ", {"zh"}));  // full-width letters from a Chinese keyboard
  CHECK_FALSE(OptOut("don't stop", {"en"}));
  CHECK_FALSE(OptOut("stopping by later", {"en"}));
  CHECK_FALSE(OptOut("Yes I will vote", {"en"}));
  CHECK_FALSE(OptOut("", {"en"}));
  CHECK_FALSE(OptOut("!!!", {"en"}));
}

TEST_CASE("Opt-out: each language's words count for that language, and English always") {
  CHECK(OptOut("alto", {"es"}));
  CHECK(OptOut("Basta ya", {"es"}));
  CHECK_FALSE(OptOut("alto", {"en"}));
  CHECK(OptOut("STOP", {"es"}));
  CHECK(OptOut("退订", {"zh"}));
  CHECK(OptOut("退订谢谢", {"zh"}));  // no spaces in Chinese: the reply starts with it
  CHECK(OptOut("停止。", {"zh"}));
  CHECK(OptOut("Dừng lại", {"vi"}));
  CHECK(OptOut("dung", {"vi"}));  // typed without accents
  CHECK(OptOut("HUY", {"vi"}));
  CHECK(OptOut("중지", {"ko"}));
  CHECK(OptOut("수신거부합니다", {"ko"}));  // the word with a verb ending
  CHECK(OptOut("Tigil na po", {"tl"}));
  CHECK(OptOut("hinto", {"es", "tl"}));
  CHECK_FALSE(OptOut("你好", {"zh"}));
  CHECK_FALSE(OptOut("안녕하세요", {"ko"}));
}

TEST_CASE("Opt-out: folding drops Latin and Vietnamese accents and lowercases") {
  CHECK(FoldForMatching("DỪNG") == "dung");
  CHECK(FoldForMatching("NGỪNG HỦY") == "ngung huy");
  CHECK(FoldForMatching("ĐƯỜNG Ơ") == "duong o");
  CHECK(FoldForMatching("Ñandú Çà") == "nandu ca");
  CHECK(FoldForMatching("e\xCC\x81") == "e");  // e + combining acute
  CHECK(FoldForMatching("ＳＴＯＰ！") == "stop!");
  CHECK(FoldForMatching("ÆSIR Œuvre") == "æsir œuvre");
  CHECK(FoldForMatching("退订 중지") == "退订 중지");
}

TEST_CASE("Opt-out: the word list file covers Puerta's six languages, each word with its source") {
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/assets/texting/opt-out-words.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  rapidjson::Document doc;
  json::ParseError error;
  REQUIRE(json::Parse(text.str(), json::Limits{}, doc, error));
  const json::Node root(doc, "$");
  const auto languages = root.Find("languages");
  REQUIRE(languages);
  std::vector<std::string> seen;
  languages->ForEachMember([&](std::string_view language, const json::Node& entry) {
    seen.emplace_back(language);
    const auto source = entry.Find("source");
    CHECK(source);
    const auto words = entry.Find("words");
    REQUIRE(words);
    // The compiled-in list is this file: every word, in order.
    const std::vector<std::string>& compiled = OptOutWords(language);
    REQUIRE(compiled.size() == words->Size());
    for (std::size_t i = 0; i < words->Size(); ++i) {
      std::string word, problem;
      REQUIRE((*words)[i].Text(word, problem));
      CHECK(compiled[i] == word);
      CHECK(IsOptOutReply(word, std::vector<std::string>{std::string(language)}));
    }
  });
  CHECK(seen == std::vector<std::string>{"en", "es", "zh", "vi", "ko", "tl"});
  CHECK(OptOutWords("fr").empty());
}
