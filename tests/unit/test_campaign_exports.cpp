// campaign/: what leaves the store. Exports hold back rejected and flagged
// attempts (and, for VAN, unconfirmed permanent results), counted by why;
// the lossless export collects back into the same store; a whole batch is
// rejected or approved at once; follow-ups by language against a hand
// count; the chart series (report_charts.h); scripts kept whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "campaign/report_charts.h"
#include "campaign_store_fixtures.h"
#include "script/script_parse.h"

using namespace puerta;
using namespace puerta::campaign;

namespace {

std::vector<std::string> Ids(const StoreExport& e) {
  std::vector<std::string> ids;
  for (const ContactAttempt& a : e.attempts) ids.push_back(a.attempt_id);
  return ids;
}

StoreExport Exported(CampaignStore& store, StoreExportKind kind) {
  Status status = Status::Ok();
  std::optional<StoreExport> e = store.ExportAttempts(kind, status);
  REQUIRE_MESSAGE(e, status.message());
  return *e;
}

std::int64_t Held(const StoreExport& e, const std::string& reason) {
  for (const HeldBack& h : e.held_back)
    if (h.reason == reason) return h.attempts;
  return 0;
}

// Every table row the lossless export must carry: each version's JSON,
// its answers, which version is latest, its door (turf and household).
std::vector<std::string> Contents(CampaignStore& store) {
  std::vector<std::string> rows;
  REQUIRE(RunQuery(store.db(),
                   "SELECT j.attempt_id, j.version, j.content, a.is_latest, a.result, a.door FROM attempt_json j "
                   "JOIN attempts a ON a.attempt_id = j.attempt_id AND a.version = j.version "
                   "ORDER BY j.attempt_id, j.version",
                   {},
                   [&](const SqlStatement& r) {
                     rows.push_back(r.Text(0) + " v" + std::to_string(r.Int(1)) + " " + std::to_string(r.Int(3)) +
                                    " " + r.Text(4) + " " + r.Text(5) + " " + r.Text(2));
                   })
              .ok());
  REQUIRE(RunQuery(store.db(), "SELECT attempt_id, version, step_id, value FROM answers ORDER BY 1, 2, 3, 4", {},
                   [&](const SqlStatement& r) {
                     rows.push_back("answer " + r.Text(0) + " v" + std::to_string(r.Int(1)) + " " + r.Text(2) + "=" +
                                    r.Text(3));
                   })
              .ok());
  return rows;
}

}  // namespace

TEST_CASE("store exports: rejected and flagged attempts stay out of csv and VAN; a permanent result reaches VAN only once confirmed") {
  auto store = NewStore();
  Collect(*store, File({At("01", 1, ResultCode::kDeceased, 0), At("02", 2, ResultCode::kCanvassed, 600),
                        At("03", 3, ResultCode::kNotHome, 1200), At("04", 4, ResultCode::kMoved, 1800),
                        At("05", 5, ResultCode::kCanvassed, 2400)}));
  REQUIRE(store->Review("02", ReviewAction::kReject, kStart).ok());
  // Approved without confirming: its flag stands for VAN's sake.
  REQUIRE(store->Review("04", ReviewAction::kApprove, kStart).ok());

  StoreExport csv = Exported(*store, StoreExportKind::kResponses);
  CHECK(Ids(csv) == std::vector<std::string>{"03", "04", "05"});
  CHECK(Held(csv, "rejected") == 1);
  CHECK(Held(csv, "has issues: permanent_result") == 1);  // 01: flagged, not approved
  StoreExport van = Exported(*store, StoreExportKind::kVan);
  CHECK(Ids(van) == std::vector<std::string>{"03", "05"});
  CHECK(Held(van, "rejected") == 1);
  CHECK(Held(van, "deceased not confirmed") == 1);
  CHECK(Held(van, "moved not confirmed") == 1);

  REQUIRE(store->Review("01", ReviewAction::kConfirm, kStart).ok());
  REQUIRE(store->Review("04", ReviewAction::kConfirm, kStart).ok());
  van = Exported(*store, StoreExportKind::kVan);
  CHECK(Ids(van) == std::vector<std::string>{"01", "03", "04", "05"});
  CHECK(van.held_back.size() == 1);
  // The exported attempt is the collected one, field for field.
  CHECK(AttemptToJson(van.attempts[0]) == AttemptToJson(At("01", 1, ResultCode::kDeceased, 0)));
}

