// export/: response CSV, VAN CSVs, formula-injection defence, JSON lines.
#include <doctest/doctest.h>

#include "export/csv_writer.h"
#include "export/json_lines.h"
#include "crypto/sealed_file.h"
#include "export/result_files.h"
#include "export/response_csv.h"
#include "export/van_csv.h"
#include "script_fixtures.h"

using namespace puerta;
using puerta::testing::Attempt;
using puerta::testing::Conversation;

namespace {

constexpr std::int64_t kNov2 = 1730548800;  // 2024-11-02T12:00:00Z

std::vector<ContactAttempt> NamedBy(std::vector<ContactAttempt> attempts, const std::string& device) {
  for (ContactAttempt& a : attempts) a.device = device;
  return attempts;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
    lines.push_back(text.substr(start, end - start));
  return lines;
}

}  // namespace

TEST_CASE("cells that a spreadsheet would run as formulas are neutralized") {
  CHECK(CsvCell("=HYPERLINK(\"http://x\",\"click\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
  CHECK(CsvCell("+1 555 0100") == "'+1 555 0100");
  CHECK(CsvCell("-2+3") == "'-2+3");
  CHECK(CsvCell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvCell("\tcmd") == "'\tcmd");
  CHECK(CsvCell("\r=1") == "\"'\r=1\"");
  CHECK(CsvCell("a=b") == "a=b");
  CHECK(CsvCell("Nguyễn, Thị") == "\"Nguyễn, Thị\"");
  CHECK(CsvCell("two\nlines") == "\"two\nlines\"");
  CHECK(CsvCell("") == "");
}

TEST_CASE("formulas hidden behind spaces, invisible characters or full-width signs are neutralized") {
  for (const std::string lead : {" ", "   ", "\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\x8C\xE2\x80\x8D", "\xEF\xBB\xBF",
                                 "\xE3\x80\x80", "\xE2\x80\xAF", " \xC2\xA0\xE2\x80\x8B ", "\n"}) {
    for (const std::string formula : {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "=cmd|' /C calc'!A0"}) {
      CAPTURE(lead);
      CAPTURE(formula);
      const std::string cell = CsvCell(lead + formula);
      CHECK(cell.find("'" + lead + formula) <= 1);  // quoted or not, the quote comes first
    }
  }
  for (const std::string full_width : {"\xEF\xBC\x9D" "1+1", "\xEF\xBC\x8B" "1", "\xEF\xBC\x8D" "1+2", "\xEF\xBC\xA0" "SUM(A1)",
                                       " \xEF\xBC\x9D" "HYPERLINK(1)"}) {
    CAPTURE(full_width);
    CHECK(CsvCell(full_width).front() == '\'');
  }
  // Plain numbers are numbers, not formulas: written as they are.
  for (const char* number : {"-5", "0.5", "+12", "-1.5e3", "-.25", "42"}) CHECK(CsvCell(number) == number);
  for (const char* text : {"-5 apples", "-", "+", "1-1", "--5", "-5e", "- 5"})
    CHECK(CsvCell(text) == (text[0] == '-' || text[0] == '+' ? std::string("'") + text : std::string(text)));
  CHECK(CsvCell("a = b") == "a = b");
  CHECK(CsvCell("\xE2\x80\x8B" "plain") == "\xE2\x80\x8B" "plain");
}

TEST_CASE("NUL characters and broken UTF-8 never reach a CSV cell") {
  CHECK(CsvCell(std::string("ab\0cd", 5)) == "ab\xEF\xBF\xBD" "cd");
  CHECK(CsvCell("caf\xE9") == "caf\xEF\xBF\xBD");
  CHECK(CsvCell("\xF0\x9F\x98") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(CsvCell("Nguyễn \xF0\x9F\x98\x80") == "Nguyễn \xF0\x9F\x98\x80");
}

TEST_CASE("response CSV: BOM, stable columns, one row per attempt, no practice") {
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"issues", {"housing", "wages"}}, {"registered", {"yes"}}});
  talk.voter_name = "Nguyễn Văn An";
  talk.notes = "=cmd|' /C calc'!A0";
  talk.follow_up.due_unix = kNov2 + 3600;
  ContactAttempt not_home = Attempt("a2", "h2", ResultCode::kNotHome, kNov2 + 60);
  not_home.voter_name = "@admin";
  ContactAttempt practice = Attempt("a3", "h3", ResultCode::kNotHome, kNov2);
  practice.practice = true;
  const std::vector<ContactAttempt> attempts = {talk, not_home, practice};

  // No script given: the answers' steps get columns by id, after the fixed ones.
  const std::string csv = ExportResponseCsv(attempts, {});
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto lines = Lines(csv.substr(3));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] ==
        "attempt_id,version,time_utc,voter_id,voter_name,household_id,canvasser,organization,campaign,channel,result,"
        "script_id,script_version,language,answers,follow_up_due_utc,follow_up_language,notes,"
        "answer:issues,answer:registered");
  CHECK(lines[1] ==
        "a1,1,2024-11-02T12:00:00Z,V-h1,Nguyễn Văn An,h1,Ana,Barrio Unido,Fall 2024,door,canvassed,test-branching,2,es,"
        "issues=housing|wages; registered=yes,2024-11-02T13:00:00Z,,'=cmd|' /C calc'!A0,housing|wages,yes");
  CHECK(lines[2] == "a2,1,2024-11-02T12:01:00Z,V-h2,'@admin,h2,Ana,Barrio Unido,Fall 2024,door,not_home,,,,,,,,,");
  CHECK(csv.find("a3") == std::string::npos);
}

