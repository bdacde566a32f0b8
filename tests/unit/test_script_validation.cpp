// script/: validation names every problem with its JSON path.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "script_fixtures.h"

using namespace puerta;
using K = ScriptProblemKind;

namespace {

bool Has(const std::vector<ScriptProblem>& problems, K kind, const std::string& path) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const ScriptProblem& p) { return p.kind == kind && p.path == path; });
}

std::string Dump(const std::vector<ScriptProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += FormatProblem(p) + "\n";
  return out;
}

}  // namespace

TEST_CASE("one broken file reports every problem, each at its JSON path") {
  const auto problems = CheckScript(puerta::testing::ReadSource("tests/data/scripts/every_problem.json"));
  INFO(Dump(problems));
  CHECK(Has(problems, K::kUnknownField, "$.colour"));
  CHECK(Has(problems, K::kUnknownField, "$.steps[0].requried"));
  CHECK(Has(problems, K::kBadId, "$.id"));
  CHECK(Has(problems, K::kBadLanguage, "$.languages[2]"));
  CHECK(Has(problems, K::kBadLanguage, "$.fallback_language"));
  CHECK(Has(problems, K::kBadLanguage, "$.title.fr"));
  CHECK(Has(problems, K::kMissingTranslation, "$.title.es"));
  CHECK(Has(problems, K::kMissingTranslation, "$.steps[0].text.es"));
  CHECK(Has(problems, K::kUnknownPlaceholder, "$.steps[0].text.en"));
  CHECK(Has(problems, K::kDuplicateId, "$.steps[1].id"));
  CHECK(Has(problems, K::kMissingOptions, "$.steps[1].options"));
  CHECK(Has(problems, K::kBadKind, "$.steps[2].kind"));
  CHECK(Has(problems, K::kMisplacedField, "$.steps[3].options"));
  CHECK(Has(problems, K::kBadRange, "$.steps[4].min"));
  CHECK(Has(problems, K::kUnknownStep, "$.steps[5].show_if.step"));
  CHECK(Has(problems, K::kForwardReference, "$.steps[6].show_if.step"));
  CHECK(Has(problems, K::kUnknownValue, "$.steps[7].show_if.equals"));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[7].show_if"));
  CHECK(Has(problems, K::kBadCondition, "$.steps[8].show_if"));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[9].show_if"));
  CHECK(Has(problems, K::kBadCondition, "$.steps[10].show_if.gt"));
  CHECK(Has(problems, K::kWrongType, "$.steps[11].text"));
  CHECK(Has(problems, K::kMissingField, "$.steps[11].id"));
  CHECK(Has(problems, K::kUnknownValue, "$.steps[12].support_ids[0]"));
  CHECK(Has(problems, K::kMisplacedField, "$.steps[13].required"));
  // A contradiction on a step whose condition was well-formed is the only
  // reason q10 is flagged: it is not reported for anything else.
  CHECK(std::count_if(problems.begin(), problems.end(),
                      [](const ScriptProblem& p) { return p.path.rfind("$.steps[9]", 0) == 0; }) == 1);
}

TEST_CASE("problems that stop reading: bad JSON, newer format, no steps") {
  auto problems = CheckScript("{\"id\": \"x\",");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].kind == K::kInvalidJson);
  CHECK(problems[0].path == "$");
  CHECK(problems[0].message.find("at byte") != std::string::npos);

  problems = CheckScript(R"({"format_version": 9, "id": "x", "title": {"en": "t"}, "languages": ["en"], "steps": []})");
  CHECK(Has(problems, K::kNewerFormat, "$.format_version"));
  CHECK(Has(problems, K::kNoSteps, "$.steps"));

  problems = CheckScript(R"({"id": "x"})");
  CHECK(Has(problems, K::kMissingField, "$.languages"));
  CHECK(Has(problems, K::kMissingField, "$.title"));
  CHECK(Has(problems, K::kMissingField, "$.steps"));
  CHECK(Has(CheckScript("[1, 2]"), K::kWrongType, "$"));
  CHECK(Has(CheckScript("{} trailing"), K::kInvalidJson, "$"));
}

TEST_CASE("condition details: nested paths, option values, info steps, empty lists") {
  const auto problems = CheckScript(R"({"id": "x", "title": {"en": "t"}, "languages": ["en"], "steps": [
    {"id": "hello", "kind": "info", "text": {"en": "hi"}},
    {"id": "pick", "kind": "single_choice", "text": {"en": "?"},
     "options": [{"id": "a", "label": {"en": "A"}}, {"id": "a", "label": {"en": "A again"}}, {"id": "", "label": {"en": "?"}}]},
    {"id": "later", "kind": "text", "text": {"en": "?"},
     "show_if": {"any": [{"step": "pick", "any_of": ["a", "zzz"]}, {"not": {"step": "ghost", "answered": true}}, {"step": "hello", "equals": "x"}]}},
    {"id": "empty", "kind": "text", "text": {"en": "?"}, "show_if": {"all": []}},
    {"id": "nothing", "kind": "text", "text": {"en": "?"}, "show_if": {"step": "pick"}}
  ]})");
  INFO(Dump(problems));
  CHECK(Has(problems, K::kDuplicateId, "$.steps[1].options[1].id"));
  CHECK(Has(problems, K::kBadId, "$.steps[1].options[2].id"));
  CHECK(Has(problems, K::kUnknownValue, "$.steps[2].show_if.any[0].any_of[1]"));
  CHECK(Has(problems, K::kUnknownStep, "$.steps[2].show_if.any[1].not.step"));
  CHECK(Has(problems, K::kBadCondition, "$.steps[2].show_if.any[2].step"));
  CHECK(Has(problems, K::kBadCondition, "$.steps[3].show_if.all"));
  CHECK(Has(problems, K::kBadCondition, "$.steps[4].show_if"));
  CHECK_FALSE(Has(problems, K::kUnreachableStep, "$.steps[2].show_if"));  // pick = a shows it
}

