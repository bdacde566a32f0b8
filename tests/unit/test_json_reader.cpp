// util/json_reader: limits, error wording, paths, text checks; and the five
// formats read through it refusing a 300 KB file nested 150,000 levels deep
// (it crashed the recursive parser: SIGSEGV in script check, package
// --script, export and list inspect --mapping).
#include <doctest/doctest.h>

#include <limits>

#include "export/json_lines.h"
#include "results/result_code_set.h"
#include "script/script_parse.h"
#include "turf/turf_package.h"
#include "util/json_reader.h"
#include "walklist/mapping.h"

using namespace puerta;

namespace {

// `levels` arrays inside each other, inside `before` ... `after`: 300 KB at
// 150,000 levels, the file that crashed.
std::string Deep(const std::string& before, std::size_t levels, const std::string& after) {
  return before + std::string(levels, '[') + "1" + std::string(levels, ']') + after;
}

bool Mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("json reader: nesting beyond the limit is refused at the level it crosses, however deep") {
  for (const std::size_t levels : {65u, 1'000u, 150'000u, 1'000'000u}) {
    CAPTURE(levels);
    rapidjson::Document doc;
    json::ParseError error;
    const std::string text = Deep("", levels, "");
    CHECK_FALSE(json::Parse(text, {.max_bytes = text.size()}, doc, error));
    CHECK(error.kind == json::ParseError::Kind::kTooDeep);
    CHECK(error.offset == 64);  // the 65th bracket
    CHECK(error.Describe("the file") == "the file is nested more than 64 levels deep (Puerta reads up to 64) at byte 64");
  }
  rapidjson::Document doc;
  json::ParseError error;
  CHECK(json::Parse(Deep("", 64, ""), {}, doc, error));  // 64 levels: read
  CHECK(json::Parse("{\"a\": " + Deep("", 63, "") + "}", {}, doc, error));
  CHECK_FALSE(json::Parse("{\"a\": " + Deep("", 64, "") + "}", {}, doc, error));
}

TEST_CASE("json reader: size, value count, emptiness, cut short, trailing text, NUL bytes") {
  rapidjson::Document doc;
  json::ParseError e;
  CHECK_FALSE(json::Parse(std::string(2000, ' '), {.max_bytes = 1024}, doc, e));
  CHECK(e.Describe("the mapping") == "the mapping is too large: 2000 bytes, more than the 1 KB Puerta reads");
  CHECK_FALSE(json::Parse("[1,2,3,4]", {.max_values = 4}, doc, e));
  CHECK(e.Describe("x") == "x holds more than 4 values at byte 7");
  CHECK_FALSE(json::Parse(" \r\n ", {}, doc, e));
  CHECK(e.Describe("the script") == "the script is empty");
  CHECK_FALSE(json::Parse("{\"a\": [1, 2", {}, doc, e));
  CHECK(e.kind == json::ParseError::Kind::kCutShort);
  CHECK(Mentions(e.Describe("x"), "cut short: the text ends at byte 11"));
  CHECK_FALSE(json::Parse("{\"a\": 1}\n{\"b\": 2}", {}, doc, e));
  CHECK(e.Describe("x") ==
        "x is not valid JSON: the document root must not be followed by other values at byte 9 (line 2, column 1)");
  CHECK_FALSE(json::Parse(std::string("{\"a\": 1}\0{", 10), {}, doc, e));
  CHECK(Mentions(e.Describe("x"), "a NUL byte"));
  CHECK_FALSE(json::Parse(std::string("{\"a\": \"b\0\"}", 11), {}, doc, e));
  CHECK(e.offset == 8);
  CHECK(json::Parse("\xEF\xBB\xBF{\"a\": 1}", {}, doc, e));  // a UTF-8 BOM is skipped
  CHECK(doc["a"].GetInt() == 1);
}

TEST_CASE("json reader: paths, text checks and typed reads") {
  CHECK(json::Key("$", "steps") == "$.steps");
  CHECK(json::Index(json::Key("$", "steps"), 3) == "$.steps[3]");
  CHECK(json::Key("$.attributes", "Precinct Name") == "$.attributes[\"Precinct Name\"]");
  CHECK(json::Key("$", "say \"hi\"") == "$[\"say \\\"hi\\\"\"]");
  CHECK(json::Key("$", "2024") == "$[\"2024\"]");
  CHECK(json::Key("$", "zh-Hant") == "$.zh-Hant");
  CHECK(json::TextProblem("Nguyễn Thị 한국어 中文").empty());
  CHECK(json::TextProblem(std::string("a\0b", 3)) == "holds a NUL character (\\u0000)");
  CHECK(json::TextProblem("ab\xC3") == "is not valid UTF-8 (byte 3 of the text)");
  CHECK(json::TextProblem("\xED\xA0\x80") == "is not valid UTF-8 (byte 1 of the text)");  // a surrogate
  CHECK(json::TextProblem("\xC0\xAF") == "is not valid UTF-8 (byte 1 of the text)");      // overlong

  rapidjson::Document doc;
  json::ParseError e;
  REQUIRE(json::Parse(R"({"steps": [{"text": {"es": 5}}, {"text": {"es": "hola\u0000"}}], "n": -1})", {}, doc, e));
  const json::Node root(doc, "$");
  std::string out, problem;
  CHECK_FALSE((*root.Find("steps"))[0].Find("text")->Find("es")->Text(out, problem));
  CHECK(problem == "$.steps[0].text.es: expected text in quotes");
  CHECK_FALSE((*root.Find("steps"))[1].Find("text")->Find("es")->Text(out, problem));
  CHECK(problem == "$.steps[1].text.es: the text holds a NUL character (\\u0000)");
  std::uint32_t u = 7;
  CHECK_FALSE(root.Find("n")->Uint32(u, problem));
  CHECK(u == 7);
  CHECK(problem == "$.n: expected a whole number from 0 to 4294967295");
  std::int64_t i = 0;
  CHECK(root.Find("n")->Int64(i, problem));
  CHECK(i == -1);
  CHECK_FALSE(root.Find("missing"));
  std::vector<std::string> keys;
  root.ForEachMember([&](std::string_view key, const json::Node& v) { keys.push_back(std::string(key) + "=" + v.path()); });
  CHECK(keys == std::vector<std::string>{"steps=$.steps", "n=$.n"});
}

TEST_CASE("a 300 KB file nested 150,000 levels deep is refused with a clear message by all five formats") {
  const std::size_t kLevels = 150'000;

  const auto script_problems = CheckScript(Deep("{\"steps\": ", kLevels, "}"));
  REQUIRE(script_problems.size() == 1);
  CHECK(FormatProblem(script_problems[0]) ==
        "$: invalid-json: the script is nested more than 64 levels deep (Puerta reads up to 64) at byte 73");

  std::string problem;
  CHECK_FALSE(layout::ParseMapping(Deep("{\"fields\": ", kLevels, "}"), problem));
  CHECK(problem == "the mapping is nested more than 64 levels deep (Puerta reads up to 64) at byte 74");

  ResultCodeSet codes;
  CHECK(codes.ApplyJson(Deep("{\"door\": ", kLevels, "}")).message() ==
        "result codes: the file is nested more than 64 levels deep (Puerta reads up to 64) at byte 72");

  const std::string line = Deep("{\"attempt_id\": ", kLevels, "}");
  CHECK(line.size() > 300'000);
  AttemptLog log;
  const MergeReport report =
      ImportJsonLines("{\"format\":\"puerta-attempts\",\"format_version\":1}\n" + line + "\n", log);
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors[0] == "line 2 is nested more than 64 levels deep (Puerta reads up to 64) at byte 78");
  const ParsedJsonLines header = ParseJsonLines(Deep("", kLevels, "") + "\n");
  REQUIRE(header.errors.size() == 1);
  CHECK(Mentions(header.errors[0], "line 1 is nested more than 64 levels deep"));

  TurfPackage turf;
  const Status s = ParseTurfPackage(Deep("{\"format\": \"puerta-turf\", \"scripts\": ", kLevels, "}"), turf);
  CHECK(s.message() == "this turf package is nested more than 64 levels deep (Puerta reads up to 64) at byte 100");
}

TEST_CASE("json reader: numbers are converted exactly; too large or too long ones are refused") {
  rapidjson::Document doc;
  json::ParseError e;
  REQUIRE(json::Parse("[0.1, 37.3501, -121.8801, 1e-400, 12345678901234567890, -9223372036854775808, 7, -7, "
                      "1.7976931348623157e308, 4.9e-324, 1e-861671305]",
                      {}, doc, e));
  CHECK(doc[0].GetDouble() == 0.1);
  CHECK(doc[1].GetDouble() == 37.3501);
  CHECK(doc[2].GetDouble() == -121.8801);
  CHECK(doc[3].GetDouble() == 0.0);
  CHECK(doc[4].IsUint64());
  CHECK(doc[4].GetUint64() == 12345678901234567890ull);
  CHECK(doc[5].GetInt64() == std::numeric_limits<std::int64_t>::min());
  CHECK(doc[6].IsUint());
  CHECK(doc[6].IsInt());
  CHECK(doc[7].IsInt());
  CHECK(doc[7].GetInt() == -7);
  CHECK(doc[8].GetDouble() == std::numeric_limits<double>::max());
  CHECK(doc[9].GetDouble() == std::numeric_limits<double>::denorm_min());
  CHECK(doc[10].GetDouble() == 0.0);  // rapidjson's own conversion had undefined behaviour here
  CHECK_FALSE(json::Parse("[1, 1e400]", {}, doc, e));
  CHECK(e.Describe("x") == "x is not valid JSON: number too big to be stored in double at byte 4");  // rapidjson's check
  CHECK_FALSE(json::Parse("[1, 1.8e308]", {}, doc, e));
  CHECK(e.Describe("x") == "x is not valid JSON: a number too large to be stored at byte 4");  // ours
  CHECK_FALSE(json::Parse("[0." + std::string(2000, '1') + "]", {}, doc, e));
  CHECK(Mentions(e.Describe("x"), "more than 1000 characters"));
}