TEST_CASE("response CSV: answers in script order, typed separators escaped, one column per question") {
  const Script script = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  // Typed text that looks like more answers: "; support=5" and "|" must stay inside the comment.
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"registered", {"no"}}, {"support", {"4"}},
                                                         {"issues", {"housing", "schools"}},
                                                         {"comment", {"yes; support=5|x\\y"}},
                                                         {"household_size", {"07"}}});
  const std::vector<ContactAttempt> attempts = {talk};
  const auto lines = Lines(ExportResponseCsv(attempts, std::span<const Script>(&script, 1)).substr(3));
  REQUIRE(lines.size() == 2);
  // Every step that records an answer, in the script's order (info steps have none).
  CHECK(lines[0].ends_with(",notes,answer:registered,answer:wants_help,answer:help_date,answer:support,answer:issues,"
                           "answer:household_size,answer:big_household,answer:comment"));
  CHECK(lines[1].find(",registered=no; support=4; issues=housing|schools; household_size=07; "
                      "comment=yes\\; support=5\\|x\\\\y,") != std::string::npos);
  // Own columns: the comment exactly as typed, the multiple choice joined by |.
  CHECK(lines[1].ends_with(",no,,,4,housing|schools,07,,yes; support=5|x\\y"));

  // Two scripts: the second one's new questions follow the first one's; a shared id shares its column.
  Script other = script;
  other.id = "other";
  other.steps.resize(2);  // intro, registered
  Step extra;
  extra.id = "pledge";
  extra.kind = StepKind::kYesNo;
  other.steps.push_back(extra);
  const std::vector<Script> both = {script, other};
  ContactAttempt second = Conversation("a2", "h2", kNov2, {{"pledge", {"yes"}}, {"registered", {"yes"}}});
  second.script_id = "other";
  second.script_version = 2;
  const std::vector<ContactAttempt> two = {talk, second};
  const auto merged = Lines(ExportResponseCsv(two, both).substr(3));
  REQUIRE(merged.size() == 3);
  CHECK(merged[0].ends_with(",answer:comment,answer:pledge"));
  CHECK(merged[2].find(",registered=yes; pledge=yes,") != std::string::npos);
  CHECK(merged[2].ends_with(",yes,,,,,,,,yes"));
}