TEST_CASE("reachability: impossible numbers, self-contradiction, chains of unreachable steps") {
  const auto problems = CheckScript(R"({"id": "x", "title": {"en": "t"}, "languages": ["en"], "steps": [
    {"id": "age", "kind": "number", "min": 18, "max": 120, "required": true, "text": {"en": "?"}},
    {"id": "child", "kind": "yes_no", "text": {"en": "?"}, "show_if": {"step": "age", "lt": 18}},
    {"id": "after_child", "kind": "info", "text": {"en": "."}, "show_if": {"step": "child", "answered": true}},
    {"id": "senior", "kind": "yes_no", "text": {"en": "?"}, "show_if": {"step": "age", "gte": 65}},
    {"id": "scale", "kind": "scale", "text": {"en": "?"}},
    {"id": "top", "kind": "info", "text": {"en": "."}, "show_if": {"step": "scale", "gt": 5}},
    {"id": "unanswered_ok", "kind": "info", "text": {"en": "."}, "show_if": {"not": {"step": "scale", "answered": true}}},
    {"id": "always_answered", "kind": "info", "text": {"en": "."}, "show_if": {"not": {"step": "age", "answered": true}}}
  ]})");
  INFO(Dump(problems));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[1].show_if"));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[2].show_if"));
  CHECK_FALSE(Has(problems, K::kUnreachableStep, "$.steps[3].show_if"));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[5].show_if"));
  CHECK_FALSE(Has(problems, K::kUnreachableStep, "$.steps[6].show_if"));
  // age is required and always shown, so it is always answered by then.
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[7].show_if"));
}

TEST_CASE("every problem kind has a name") {
  std::set<std::string_view> names;
  for (int k = 0; k <= static_cast<int>(K::kUnknownPlaceholder); ++k)
    names.insert(ScriptProblemKindName(static_cast<K>(k)));
  CHECK(names.size() == static_cast<std::size_t>(K::kUnknownPlaceholder) + 1);
  CHECK_FALSE(names.count("?"));
}

TEST_CASE("the shipped scripts validate clean in all six languages") {
  for (const char* file : {"assets/scripts/pledge-to-vote.json", "assets/scripts/issue-id-know-your-rights.json"}) {
    INFO(file);
    const Script s = puerta::testing::LoadScript(file);
    CHECK(s.languages == std::vector<std::string>{"en", "es", "zh", "vi", "ko", "tl"});
    bool has_branch = false, has_support = false;
    for (const auto& step : s.steps) {
      has_branch = has_branch || step.show_if.has_value();
      has_support = has_support || !step.support_ids.empty();
      for (const auto& lang : s.languages) CHECK_MESSAGE(!step.text.at(lang).empty(), step.id << " " << lang);
    }
    CHECK(has_branch);
    CHECK(has_support);
  }
}

TEST_CASE("a problem is reported once, even when a language is listed twice") {
  const auto problems = CheckScript(puerta::testing::ReadSource("tests/data/scripts/every_problem.json"));
  std::set<std::string> seen;
  for (const auto& p : problems) CHECK_MESSAGE(seen.insert(FormatProblem(p)).second, FormatProblem(p));
}

TEST_CASE("a step no value can fit does not break the reachability check (found by fuzzing)") {
  const auto problems = CheckScript(R"({"id": "x", "title": {"en": "t"}, "languages": ["en"], "steps": [
    {"id": "n", "kind": "number", "required": true, "min": 10, "max": 1, "text": {"en": "?"}},
    {"id": "i", "kind": "info", "required": true, "text": {"en": "."}},
    {"id": "after", "kind": "info", "text": {"en": "."}, "show_if": {"any": [{"step": "n", "answered": true}, {"step": "i", "answered": true}]}}
  ]})");
  CHECK(Has(problems, K::kBadRange, "$.steps[0].min"));
  CHECK(Has(problems, K::kUnreachableStep, "$.steps[2].show_if"));
}

TEST_CASE("van_survey: a number may be declared a VAN question; text and dates never") {
  Script script;
  const auto problems = CheckScript(R"({"id": "x", "title": {"en": "t"}, "languages": ["en"], "steps": [
    {"id": "count", "kind": "number", "text": {"en": "?"}, "van_survey": true},
    {"id": "pick", "kind": "yes_no", "text": {"en": "?"}, "van_survey": false},
    {"id": "when", "kind": "datetime", "text": {"en": "?"}, "van_survey": true},
    {"id": "say", "kind": "text", "text": {"en": "?"}, "van_survey": true},
    {"id": "plain", "kind": "scale", "text": {"en": "?"}},
    {"id": "how_many", "kind": "number", "text": {"en": "?"}, "van_survey": "yes"}
  ]})", &script);
  INFO(Dump(problems));
  CHECK(problems.size() == 3);
  CHECK(Has(problems, K::kMisplacedField, "$.steps[2].van_survey"));
  CHECK(Has(problems, K::kMisplacedField, "$.steps[3].van_survey"));
  CHECK(Has(problems, K::kWrongType, "$.steps[5].van_survey"));
  REQUIRE(script.steps.size() == 6);
  CHECK(script.steps[0].GoesToVanSurvey());
  CHECK_FALSE(script.steps[1].GoesToVanSurvey());
  CHECK_FALSE(script.steps[2].GoesToVanSurvey());
  CHECK_FALSE(script.steps[3].GoesToVanSurvey());
  CHECK(script.steps[4].GoesToVanSurvey());
  CHECK_FALSE(script.steps[5].GoesToVanSurvey());
}