TEST_CASE("store exports: a flag other than a permanent result holds an attempt back until approved, and names itself") {
  auto store = NewStore();
  std::vector<ContactAttempt> fast;
  for (int door = 0; door < 10; ++door) fast.push_back(At(Numbered("f", door), door, ResultCode::kNotHome, door * 10));
  Collect(*store, File(fast));
  StoreExport csv = Exported(*store, StoreExportKind::kResponses);
  CHECK(csv.attempts.empty());
  CHECK(Held(csv, "has issues: fast_doors") == 10);
  REQUIRE(store->Review("f3", ReviewAction::kApprove, kStart).ok());
  CHECK(Ids(Exported(*store, StoreExportKind::kVan)) == std::vector<std::string>{"f3"});
}

TEST_CASE("store exports: the lossless export holds every version, rejected ones too, and collects back into the same store") {
  auto store = NewStore();
  ContactAttempt edited = At("01", 1, ResultCode::kCanvassed, 0);
  edited.version = 2;
  edited.recorded_unix += 600;
  ContactAttempt practice = At("09", 9, ResultCode::kNotHome, 900);
  practice.practice = true;
  Collect(*store, File({At("01", 1, ResultCode::kNotHome, 0), At("02", 2, ResultCode::kCanvassed, 300)}));
  Collect(*store, File({edited}));
  Collect(*store, File({At("03", 3, ResultCode::kHostile, 600)}, "west"));
  Collect(*store, ExportJsonLines(std::vector{practice}, true, {"east", ""}));
  REQUIRE(store->Review("02", ReviewAction::kReject, kStart).ok());
  Status status = Status::Ok();
  const std::optional<std::vector<LosslessFile>> all = store->ExportAllVersions(status);
  REQUIRE_MESSAGE(all, status.message());
  REQUIRE(all->size() == 2);  // one file per turf
  const std::string& east = (*all)[0].text;
  CHECK((*all)[0].turf_id == "east");
  CHECK(east.starts_with("{\"format\":\"puerta-attempts\",\"format_version\":1,\"turf_id\":\"east\"}\n"));
  CHECK(std::count(east.begin(), east.end(), '\n') == 5);  // header + 4 versions
  CHECK((*all)[1].turf_id == "west");

  auto copy = NewStore();
  CHECK(Collect(*copy, (*all)[1].text).added == 1);
  const FileImport back = Collect(*copy, east);
  CHECK(back.added == 4);
  CHECK(back.rejected == 0);
  CHECK(Contents(*copy) == Contents(*store));
  CHECK(Contents(*copy).size() == 5 + 2);  // two conversations' answers
}

TEST_CASE("store review: a whole import batch is rejected or approved at once, and says how many") {
  auto store = NewStore();
  const FileImport first = Collect(*store, File({At("01", 1, ResultCode::kCanvassed), At("02", 2, ResultCode::kDeceased, 600)}));
  const FileImport second = Collect(*store, File({At("03", 3, ResultCode::kCanvassed, 1200)}, "west"));
  const FileImport again = Collect(*store, File({At("03", 3, ResultCode::kCanvassed, 1200)}, "west"));
  Status status = Status::Ok();
  CHECK(store->ReviewBatch(first.batch_id, ReviewAction::kReject, kStart, status) == 2);
  CHECK(store->BatchState(first.batch_id, status) == "rejected");
  CHECK(store->AttemptState("02", status) == "rejected");
  CHECK(store->BatchState(second.batch_id, status) == "approved");
  CHECK(Total(*store).attempts == 1);
  CHECK(Ids(Exported(*store, StoreExportKind::kResponses)) == std::vector<std::string>{"03"});

  CHECK(store->ReviewBatch(first.batch_id, ReviewAction::kApprove, kStart, status) == 2);
  CHECK(store->BatchState(first.batch_id, status) == "approved");
  CHECK(Total(*store).attempts == 3);
  CHECK(Ids(Exported(*store, StoreExportKind::kResponses)) == std::vector<std::string>{"01", "02", "03"});

  CHECK_FALSE(store->ReviewBatch(again.batch_id, ReviewAction::kReject, kStart, status));
  CHECK(status.message().find("added no attempts") != std::string::npos);
  CHECK_FALSE(store->ReviewBatch(42, ReviewAction::kReject, kStart, status));
  CHECK(status.message().find("no import batch 42") != std::string::npos);
  CHECK_FALSE(store->ReviewBatch(first.batch_id, ReviewAction::kConfirm, kStart, status));
}

