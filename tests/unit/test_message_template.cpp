// Message templates (core/texting/message_template.h): filling in a voter's
// name, and what a text must say before a script goes out.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "texting/message_template.h"

using namespace puerta::texting;

namespace {

const TemplateFields kFields{"Ana", "Luis", "Unidos Vecinos"};

std::vector<TemplateProblemKind> Kinds(std::string_view text, std::string_view language,
                                       std::string_view organization = "Unidos Vecinos") {
  std::vector<TemplateProblemKind> kinds;
  for (const TemplateProblem& problem : CheckTemplate(text, language, organization)) kinds.push_back(problem.kind);
  return kinds;
}

using Kinds_ = std::vector<TemplateProblemKind>;

}  // namespace

TEST_CASE("Templates: the three placeholders are filled in; anything else is left as written") {
  CHECK(FillTemplate("Hi {first_name}, this is {canvasser} with {organization}.", kFields) ==
        "Hi Ana, this is Luis with Unidos Vecinos.");
  CHECK(FillTemplate("Hi {firstname}", kFields) == "Hi {firstname}");
  CHECK(FillTemplate("{ {first_name} }", kFields) == "{ Ana }");
  CHECK(FillTemplate("Hi {first_name", kFields) == "Hi {first_name");
  CHECK(FillTemplate("", kFields) == "");
  // A name that looks like a placeholder is text, not filled again.
  CHECK(FillTemplate("{first_name}", TemplateFields{"{canvasser}", "Luis", "X"}) == "{canvasser}");
}

TEST_CASE("Templates: a text that names the organization and how to stop passes, in each language") {
  CHECK(Kinds("Hi {first_name}, this is {canvasser} with {organization}. Reply STOP to opt out.", "en").empty());
  CHECK(Kinds("Hola {first_name}, soy {canvasser} de {organization}. Responde ALTO para no recibir más.", "es")
            .empty());
  CHECK(Kinds("您好{first_name}，我是{organization}的{canvasser}。回复退订取消。", "zh").empty());
  CHECK(Kinds("Chào {first_name}, tôi là {canvasser} từ {organization}. Trả lời DỪNG để ngừng nhận tin.", "vi")
            .empty());
  CHECK(Kinds("{first_name}님, {organization}의 {canvasser}입니다. 수신거부: 중지 회신", "ko").empty());
  CHECK(Kinds("Kumusta {first_name}! Si {canvasser} ito mula sa {organization}. I-text ang HINTO para tumigil.", "tl")
            .empty());
  // The organization's name itself, in any case, counts as naming it.
  CHECK(Kinds("This is Luis with UNIDOS VECINOS. Reply STOP to opt out.", "en").empty());
}

TEST_CASE("Templates: each missing piece is reported") {
  CHECK(Kinds("Hi {first_name}, vote Tuesday! Reply STOP to opt out.", "en") == Kinds_{TemplateProblemKind::kNoOrganization});
  CHECK(Kinds("Hi {first_name}, vote Tuesday!", "en", "") ==
        Kinds_{TemplateProblemKind::kNoOrganization, TemplateProblemKind::kNoOptOut});
  CHECK(Kinds("Hi {firstname} from {organization}. Reply STOP", "en") ==
        Kinds_{TemplateProblemKind::kUnknownPlaceholder});
  CHECK(Kinds("Hi {first_name from {organization}. Reply STOP", "en") == Kinds_{TemplateProblemKind::kUnclosedBrace});
  CHECK(Kinds("Hi {first_name}, from {organization}. Reply STOP", "en").empty());
  // "send" holds "end", but the word END is not there.
  CHECK(Kinds("{organization}: please send us your photo", "en") == Kinds_{TemplateProblemKind::kNoOptOut});
  // A Spanish text needs a Spanish word: STOP alone is not an instruction a
  // Spanish reader is given.
  CHECK(Kinds("Hola de {organization}. Reply STOP", "es") == Kinds_{TemplateProblemKind::kNoOptOut});
  // A language with no list is held to English's.
  CHECK(Kinds("Bonjour de {organization}. Reply STOP", "fr").empty());
}

TEST_CASE("Templates: problems are described for the organizer") {
  const std::vector<TemplateProblem> problems = CheckTemplate("Hola {nombre}", "es", "");
  REQUIRE(problems.size() == 3);
  CHECK(DescribeTemplateProblem(problems[0], "es").find("{nombre}") != std::string::npos);
  CHECK(DescribeTemplateProblem(problems[2], "es").find("ALTO") != std::string::npos);
}