TEST_CASE("response CSV: script and language belong to a conversation, not to a door result") {
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"registered", {"yes"}}});
  talk.language = "vi";
  // A door result recorded while the canvasser's screen was in Korean, with a script open.
  ContactAttempt refused = Attempt("a2", "h2", ResultCode::kRefused, kNov2);
  refused.language = "ko";
  refused.script_id = "test-branching";
  refused.script_version = 2;
  ContactAttempt barrier = Attempt("a3", "h3", ResultCode::kLanguageBarrier, kNov2);
  barrier.language = "en";
  barrier.follow_up.language = "so";
  const std::vector<ContactAttempt> attempts = {talk, refused, barrier};
  const auto lines = Lines(ExportResponseCsv(attempts, {}).substr(3));
  REQUIRE(lines.size() == 4);
  CHECK(lines[1].find(",canvassed,test-branching,2,vi,registered=yes,") != std::string::npos);
  CHECK(lines[2].find(",refused,,,,,") != std::string::npos);
  CHECK(lines[3].find(",language_barrier,,,,,,so,") != std::string::npos);
}

TEST_CASE("VAN contact history and survey responses") {
  const Script script = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"registered", {"no"}}, {"support", {"4"}},
                                                         {"issues", {"housing", "schools"}}, {"comment", {"private words"}},
                                                         {"big_household", {"some"}}});
  talk.voter_id = "100234";
  talk.voter_name = "Rosa Díaz";
  ContactAttempt moved = Attempt("a2", "h2", ResultCode::kMoved, kNov2 - 13 * 3600);
  moved.voter_id = "100777";
  moved.voter_name = "-Kim";
  moved.canvasser = "Minh";
  ContactAttempt practice = Attempt("a3", "h3", ResultCode::kRefused, kNov2);
  practice.practice = true;
  const std::vector<ContactAttempt> attempts = {talk, moved, practice};

  const VanExport van = ExportVan(attempts, {0, std::span<const Script>(&script, 1), nullptr});
  REQUIRE(van.contact_history.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto history = Lines(van.contact_history.substr(3));
  REQUIRE(history.size() == 3);
  CHECK(history[0] == "Voter File VANID,Contact Name,Date Canvassed,Result,Contact Type,Canvassed By");
  CHECK(history[1] == "100234,Rosa Díaz,11/02/2024,Canvassed,Walk,Ana");
  CHECK(history[2] == "100777,'-Kim,11/01/2024,Moved,Walk,Minh");

  const auto survey = Lines(van.survey_responses.substr(3));
  REQUIRE(survey.size() == 6);  // the free-text comment is left out
  CHECK(survey[0] == "Voter File VANID,Date Canvassed,Survey Question Name,Survey Response,Canvassed By,Contact Type");
  CHECK(survey[1] == "100234,11/02/2024,registered,No,Ana,Walk");  // in script order
  CHECK(survey[2] == "100234,11/02/2024,Rent Control Support,4,Ana,Walk");
  CHECK(survey[3] == "100234,11/02/2024,issues,Housing,Ana,Walk");
  CHECK(survey[4] == "100234,11/02/2024,issues,Schools,Ana,Walk");
  CHECK(survey[5] == "100234,11/02/2024,big_household,Some,Ana,Walk");

  ResultCodeSet renamed;
  renamed.SetVanName(ResultCode::kMoved, "Moved Away");
  const VanExport custom = ExportVan(attempts, {0, {}, &renamed});
  CHECK(custom.contact_history.find("Moved Away") != std::string::npos);
  // No script: nothing says which answers VAN takes, so none go, and the count says why.
  CHECK(Lines(custom.survey_responses.substr(3)).size() == 1);
  CHECK(custom.answers_without_script == 5);
}