TEST_CASE("store follow-ups: Language Barrier and Come Back wait by language; the latest wins; a later conversation clears") {
  auto store = NewStore();
  ContactAttempt es = At("03", 3, ResultCode::kComeBack, 200);
  es.language = "es";
  ContactAttempt ko = At("06", 6, ResultCode::kLanguageBarrier, 500);
  ko.follow_up.language = "ko";
  ContactAttempt later_vi = At("07", 6, ResultCode::kLanguageBarrier, 900);  // voter v6 again: heard Vietnamese
  ContactAttempt rejected = At("08", 8, ResultCode::kComeBack, 950);
  Collect(*store, File({At("01", 1, ResultCode::kLanguageBarrier, 0),  // vi, then a conversation: cleared
                        At("02", 2, ResultCode::kComeBack, 100),       // no language known: unknown
                        es, At("04", 1, ResultCode::kCanvassed, 300),
                        At("05", 5, ResultCode::kLanguageBarrier, 400),  // vi, then only Not home: waits
                        At("09", 5, ResultCode::kNotHome, 450), ko, later_vi, rejected}));
  REQUIRE(store->Review("08", ReviewAction::kReject, kStart).ok());
  Status status = Status::Ok();
  const std::vector<VoterFollowUp> all = store->FollowUps("", status);
  REQUIRE(status.ok());
  // By hand: v2 unknown, v3 es, v5 vi, v6 vi (the later one); v1 talked to; v8 rejected.
  std::vector<std::string> got;
  for (const VoterFollowUp& f : all) got.push_back(f.voter_id + ":" + f.language + ":" + f.result + ":" + f.attempt_id);
  CHECK(got == std::vector<std::string>{"v3:es:come_back:03", "v2:unknown:come_back:02",
                                        "v5:vi:language_barrier:05", "v6:vi:language_barrier:07"});
  CHECK(all[0].door == "east/h3");
  CHECK(all[0].turf_id == "east");
  CHECK(all[0].day == "2026-09-21");
  CHECK(all[0].canvasser == "Ana");
  CHECK(store->FollowUps("vi", status).size() == 2);
  CHECK(store->FollowUps("tl", status).empty());
}

