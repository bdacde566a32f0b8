// script/: walking a conversation, branching, going back, languages.
#include <doctest/doctest.h>

#include "script/answer_check.h"
#include "script/conversation.h"
#include "script_fixtures.h"

using namespace puerta;

namespace {

std::vector<std::string> VisibleIds(const Conversation& c) {
  std::vector<std::string> ids;
  for (const Step* s : c.VisibleSteps()) ids.push_back(s->id);
  return ids;
}

std::string CurrentId(const Conversation& c) { return c.Current() ? c.Current()->id : "(end)"; }

}  // namespace

TEST_CASE("branching: steps appear and disappear as answers change") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en", {{"first_name", "Rosa"}, {"canvasser", "Minh"}});
  CHECK(CurrentId(c) == "intro");
  CHECK(c.Text(*c.Current()) == "Hi Rosa, I'm Minh.");
  // Nothing answered: issues shows through "not answered" only once registered=yes.
  CHECK(VisibleIds(c) == std::vector<std::string>{"intro", "registered", "support", "household_size", "comment"});

  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "registered");
  CHECK_FALSE(c.Next());  // required
  REQUIRE(c.Answer("registered", "no"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "wants_help");
  REQUIRE(c.Answer("wants_help", "yes"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "help_date");
  REQUIRE(c.Answer("help_date", "2024-11-02T10:00"));
  REQUIRE(c.Next());
  REQUIRE(c.Answer("support", "5"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "issues");
  REQUIRE(c.Answer("issues", std::vector<std::string>{"housing", "wages"}));
  REQUIRE(c.Next());
  REQUIRE(c.Answer("household_size", "6"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "big_household");
  REQUIRE(c.Answer("big_household", "some"));
  REQUIRE(c.Next());
  REQUIRE(c.Next());
  CHECK(c.AtEnd());
  CHECK(c.RecordedAnswers().size() == 7);
  CHECK(c.SupportIdentified());
}

TEST_CASE("going back and changing an answer hides later steps, and their answers are not recorded") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "es");
  REQUIRE(c.Next());
  REQUIRE(c.Answer("registered", "no"));
  REQUIRE(c.Next());
  REQUIRE(c.Answer("wants_help", "yes"));
  REQUIRE(c.Next());
  REQUIRE(c.Answer("help_date", "2024-11-02"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "support");
  CHECK(c.RecordedAnswers().count("help_date"));

  // Back twice: to help_date, then wants_help. Change it to "no".
  REQUIRE(c.Back());
  CHECK(CurrentId(c) == "help_date");
  REQUIRE(c.Back());
  CHECK(CurrentId(c) == "wants_help");
  REQUIRE(c.Answer("wants_help", "no"));
  CHECK_FALSE(c.IsVisible("help_date"));
  CHECK(c.RecordedAnswers().count("help_date") == 0);
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "support");  // help_date is skipped

  // Further back: registered becomes "yes", which hides wants_help as well.
  REQUIRE(c.Back());
  REQUIRE(c.Back());
  CHECK(CurrentId(c) == "registered");
  REQUIRE(c.Answer("registered", "yes"));
  const Answers recorded = c.RecordedAnswers();
  CHECK(recorded == Answers{{"registered", {"yes"}}});
  CHECK(c.Answer("wants_help", "yes").message().find("not asked") != std::string::npos);

  // Restoring the earlier answer brings the remembered answers back.
  REQUIRE(c.Answer("registered", "no"));
  CHECK(c.RecordedAnswers().at("wants_help") == std::vector<std::string>{"no"});
}

TEST_CASE("a hidden step's stale answer does not steer later conditions") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en");
  REQUIRE(c.Answer("registered", "yes"));
  CHECK(c.IsVisible("issues"));  // registered and support not answered
  REQUIRE(c.Answer("support", "2"));
  CHECK_FALSE(c.IsVisible("issues"));
  REQUIRE(c.Answer("support", "4"));
  REQUIRE(c.Answer("issues", "schools"));
  REQUIRE(c.Answer("support", "1"));
  CHECK(c.RecordedAnswers().count("issues") == 0);
}

TEST_CASE("the current step moves on when an earlier answer hides it") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en");
  REQUIRE(c.Next());
  REQUIRE(c.Answer("registered", "no"));
  REQUIRE(c.Next());
  CHECK(CurrentId(c) == "wants_help");
  REQUIRE(c.Answer("registered", "yes"));  // edited from a summary screen
  CHECK(CurrentId(c) == "support");
  REQUIRE(c.Back());
  CHECK(CurrentId(c) == "registered");
  REQUIRE(c.Back());
  CHECK_FALSE(c.Back());
  CHECK(CurrentId(c) == "intro");
}