TEST_CASE("VAN survey responses: only fixed responses; a number only when its step says so") {
  Script script = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"registered", {"no"}}, {"wants_help", {"yes"}},
                                                         {"help_date", {"2024-11-05T18:30"}}, {"support", {"0.5"}},
                                                         {"household_size", {"-5"}}, {"big_household", {"some"}},
                                                         {"comment", {"call my cousin"}}});
  talk.voter_id = "100900";
  const std::vector<ContactAttempt> attempts = {talk};
  auto survey = [&] {
    return Lines(ExportVan(attempts, {0, std::span<const Script>(&script, 1), nullptr}).survey_responses.substr(3));
  };
  auto rows = survey();
  REQUIRE(rows.size() == 5);  // no date, no free number, no free text
  CHECK(rows[1] == "100900,11/02/2024,registered,No,Ana,Walk");
  CHECK(rows[2] == "100900,11/02/2024,wants_help,Yes,Ana,Walk");
  CHECK(rows[3] == "100900,11/02/2024,Rent Control Support,0.5,Ana,Walk");  // numbers stay numbers
  CHECK(rows[4] == "100900,11/02/2024,big_household,Some,Ana,Walk");

  // The script declares the number a VAN question; another choice not one.
  script.steps[static_cast<std::size_t>(script.StepIndex("household_size"))].van_survey = true;
  script.steps[static_cast<std::size_t>(script.StepIndex("wants_help"))].van_survey = false;
  rows = survey();
  REQUIRE(rows.size() == 5);
  CHECK(rows[2] == "100900,11/02/2024,Rent Control Support,0.5,Ana,Walk");
  CHECK(rows[3] == "100900,11/02/2024,household_size,-5,Ana,Walk");

  // Text and dates cannot be declared: VAN would refuse them.
  script.steps[static_cast<std::size_t>(script.StepIndex("help_date"))].van_survey = true;
  script.steps[static_cast<std::size_t>(script.StepIndex("comment"))].van_survey = true;
  CHECK(survey().size() == 5);
}

TEST_CASE("JSON lines: every version of every attempt imports back exactly") {
  AttemptLog log;
  ContactAttempt talk = Conversation("a1", "h1", kNov2, {{"issues", {"housing", "wages"}}, {"comment", {"\"quoted\"\nnew line, 你好"}}});
  talk.voter_name = "Trần Thị Bích";
  talk.follow_up = {kNov2 + 86400, ""};
  REQUIRE(log.Record(talk));
  ContactAttempt barrier = Attempt("a2", "h2", ResultCode::kLanguageBarrier, kNov2 + 60);
  barrier.follow_up.language = "ko";
  barrier.channel = Channel::kText;
  barrier.device = "0123456789abcdef";  // the optional "device" field comes back too
  REQUIRE(log.Record(barrier));
  talk.notes = "edited \\ with a backslash";
  REQUIRE(log.Edit(talk, kNov2 + 999));
  ContactAttempt practice = Attempt("a3", "h3", ResultCode::kNotHome, kNov2);
  practice.practice = true;
  REQUIRE(log.Record(practice));

  const std::string text = ExportJsonLines(log.AllVersions(), /*include_practice=*/true);
  CHECK(text.rfind("{\"format\":\"puerta-attempts\",\"format_version\":1}\n", 0) == 0);
  AttemptLog back;
  const MergeReport report = ImportJsonLines(text, back);
  CHECK(report.errors.empty());
  CHECK(report.added == 4);
  CHECK(back.AllVersions() == log.AllVersions());
  CHECK(back.History("a1").size() == 2);

  const std::string real_only = ExportJsonLines(log.AllVersions());
  CHECK(real_only.find("\"a3\"") == std::string::npos);
}

TEST_CASE("JSON lines: merging several canvassers' files dedupes by attempt id and version") {
  ContactAttempt a1 = Attempt("a1", "h1", ResultCode::kNotHome, kNov2);
  ContactAttempt a1v2 = a1;
  a1v2.version = 2;
  a1v2.result = ResultCode::kMoved;
  ContactAttempt a2 = Attempt("a2", "h2", ResultCode::kRefused, kNov2, "Minh");
  ContactAttempt a3 = Attempt("a3", "h3", ResultCode::kNotHome, kNov2, "Minh");
  const std::vector<ContactAttempt> first = {a1, a2};
  const std::vector<ContactAttempt> second = {a1, a1v2, a3};
  ContactAttempt a2_changed = a2;
  a2_changed.notes = "different story";
  const std::vector<ContactAttempt> third = {a2_changed};

  AttemptLog merged;
  CHECK(ImportJsonLines(ExportJsonLines(first), merged).added == 2);
  const MergeReport r2 = ImportJsonLines(ExportJsonLines(second), merged);
  CHECK(r2.added == 2);
  CHECK(r2.duplicates == 1);
  const MergeReport r3 = ImportJsonLines(ExportJsonLines(third), merged);
  CHECK(r3.conflicts == 1);
  CHECK(merged.AttemptCount() == 3);
  CHECK(merged.Latest("a1")->result == ResultCode::kMoved);
  CHECK(merged.Latest("a2")->notes.empty());
}

