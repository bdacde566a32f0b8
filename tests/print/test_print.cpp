// native/print: what the sheets decide before anything is drawn (branching in
// words, voter codes, which languages), and that a text no font can draw
// refuses the PDF instead of printing boxes. The drawn pages themselves are
// checked through the CLI (tests/cli/print_sheets.sh).
#include <doctest/doctest.h>

#include <string>

#include "native/print/paper.h"
#include "native/print/pdf_document.h"
#include "native/print/report_pdf.h"
#include "native/print/script_booklet.h"
#include "native/print/sheet_parts.h"
#include "native/print/walk_sheet.h"
#include "script/script_parse.h"

using namespace puerta;
using namespace puerta::print;

namespace {

// Q1 yes/no, Q2 a choice, Q3 a number, then steps whose conditions combine them.
constexpr const char* kScript = R"({
  "id": "branches", "title": {"en": "Branches", "zh": "分支"}, "languages": ["en", "zh"],
  "steps": [
    {"id": "q1", "kind": "yes_no", "text": {"en": "Q one?", "zh": "问题一？"}},
    {"id": "q2", "kind": "single_choice", "text": {"en": "Q two?", "zh": "问题二？"},
     "options": [{"id": "a", "label": {"en": "Apple", "zh": "苹果"}}, {"id": "b", "label": {"en": "Banana", "zh": "香蕉"}},
                 {"id": "c", "label": {"en": "Cherry", "zh": "樱桃"}}]},
    {"id": "q3", "kind": "number", "min": 0, "max": 120, "text": {"en": "Age?", "zh": "年龄？"}},
    {"id": "q4", "kind": "yes_no", "text": {"en": "Four?", "zh": "四？"},
     "show_if": {"all": [{"step": "q1", "equals": "yes"},
                         {"any": [{"step": "q2", "any_of": ["a", "b"]}, {"step": "q3", "gte": 18}]}]}},
    {"id": "q5", "kind": "text", "text": {"en": "Five?", "zh": "五？"}, "show_if": {"not": {"step": "q2", "answered": true}}},
    {"id": "q6", "kind": "yes_no", "text": {"en": "Six?", "zh": "六？"}, "show_if": {"step": "q2", "not_equals": "c"}}
  ]})";

Script Branches() {
  Script script;
  const auto problems = CheckScript(kScript, &script);
  REQUIRE(problems.empty());
  return script;
}

}  // namespace

TEST_CASE("a step's condition is written out in words, nested ones in brackets") {
  const Script s = Branches();
  CHECK(DescribeCondition(*s.steps[3].show_if, s, "en") ==
        "the answer to Q1 is Yes and (the answer to Q2 is one of: Apple or Banana or the answer to Q3 is ≥ 18)");
  CHECK(DescribeCondition(*s.steps[4].show_if, s, "en") == "not (Q2 was answered)");
  CHECK(DescribeCondition(*s.steps[5].show_if, s, "en") == "the answer to Q2 is not Cherry");
  // In Chinese: the options' Chinese labels, Chinese question numbers and joins.
  CHECK(DescribeCondition(*s.steps[3].show_if, s, "zh") ==
        "第 1 题的回答是“是”，并且（第 2 题的回答是以下之一：苹果，或者香蕉，或者第 3 题的回答是“≥ 18”）");
}

TEST_CASE("each person's code is the door's number and a letter") {
  CHECK(VoterCode(12, 0) == "12a");
  CHECK(VoterCode(12, 1) == "12b");
  CHECK(VoterCode(3, 25) == "3z");
  CHECK(VoterCode(3, 26) == "3z2");  // a 27th person at one door still gets a code of their own
  CHECK(VoterCode(3, 27) == "3z3");
}