TEST_CASE("switching language mid-conversation keeps the answers") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en");
  REQUIRE(c.Answer("registered", "yes"));
  REQUIRE(c.Answer("support", "4"));
  const Answers before = c.RecordedAnswers();
  c.SetLanguage("es");
  CHECK(c.RecordedAnswers() == before);
  CHECK(c.Text(*s.FindStep("registered")) == "¿Está inscrito para votar?");
  CHECK(c.Label(s.FindStep("issues")->options[0]) == "Vivienda");
  c.SetLanguage("ko");  // not in the script: falls back to English
  CHECK(c.Text(*s.FindStep("registered")) == "Are you registered to vote?");
  CHECK(c.Title() == "Branching test");
}

TEST_CASE("answers are checked against the step kind") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en");
  CHECK_FALSE(c.Answer("registered", "maybe"));
  CHECK_FALSE(c.Answer("support", "6"));
  CHECK_FALSE(c.Answer("support", "0"));
  CHECK_FALSE(c.Answer("household_size", "0"));
  CHECK_FALSE(c.Answer("household_size", "abc"));
  CHECK_FALSE(c.Answer("household_size", "nan"));
  CHECK_FALSE(c.Answer("intro", "x"));
  CHECK_FALSE(c.Answer("comment", "   "));
  CHECK_FALSE(c.Answer("nope", "x"));
  CHECK(c.Answer("comment", "Call me after 6"));
  REQUIRE(c.Answer("support", "5"));
  CHECK_FALSE(c.Answer("issues", std::vector<std::string>{"housing", "housing"}));
  CHECK_FALSE(c.Answer("issues", std::vector<std::string>{"parks"}));
  CHECK_FALSE(c.Answer("issues", std::vector<std::string>{}));
  REQUIRE(c.Answer("household_size", "2"));
  c.Clear("household_size");
  CHECK(c.AnswerOf("household_size") == nullptr);

  CHECK(IsDateTime("2024-02-29"));
  CHECK_FALSE(IsDateTime("2023-02-29"));
  CHECK(IsDateTime("2024-11-05T23:59"));
  CHECK_FALSE(IsDateTime("2024-11-05T24:00"));
  CHECK_FALSE(IsDateTime("2024-13-01"));
  CHECK_FALSE(IsDateTime("11/05/2024"));
}

TEST_CASE("required steps still missing are listed") {
  const Script s = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  Conversation c(s, "en");
  REQUIRE(c.MissingRequired().size() == 1);
  CHECK(c.MissingRequired()[0]->id == "registered");
  REQUIRE(c.Answer("registered", "yes"));
  CHECK(c.MissingRequired().empty());
}

TEST_CASE("{called_name} is the name a person is called by in the language being spoken") {
  Script s;
  s.id = "greeting";
  s.languages = {"en", "vi", "ko"};
  s.fallback_language = "en";
  Step intro;
  intro.id = "intro";
  intro.text = {{"en", "Hi {called_name}!"}, {"vi", "Xin chào anh/chị {called_name}!"}, {"ko", "{called_name} 님, 안녕하세요!"}};
  s.steps.push_back(intro);
  Conversation c(s, "ko", {{"first_name", "Min-jun"}, {"last_name", "Kim"}, {"person_language", "ko"}});
  CHECK(c.Text(s.steps[0]) == "Kim Min-jun 님, 안녕하세요!");
  c.SetLanguage("en");
  CHECK(c.Text(s.steps[0]) == "Hi Min-jun!");
  Conversation v(s, "vi", {{"first_name", "Văn An"}, {"last_name", "Nguyễn"}, {"person_language", "vi"}});
  CHECK(v.Text(s.steps[0]) == "Xin chào anh/chị An!");
  Conversation k(s, "ko", {{"first_name", "Guadalupe"}, {"last_name", "Ramírez"}, {"person_language", "es"}});
  CHECK(k.Text(s.steps[0]) == "Guadalupe 님, 안녕하세요!");
}

TEST_CASE("a placeholder value given per language (NAME@LANG) is used while that language is spoken") {
  Script s;
  s.id = "intro";
  s.languages = {"en", "es", "zh"};
  s.fallback_language = "en";
  Step intro;
  intro.id = "intro";
  intro.text = {{"en", "I volunteer with {organization}."}, {"es", "Soy voluntaria de {organization}."},
                {"zh", "我是{organization}的志愿者。"}};
  s.steps.push_back(intro);
  Conversation c(s, "zh", {{"organization", "Sample organization"}, {"organization@zh", "示范组织"},
                           {"organization@es", "Organización de ejemplo"}});
  CHECK(c.Text(s.steps[0]) == "我是示范组织的志愿者。");
  c.SetLanguage("es");
  CHECK(c.Text(s.steps[0]) == "Soy voluntaria de Organización de ejemplo.");
  c.SetLanguage("en");  // no English value given: the turf's own
  CHECK(c.Text(s.steps[0]) == "I volunteer with Sample organization.");
}