TEST_CASE("JSON lines: damaged lines are reported by number, foreign and newer files refused") {
  const std::string good = AttemptToJson(Attempt("a1", "h1", ResultCode::kNotHome, kNov2));
  ContactAttempt broken_rule = Attempt("a2", "h2", ResultCode::kNotHome, kNov2);
  broken_rule.answers = {{"x", {"y"}}};
  const std::string text = "{\"format\":\"puerta-attempts\",\"format_version\":1}\r\n" + good + "\r\n{not json\n\n" +
                           "{\"attempt_id\":\"a9\"}\n" + AttemptToJson(broken_rule) + "\n";
  AttemptLog log;
  const MergeReport r = ImportJsonLines(text, log);
  CHECK(r.added == 1);
  REQUIRE(r.errors.size() == 3);
  CHECK(r.errors[0] == "line 3 is not valid JSON: missing a name for object member at byte 1");
  CHECK(r.errors[1].rfind("line 5: ", 0) == 0);
  CHECK(r.errors[2].find("only a conversation") != std::string::npos);

  CHECK(ParseJsonLines(good + "\n").errors.at(0).find("not a Puerta attempts export") != std::string::npos);
  CHECK(ParseJsonLines("{\"format\":\"puerta-attempts\",\"format_version\":2}\n" + good)
            .errors.at(0).find("newer") != std::string::npos);
  CHECK(ParseJsonLines("").errors.size() == 1);
}

namespace {
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}
std::string Header() { return "{\"format\":\"puerta-attempts\",\"format_version\":1}\n"; }
std::string WithField(const std::string& line, const std::string& key, const std::string& raw_json_value) {
  const std::string marker = "\"" + key + "\":";
  const std::size_t at = line.find(marker);
  REQUIRE(at != std::string::npos);
  const std::size_t value = at + marker.size();
  const std::size_t end = line.find_first_of(",}", line[value] == '"' ? line.find('"', value + 1) : value);
  return line.substr(0, value) + raw_json_value + line.substr(end);
}
}  // namespace

TEST_CASE("JSON lines: CR-only line ends and UTF-16 files are named as such") {
  const std::string good = AttemptToJson(Attempt("a1", "h1", ResultCode::kNotHome, kNov2));
  std::string cr_only = Header() + good + "\n";
  for (char& c : cr_only) c = c == '\n' ? '\r' : c;
  auto errors = ParseJsonLines(cr_only).errors;
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("lone CR") != std::string::npos);
  const std::string utf8 = Header() + good + "\n";
  std::string le = "\xFF\xFE", be = "\xFE\xFF", bare;
  for (char c : utf8) le += std::string{c, '\0'}, be += std::string{'\0', c}, bare += std::string{c, '\0'};
  for (const std::string* utf16 : {&le, &be, &bare}) {
    errors = ParseJsonLines(*utf16).errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("UTF-16") != std::string::npos);
  }
  // A UTF-8 byte-order mark is fine.
  const ParsedJsonLines bom = ParseJsonLines("\xEF\xBB\xBF" + utf8);
  CHECK(bom.errors.empty());
  CHECK(bom.attempts.size() == 1);
}

TEST_CASE("JSON lines: invalid UTF-8 and NUL in strings are refused with line and field, never copied") {
  const std::string good = AttemptToJson(Attempt("a1", "h1", ResultCode::kNotHome, kNov2));
  const ContactAttempt talk = Conversation("a2", "h2", kNov2, {{"registered", {"yes"}}});
  const std::string conversation = AttemptToJson(talk);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {WithField(good, "notes", "\"caf\xE9\""), "line 2: $.notes: the text is not valid UTF-8"},
      {WithField(good, "voter_name", "\"Ana\\u0000Evil\""), "line 2: $.voter_name: the text holds a NUL character"},
      {WithField(good, "canvasser", std::string("\"An\0a\"", 6)), "line 2: $.canvasser: holds a NUL byte"},
      {WithField(good, "notes", "\"\\udc00\""), "line 2: $.notes: the text is not valid UTF-8"},
      {Replace(conversation, "\"yes\"", "\"y\xC3\""), "line 2: $.answers.registered[0]: the text is not valid UTF-8"},
      {Replace(conversation, "\"registered\"", "\"reg\\u0000\""), "line 2: $.answers[\"reg\\u0000\"]: the step id holds a NUL"},
  };
  for (const auto& test_case : cases) {
    const std::string& line = test_case.first;
    const std::string& expected = test_case.second;  // not a structured binding: clang 14 cannot capture one
    CAPTURE(expected);
    AttemptLog log;
    const MergeReport r = ImportJsonLines(Header() + line + "\n", log);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find(expected) == 0);
    CHECK(r.added == 0);
    CHECK(ExportResponseCsv(log.Current(), {}).find('\0') == std::string::npos);
  }
}

