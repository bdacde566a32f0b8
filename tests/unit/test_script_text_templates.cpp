// script/: the optional "text_templates" of script format 2, read and
// validated like the script's other texts.
#include <doctest/doctest.h>

#include <algorithm>

#include "script_fixtures.h"

using namespace puerta;
using puerta::testing::LoadScript;
using puerta::testing::ReadSource;

namespace {

bool Has(const std::vector<ScriptProblem>& problems, ScriptProblemKind kind, const std::string& path) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const ScriptProblem& p) { return p.kind == kind && p.path == path; });
}

}  // namespace

TEST_CASE("script text messages: read with their id and a text per language") {
  const Script s = LoadScript("tests/data/scripts/text_messages.json");
  REQUIRE(s.text_templates.size() == 1);
  CHECK(s.text_templates[0].id == "first_text");
  CHECK(s.text_templates[0].text.at("es").starts_with("Hola {first_name}"));
  CHECK(s.text_templates[0].text.at("en").ends_with("Reply STOP to opt out."));
  // A format 1 script without them still reads, with none.
  CHECK(LoadScript("assets/scripts/pledge-to-vote.json").text_templates.empty());
}

TEST_CASE("script text messages: ids, translations, placeholders and shape are checked") {
  using K = ScriptProblemKind;
  const auto problems = CheckScript(ReadSource("tests/data/scripts/text_message_problems.json"));
  CHECK(Has(problems, K::kUnknownPlaceholder, "$.text_templates[0].text.en"));
  CHECK(Has(problems, K::kDuplicateId, "$.text_templates[1].id"));
  CHECK(Has(problems, K::kMissingTranslation, "$.text_templates[1].text.es"));
  CHECK(problems.size() == 3);

  const std::string base = R"({"format_version": 2, "id": "x", "title": {"en": "t"}, "languages": ["en"],
      "steps": [{"id": "a", "kind": "info", "text": {"en": "hi"}}], "text_templates": )";
  CHECK(Has(CheckScript(base + R"("hi"})"), K::kWrongType, "$.text_templates"));
  CHECK(Has(CheckScript(base + R"([{"text": {"en": "hi"}}]})"), K::kMissingField, "$.text_templates[0].id"));
  CHECK(Has(CheckScript(base + R"([{"id": "m"}]})"), K::kMissingField, "$.text_templates[0].text"));
  CHECK(Has(CheckScript(base + R"([{"id": "m", "text": "hi", "sent": 1}]})"), K::kUnknownField,
            "$.text_templates[0].sent"));
  CHECK(CheckScript(base + R"([{"id": "m", "text": "hi"}]})").empty());
  CHECK(Has(CheckScript(R"({"format_version": 3, "id": "x", "title": {"en": "t"}, "languages": ["en"],
      "steps": [{"id": "a", "kind": "info", "text": {"en": "hi"}}]})"),
            K::kNewerFormat, "$.format_version"));
}
