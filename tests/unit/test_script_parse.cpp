// script/: reading the JSON format into a Script.
#include <doctest/doctest.h>

#include "script/localized_text.h"
#include "script_fixtures.h"

using namespace puerta;
using puerta::testing::LoadScript;

TEST_CASE("a script file reads into steps, options, conditions and texts") {
  const Script s = LoadScript("tests/data/scripts/branching.json");
  CHECK(s.id == "test-branching");
  CHECK(s.version == 2);
  CHECK(s.languages == std::vector<std::string>{"en", "es"});
  REQUIRE(s.steps.size() == 9);
  CHECK(s.steps[0].kind == StepKind::kInfo);
  CHECK(s.steps[1].kind == StepKind::kYesNo);
  CHECK(s.steps[1].required);
  CHECK(s.steps[3].kind == StepKind::kDateTime);
  CHECK(s.steps[4].kind == StepKind::kScale);
  CHECK(s.steps[4].support_ids == std::vector<std::string>{"4", "5"});
  CHECK(s.steps[4].QuestionName() == "Rent Control Support");
  CHECK(s.steps[5].kind == StepKind::kMultipleChoice);
  CHECK(s.steps[5].options.size() == 3);
  CHECK(s.steps[5].options[1].label.at("es") == "Salarios");
  CHECK(s.steps[6].min == 1);
  CHECK(s.steps[6].max == 20);
  CHECK(s.steps[8].kind == StepKind::kFreeText);

  REQUIRE(s.steps[2].show_if);
  CHECK(s.steps[2].show_if->op == Condition::Op::kEquals);
  CHECK(s.steps[2].show_if->step == "registered");
  CHECK(s.steps[2].show_if->values == std::vector<std::string>{"no"});
  const Condition& any = *s.steps[5].show_if;
  CHECK(any.op == Condition::Op::kAny);
  REQUIRE(any.children.size() == 2);
  CHECK(any.children[0].op == Condition::Op::kGreaterEqual);
  CHECK(any.children[0].number == 4);
  CHECK(any.children[1].op == Condition::Op::kAll);
  CHECK(any.children[1].children[1].op == Condition::Op::kNot);
  CHECK(any.children[1].children[1].children[0].op == Condition::Op::kAnswered);
}

TEST_CASE("every step kind has a JSON name that reads back") {
  for (StepKind k : {StepKind::kInfo, StepKind::kSingleChoice, StepKind::kMultipleChoice, StepKind::kScale,
                     StepKind::kYesNo, StepKind::kNumber, StepKind::kFreeText, StepKind::kDateTime}) {
    CHECK(StepKindFromName(StepKindName(k)) == k);
  }
  CHECK_FALSE(StepKindFromName("slider"));
}

TEST_CASE("a bare string text belongs to the fallback language; numbers compare as text") {
  const auto parsed = ParseScript(R"({"id":"s","title":"T","languages":["es"],"fallback_language":"es",
    "steps":[{"id":"n","kind":"number","text":"¿Cuántos?"},
             {"id":"i","kind":"info","text":"Bien","show_if":{"step":"n","any_of":[3, 4.5]}}]})");
  CHECK(parsed.problems.empty());
  CHECK(parsed.script.title.at("es") == "T");
  CHECK(parsed.script.steps[0].text.at("es") == "¿Cuántos?");
  CHECK(parsed.script.steps[1].show_if->values == std::vector<std::string>{"3", "4.5"});
}

TEST_CASE("text falls back to the fallback language, then to any language") {
  const LocalizedText text = {{"en", "Hello"}, {"es", "Hola"}};
  CHECK(Localize(text, "es", "en") == "Hola");
  CHECK(Localize(text, "vi", "en") == "Hello");
  CHECK(Localize({{"zh", "你好"}}, "vi", "en") == "你好");
  CHECK(Localize({}, "vi", "en").empty());
}

TEST_CASE("placeholders are filled in, and a missing name leaves no gap") {
  const std::map<std::string, std::string> values = {{"first_name", "Rosa"}, {"canvasser", "Minh"}};
  CHECK(ExpandPlaceholders("Hi {first_name}, I'm {canvasser}.", values) == "Hi Rosa, I'm Minh.");
  CHECK(ExpandPlaceholders("Hi {first_name}, I'm {canvasser}.", {{"canvasser", "Minh"}}) == "Hi, I'm Minh.");
  CHECK(ExpandPlaceholders("{unknown} stays {", values) == "{unknown} stays {");
}

TEST_CASE("an empty name leaves no stray space before punctuation") {
  CHECK(ExpandPlaceholders("Hi {first_name}!", {}) == "Hi!");
  CHECK(ExpandPlaceholders("¡Hola {first_name}! Soy {canvasser}.", {{"canvasser", "Ana"}}) == "¡Hola! Soy Ana.");
}