TEST_CASE("JSON lines: a conflict names the attempt and both files") {
  ContactAttempt a = Attempt("3f9c0000000000000000000000000001", "h1", ResultCode::kNotHome, kNov2);
  ContactAttempt changed = a;
  changed.notes = "edited elsewhere";
  const std::vector<ContactAttempt> first = {a}, second = {changed};
  AttemptLog log;
  AttemptMerge merge(log);
  CHECK(merge.Import("ana.jsonl", ExportJsonLines(first)).warnings.empty());
  const MergeReport r = merge.Import("ben.jsonl", ExportJsonLines(second));
  CHECK(r.conflicts == 1);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] ==
        "attempt 3f9c0000000000000000000000000001 version 1 differs between ana.jsonl and ben.jsonl; the one from "
        "ana.jsonl was kept");
  CHECK(log.Latest(a.attempt_id)->notes.empty());
  // Within one file, and against versions held before merging began.
  const std::vector<ContactAttempt> both = {a, changed};
  AttemptLog one;
  AttemptMerge single(one);
  CHECK(single.Import("carla.jsonl", ExportJsonLines(both)).warnings.at(0).find("between carla.jsonl (an earlier line) and carla.jsonl") != std::string::npos);
  CHECK(ImportJsonLines(ExportJsonLines(second), log).warnings.at(0).find("differs from the version already held") != std::string::npos);
}

TEST_CASE("JSON lines: an attempt claimed by two devices keeps the first, naming the attempt, both files and both devices") {
  ContactAttempt real = Conversation("5a5a0000000000000000000000000001", "h1", kNov2, {{"support", {"yes"}}});
  real.device = "aaaaaaaaaaaaaaaa";
  ContactAttempt forged = Attempt(real.attempt_id, "h1", ResultCode::kRefused, kNov2);
  forged.device = "bbbbbbbbbbbbbbbb";
  ContactAttempt later = forged;
  later.version = 7;  // a higher version would otherwise win in Current()
  const std::vector<ContactAttempt> first = {real}, second = {forged, later};
  AttemptLog log;
  AttemptMerge merge(log);
  const MergeReport r1 = merge.Import("ana.jsonl", ExportJsonLines(first));
  CHECK(r1.devices == std::vector<std::string>{"aaaaaaaaaaaaaaaa"});
  const MergeReport r2 = merge.Import("ben.jsonl", ExportJsonLines(second));
  CHECK(r2.added == 0);
  CHECK(r2.other_device == 2);
  REQUIRE(r2.warnings.size() == 2);
  CHECK(r2.warnings[0] ==
        "attempt 5a5a0000000000000000000000000001 version 1 in ben.jsonl comes from device bbbbbbbbbbbbbbbb, but "
        "ana.jsonl has it from device aaaaaaaaaaaaaaaa; refused: the attempt from device aaaaaaaaaaaaaaaa in ana.jsonl "
        "was kept");
  CHECK(r2.warnings[1].find("version 7 in ben.jsonl") != std::string::npos);
  CHECK(log.Latest(real.attempt_id)->result == ResultCode::kCanvassed);
  CHECK(log.History(real.attempt_id).size() == 1);

  // Against versions held before merging began, and with no device named (older files): merged as before.
  AttemptLog held;
  REQUIRE(held.Record(real));
  CHECK(ImportJsonLines(ExportJsonLines(second), held).warnings.at(0).find("the results already held has it from device aaaaaaaaaaaaaaaa") != std::string::npos);
  ContactAttempt unnamed = later;
  unnamed.device.clear();
  const std::vector<ContactAttempt> old = {unnamed};
  CHECK(ImportJsonLines(ExportJsonLines(old), held).added == 1);
  // A device id that is not 16 hex digits is damage.
  ContactAttempt odd = Attempt("5a5a0000000000000000000000000002", "h2", ResultCode::kNotHome, kNov2);
  odd.device = "not-a-device";
  const std::vector<ContactAttempt> bad = {odd};
  CHECK(ImportJsonLines(ExportJsonLines(bad), held).errors.size() == 1);
}