TEST_CASE("report charts: results by day stacked, ID composition, contact rate per canvasser, follow-ups waiting") {
  auto store = NewStore();
  REQUIRE(store->AddScript(PledgeScript()).ok());
  ContactAttempt no = At("03", 3, ResultCode::kCanvassed, 86400);
  no.answers["support"] = {"no"};
  ContactAttempt ben = At("05", 5, ResultCode::kNotHome, 86400 + 60, "Ben", kDeviceB);
  Collect(*store, File({At("01", 1, ResultCode::kCanvassed, 0), At("02", 2, ResultCode::kNotHome, 300),
                        At("04", 4, ResultCode::kLanguageBarrier, 600), no, ben}));
  Status status = Status::Ok();
  std::optional<ReportCharts> charts = MakeReportCharts(*store, {}, status);
  REQUIRE_MESSAGE(charts, status.message());
  const ResultsByDay& days = charts->results_by_day;
  CHECK(days.results == std::vector<std::string>{"canvassed", "not_home", "language_barrier"});  // result-code order
  REQUIRE(days.days.size() == 2);
  CHECK(days.days[0].day == "2026-09-21");
  CHECK(days.days[0].counts == std::vector<std::int64_t>{1, 1, 1});
  CHECK(days.days[1].counts == std::vector<std::int64_t>{1, 1, 0});
  CHECK(days.days[1].total == 2);
  REQUIRE(charts->id_composition.size() == 1);
  const QuestionIds& ids = charts->id_composition[0];
  CHECK(ids.step_id == "support");
  CHECK(ids.conversations == 2);
  REQUIRE(ids.answers.size() == 2);
  CHECK(ids.answers[0].value == "yes");  // support IDs first
  CHECK(ids.answers[0].support_id);
  CHECK_FALSE(ids.answers[1].support_id);
  REQUIRE(charts->contact_rates.size() == 2);
  CHECK(charts->contact_rates[0].canvasser == "Ana");
  CHECK(charts->contact_rates[0].doors_knocked == 4);
  CHECK(charts->contact_rates[0].households_contacted == 2);
  CHECK(charts->contact_rates[0].contact_rate == doctest::Approx(0.5));
  CHECK_FALSE(charts->contact_rates[0].outside_band);  // 4 doors say nothing yet
  CHECK(charts->contact_rates[1].canvasser == "Ben");
  CHECK(charts->band_low == doctest::Approx(0.10));
  CHECK(charts->band_high == doctest::Approx(0.30));
  REQUIRE(charts->follow_ups_waiting.size() == 1);
  CHECK(charts->follow_ups_waiting[0].language == "vi");
  CHECK(charts->follow_ups_waiting[0].waiting == 1);
  // Within dates: only the second day.
  charts = MakeReportCharts(*store, {{}, "2026-09-22", ""}, status);
  REQUIRE(charts);
  REQUIRE(charts->results_by_day.days.size() == 1);
  CHECK(charts->results_by_day.results == std::vector<std::string>{"canvassed", "not_home"});
}

TEST_CASE("store scripts: a script given with its JSON is kept whole (the first of an id and version), and orders the ID composition") {
  std::ifstream file(std::string(PUERTA_SOURCE_DIR) + "/assets/scripts/pledge-to-vote.json", std::ios::binary);
  const std::string source((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  Script script;
  REQUIRE(CheckScript(source, &script).empty());
  auto store = NewStore();
  REQUIRE(store->AddScript(script, source).ok());
  Script renamed = script;
  renamed.title["en"] = "Another title";
  REQUIRE(store->AddScript(renamed, R"({"not": "kept"})").ok());  // the same id and version: the first is kept
  REQUIRE(store->AddScript(PledgeScript()).ok());                   // no JSON given: support IDs only
  Status status = Status::Ok();
  const std::vector<Script> kept = store->Scripts(status);
  REQUIRE(status.ok());
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].id == "pledge-to-vote");
  CHECK(kept[0].title == script.title);

  std::vector<ContactAttempt> talks;
  for (const char* answer : {"not_sure", "yes", "cannot_vote", "yes"}) {
    ContactAttempt a = At(Numbered("t", static_cast<int>(talks.size())), static_cast<int>(talks.size()),
                          ResultCode::kCanvassed, 600 * static_cast<int>(talks.size()));
    a.script_id = "pledge-to-vote";
    a.answers = {{"registered", {answer}}};
    talks.push_back(a);
  }
  Collect(*store, File(talks));
  std::optional<ReportCharts> charts = MakeReportCharts(*store, {}, status);
  REQUIRE_MESSAGE(charts, status.message());
  REQUIRE(charts->id_composition.size() == 1);
  std::vector<std::string> order;
  for (const AnswerCount& a : charts->id_composition[0].answers) order.push_back(a.value);
  CHECK(order == std::vector<std::string>{"yes", "not_sure", "cannot_vote"});  // the script's order, not the alphabet's
}