TEST_CASE("languages are counted most spoken first, not given last, and sheets speak the voters' interface languages") {
  WalkList list;
  Household h;
  for (const char* language : {"es", "", "zh", "es", "ar", "es", ""}) h.voters.push_back(Voter{.preferred_language = language});
  list.households.push_back(h);
  const auto counts = LanguageCounts(list);
  REQUIRE(counts.size() == 4);
  CHECK(counts[0] == std::pair<std::string, std::size_t>{"es", 3});
  CHECK(counts[1].first == "ar");  // ties in code order
  CHECK(counts[2].first == "zh");
  CHECK(counts[3] == std::pair<std::string, std::size_t>{"", 2});
  // Arabic is no interface language: no instructions in it, but it is named.
  CHECK(SheetLanguages({}, list) == std::vector<std::string>{"en", "es", "zh"});
  CHECK(SheetLanguages({"ko", "en"}, list) == std::vector<std::string>{"ko", "en"});
  CHECK(LanguageName("ar", "-") == "العربية");
  CHECK(LanguageName("", "not given") == "not given");
  CHECK(LanguageName("xx", "-") == "xx");
}

TEST_CASE("paper sizes") {
  CHECK(PaperFromName("A4") == Paper::kA4);
  CHECK(PaperFromName("letter") == Paper::kLetter);
  CHECK_FALSE(PaperFromName("a5"));
  CHECK(PaperWidth(Paper::kA4) == doctest::Approx(595.28).epsilon(0.001));
  CHECK(PaperHeight(Paper::kLetter) == 792);
}

TEST_CASE("a PDF is written, and a text no installed font can draw refuses it, naming the text") {
  std::string why;
  {
    PdfDocument doc(Paper::kA4, "ok");
    doc.Text(doc.left(), doc.top(), doc.content_width(), "María 王秀英 김민준 Nguyễn", {});
    const auto pdf = doc.Finish(why);
    REQUIRE(pdf);
    CHECK(pdf->starts_with("%PDF-"));
  }
  PdfDocument doc(Paper::kA4, "boxes");
  // U+10FFFD: a private-use character no font draws.
  doc.Text(doc.left(), doc.top(), doc.content_width(), "fine", {});
  doc.Text(doc.left(), doc.top() + 20, doc.content_width(), "x\U0010FFFDy", {});
  CHECK_FALSE(doc.Finish(why));
  CHECK(why.find("would print as empty boxes") != std::string::npos);
  CHECK(why.find("x\U0010FFFDy") != std::string::npos);
}

namespace {

// A report by organization and canvasser, and its chart series, made by hand.
std::pair<campaign::Report, campaign::ReportCharts> SmallReport(const std::string& canvasser) {
  campaign::Report report{{"org", "canvasser"}, {}};
  campaign::ReportRow row;
  row.group = {"华人互助会", canvasser};
  row.attempts = 12, row.doors_knocked = 10, row.households_contacted = 3, row.conversations = 3;
  row.contact_rate = 0.3;
  report.rows.push_back(row);
  row.group = {"total", ""};
  report.rows.push_back(row);
  campaign::ReportCharts charts;
  charts.results_by_day = {{"canvassed", "not_home"}, {{"2026-09-21", {3, 9}, 12}}};
  charts.id_composition = {{"pledge", {{"yes", 2, true}, {"no", 1, false}}, 3}};
  charts.contact_rates = {{"华人互助会", canvasser, 10, 3, 0.3, false}};
  charts.band_low = 0.1, charts.band_high = 0.3, charts.band_min_doors = 20;
  charts.follow_ups_waiting = {{"ko", 2}, {"unknown", 1}};
  return {report, charts};
}

}  // namespace

TEST_CASE("the campaign report prints names in any script, and refuses one no font draws, naming it") {
  std::string why;
  auto [report, charts] = SmallReport("김민준");
  const std::optional<std::string> pdf = PrintCampaignReport(report, charts, {Paper::kA4, "zh", "2026-09-21", ""}, why);
  REQUIRE_MESSAGE(pdf, why);
  CHECK(pdf->starts_with("%PDF-"));
  auto [boxes, boxes_charts] = SmallReport("x\U0010FFFDy");
  CHECK_FALSE(PrintCampaignReport(boxes, boxes_charts, {}, why));
  CHECK(why.find("x\U0010FFFDy") != std::string::npos);
}