TEST_CASE("result files are signed by the phone, then sealed; attempts go out naming the device") {
  const DeviceKey phone = DeviceKey::Generate();
  TurfPackage turf;
  turf.turf_id = "t";
  ContactAttempt before_keys = Attempt("5a5a0000000000000000000000000003", "h1", ResultCode::kNotHome, kNov2);
  const std::vector<ContactAttempt> attempts = {before_keys};
  const OrganizerKeyPair organizer = NewOrganizerKeyPair();
  for (bool with_key : {false, true}) {
    turf.organizer_public_key = with_key ? organizer.public_text : std::string();
    for (ResultFormat format : {ResultFormat::kLossless, ResultFormat::kSpreadsheet, ResultFormat::kVan}) {
      ResultFiles files;
      REQUIRE(BuildResultFiles(format, turf, attempts, attempts, kNov2, phone, files).ok());
      for (const ResultFile& file : files.files) {
        INFO(file.name);
        Status status = Status::Ok();
        std::string bytes = file.bytes;
        if (with_key) bytes = OpenSealedFile(file.bytes, organizer.secret_text, status).value_or("");
        // Without an organizer key, the spreadsheet and VAN files are plain
        // CSV a spreadsheet opens as it is; the lossless file is still signed.
        if (!with_key && format != ResultFormat::kLossless) {
          CHECK_FALSE(IsSignedFile(bytes));
          CHECK(file.name.ends_with(".csv"));
          continue;
        }
        const auto checked = CheckSignedExport(bytes, status);
        REQUIRE_MESSAGE(checked.has_value(), status.message());
        CHECK(checked->device_id == phone.device_id());
        if (format == ResultFormat::kLossless)
          CHECK(checked->payload.find("\"device\":\"" + phone.device_id() + "\"") != std::string::npos);
      }
    }
  }
  // Sealed: the envelope is inside.
  turf.organizer_public_key = organizer.public_text;
  ResultFiles sealed;
  REQUIRE(BuildResultFiles(ResultFormat::kLossless, turf, attempts, attempts, kNov2, phone, sealed).ok());
  Status status = Status::Ok();
  const auto opened = OpenSealedFile(sealed.files.at(0).bytes, organizer.secret_text, status);
  REQUIRE(opened.has_value());
  CHECK(IsSignedFile(*opened));
  CHECK(CheckSignedExport(*opened, status).has_value());

  // Another phone's signature over this phone's attempts is refused.
  const auto payload = VerifySignedFile(*opened, status)->payload;
  CHECK_FALSE(CheckSignedExport(DeviceKey::Generate().Sign(payload), status).has_value());
  CHECK(status.message().find("says it was recorded by device " + phone.device_id()) != std::string::npos);
  // So is an attempt naming no device inside a signed file.
  CHECK_FALSE(CheckSignedExport(phone.Sign(ExportJsonLines(attempts)), status).has_value());
  CHECK(status.message().find("recorded by no device") != std::string::npos);
}

TEST_CASE("the attempts export names its turf and package inside the phone's signature") {
  const DeviceKey phone = DeviceKey::Generate();
  TurfPackage turf;
  turf.turf_id = "eastside-3f9a1c";
  turf.package_id = "9c1e0000aaaa5555";
  ContactAttempt a = Attempt("5a5a0000000000000000000000000004", "h1", ResultCode::kNotHome, kNov2);
  a.recorded_unix = kNov2 + 60;
  ContactAttempt b = Attempt("5a5a0000000000000000000000000005", "h2", ResultCode::kNotHome, kNov2 + 3600);
  const std::vector<ContactAttempt> attempts = {a, b};
  ResultFiles files;
  REQUIRE(BuildResultFiles(ResultFormat::kLossless, turf, attempts, attempts, kNov2, phone, files).ok());
  Status status = Status::Ok();
  const auto checked = CheckSignedExport(files.files.at(0).bytes, status);
  REQUIRE_MESSAGE(checked.has_value(), status.message());
  CHECK(checked->attempts_file);
  CHECK(checked->origin.turf_id == "eastside-3f9a1c");
  CHECK(checked->origin.package_id == "9c1e0000aaaa5555");
  REQUIRE(checked->by_device.size() == 1);
  CHECK(checked->by_device[0].device == phone.device_id());
  CHECK(checked->by_device[0].attempts == 2);
  CHECK(checked->by_device[0].earliest_unix == kNov2);

  // Moving the file to another turf breaks the signature.
  std::string moved = files.files.at(0).bytes;
  const std::size_t at = moved.find("eastside-3f9a1c");
  REQUIRE(at != std::string::npos);
  moved.replace(at, 8, "westside");
  CHECK_FALSE(CheckSignedExport(moved, status).has_value());
  CHECK(status.message().find("the signature does not match") != std::string::npos);

  // A spreadsheet file is no attempts export; a file from before turf ids names none.
  ResultFiles csv;
  const OrganizerKeyPair organizer = NewOrganizerKeyPair();
  turf.organizer_public_key = organizer.public_text;
  REQUIRE(BuildResultFiles(ResultFormat::kSpreadsheet, turf, attempts, attempts, kNov2, phone, csv).ok());
  const auto csv_checked =
      CheckSignedExport(OpenSealedFile(csv.files.at(0).bytes, organizer.secret_text, status).value_or(""), status);
  REQUIRE_MESSAGE(csv_checked.has_value(), status.message());
  CHECK_FALSE(csv_checked->attempts_file);
  CHECK(csv_checked->origin.turf_id.empty());
  const auto old = CheckSignedExport(phone.Sign(ExportJsonLines(NamedBy(attempts, phone.device_id()))), status);
  REQUIRE(old.has_value());
  CHECK(old->attempts_file);
  CHECK(old->origin.turf_id.empty());
  CHECK(old->origin.package_id.empty());

  // The header is read back by the parser, and a malformed package id is damage.
  const ParsedJsonLines parsed = ParseJsonLines(ExportJsonLines(attempts, false, {"t", "0123456789abcdef"}));
  CHECK(parsed.errors.empty());
  CHECK(parsed.origin.turf_id == "t");
  CHECK(parsed.origin.package_id == "0123456789abcdef");
  const ParsedJsonLines bad = ParseJsonLines(ExportJsonLines(attempts, false, {"t", "not-hex"}));
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0] == "line 1: $.package_id: expected 16 lowercase hex digits");
}

TEST_CASE("attempts by device: distinct attempts and the earliest time of any version") {
  ContactAttempt a1 = Attempt("5a5a0000000000000000000000000006", "h1", ResultCode::kNotHome, kNov2);
  a1.device = "aaaaaaaaaaaaaaaa";
  ContactAttempt a2 = a1;
  a2.version = 2;
  a2.recorded_unix = kNov2 - 30;  // recorded before it happened: the earlier time counts
  ContactAttempt b1 = Attempt("5a5a0000000000000000000000000007", "h2", ResultCode::kNotHome, kNov2 + 10);
  b1.device = "bbbbbbbbbbbbbbbb";
  ContactAttempt none = Attempt("5a5a0000000000000000000000000008", "h3", ResultCode::kNotHome, kNov2 + 20);
  const std::vector<ContactAttempt> versions = {b1, a1, a2, none};
  const std::vector<DeviceAttempts> by = AttemptsByDevice(versions);
  REQUIRE(by.size() == 3);
  CHECK(by[0].device.empty());
  CHECK(by[0].attempts == 1);
  CHECK(by[1].device == "aaaaaaaaaaaaaaaa");
  CHECK(by[1].attempts == 1);
  CHECK(by[1].earliest_unix == kNov2 - 30);
  CHECK(by[2].device == "bbbbbbbbbbbbbbbb");
  CHECK(by[2].earliest_unix == kNov2 + 10);
}
