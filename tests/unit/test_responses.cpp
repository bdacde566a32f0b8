// responses/: contact attempts, the VAN result-or-answers rule, edits that
// keep history, follow-up queues, and cereal round trips.
#include <doctest/doctest.h>

#include <algorithm>
#include <limits>
#include <random>
#include <set>
#include <sstream>

#include <cereal/archives/json.hpp>
#include <cereal/archives/portable_binary.hpp>

#include "responses/attempt_log.h"
#include "responses/attempt_time.h"
#include "responses/follow_up_queue.h"
#include "script_fixtures.h"

using namespace puerta;
using puerta::testing::Attempt;

namespace {

bool Mentions(const std::vector<std::string>& problems, const std::string& word) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const std::string& p) { return p.find(word) != std::string::npos; });
}

constexpr std::int64_t kNov2 = 1730548800;  // 2024-11-02T12:00:00Z

}  // namespace

TEST_CASE("result code XOR answers: Canvassed carries answers, other codes carry none") {
  ContactAttempt talked = puerta::testing::Conversation("a1", "h1", kNov2, {{"registered", {"yes"}}});
  CHECK(CheckAttempt(talked).empty());

  ContactAttempt empty_talk = talked;
  empty_talk.answers.clear();
  CHECK(Mentions(CheckAttempt(empty_talk), "at least one answer"));

  ContactAttempt not_home = Attempt("a2", "h2", ResultCode::kNotHome, kNov2);
  CHECK(CheckAttempt(not_home).empty());
  not_home.answers = {{"registered", {"yes"}}};
  CHECK(Mentions(CheckAttempt(not_home), "only a conversation"));

  AttemptLog log;
  CHECK_FALSE(log.Record(not_home));
  CHECK(log.AttemptCount() == 0);
}

TEST_CASE("attempt checks list every broken rule") {
  ContactAttempt a;
  a.version = 0;
  a.result = ResultCode::kComeBack;
  const auto problems = CheckAttempt(a);
  CHECK(Mentions(problems, "no id"));
  CHECK(Mentions(problems, "versions start at 1"));
  CHECK(Mentions(problems, "no voter and no household"));
  CHECK(Mentions(problems, "no time"));
  CHECK(Mentions(problems, "time to follow up"));
  ContactAttempt barrier = Attempt("b", "h", ResultCode::kLanguageBarrier, kNov2);
  CHECK(Mentions(CheckAttempt(barrier), "language heard"));
  barrier.follow_up.language = "vi";
  CHECK(CheckAttempt(barrier).empty());
}

TEST_CASE("attempt ids are 32 hex digits and do not repeat") {
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = NewAttemptId();
    CHECK(id.size() == 32);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    ids.insert(id);
  }
  CHECK(ids.size() == 1000);
}

TEST_CASE("editing an attempt adds a version and keeps the earlier one") {
  AttemptLog log;
  REQUIRE(log.Record(Attempt("a1", "h1", ResultCode::kNotHome, kNov2)));
  CHECK_FALSE(log.Record(Attempt("a1", "h1", ResultCode::kNotHome, kNov2)));  // id taken

  ContactAttempt fixed = *log.Latest("a1");
  fixed.result = ResultCode::kMoved;
  fixed.notes = "Neighbor says they moved in August";
  REQUIRE(log.Edit(fixed, kNov2 + 600));
  CHECK(log.Latest("a1")->version == 2);
  CHECK(log.Latest("a1")->result == ResultCode::kMoved);
  CHECK(log.Latest("a1")->recorded_unix == kNov2 + 600);
  const auto history = log.History("a1");
  REQUIRE(history.size() == 2);
  CHECK(history[0]->result == ResultCode::kNotHome);
  CHECK(history[0]->version == 1);
  CHECK(log.AllVersions().size() == 2);
  CHECK(log.Current().size() == 1);

  fixed.answers = {{"x", {"y"}}};  // a non-contact with answers: refused, history unchanged
  CHECK_FALSE(log.Edit(fixed, kNov2 + 700));
  CHECK(log.History("a1").size() == 2);
  CHECK_FALSE(log.Edit(Attempt("zz", "h1", ResultCode::kNotHome, kNov2), kNov2));
}

TEST_CASE("merging versions: new, duplicate, conflicting, out of order") {
  AttemptLog log;
  ContactAttempt v2 = Attempt("a1", "h1", ResultCode::kRefused, kNov2);
  v2.version = 2;
  CHECK(log.Merge(v2) == AttemptLog::MergeOutcome::kAdded);
  ContactAttempt v1 = Attempt("a1", "h1", ResultCode::kNotHome, kNov2);
  CHECK(log.Merge(v1) == AttemptLog::MergeOutcome::kAdded);
  CHECK(log.Latest("a1")->version == 2);
  CHECK(log.Merge(v1) == AttemptLog::MergeOutcome::kDuplicate);
  v1.notes = "different";
  CHECK(log.Merge(v1) == AttemptLog::MergeOutcome::kConflict);
  CHECK(log.History("a1")[0]->notes.empty());
}

TEST_CASE("follow-ups: language barriers by language, come-backs by date, later attempts resolve them") {
  std::vector<ContactAttempt> attempts;
  ContactAttempt vi = Attempt("a1", "h1", ResultCode::kLanguageBarrier, kNov2);
  vi.follow_up.language = "vi";
  ContactAttempt ko = Attempt("a2", "h2", ResultCode::kLanguageBarrier, kNov2);
  ko.follow_up.language = "ko";
  ContactAttempt resolved = Attempt("a3", "h3", ResultCode::kLanguageBarrier, kNov2);
  resolved.follow_up.language = "vi";
  ContactAttempt resolved_later = puerta::testing::Conversation("a4", "h3", kNov2 + 86400, {{"registered", {"yes"}}});
  ContactAttempt come_back = Attempt("a5", "h5", ResultCode::kComeBack, kNov2);
  come_back.follow_up.due_unix = kNov2 + 7200;
  ContactAttempt call_back_sooner = Attempt("a6", "h6", ResultCode::kComeBack, kNov2);
  call_back_sooner.follow_up.due_unix = kNov2 + 3600;
  ContactAttempt practice = Attempt("a7", "h7", ResultCode::kComeBack, kNov2);
  practice.follow_up.due_unix = kNov2;
  practice.practice = true;
  attempts = {vi, ko, resolved, resolved_later, come_back, call_back_sooner, practice};

  const FollowUpQueue queue = BuildFollowUpQueue(attempts);
  REQUIRE(queue.by_language.size() == 2);
  REQUIRE(queue.by_language.at("vi").size() == 1);
  CHECK(queue.by_language.at("vi")[0].household_id == "h1");
  CHECK(queue.by_language.at("ko")[0].household_id == "h2");
  REQUIRE(queue.scheduled.size() == 2);
  CHECK(queue.scheduled[0].attempt_id == "a6");
  CHECK(queue.scheduled[1].attempt_id == "a5");
  CHECK(queue.DueBy(kNov2 + 3600).size() == 1);
  CHECK(queue.DueBy(kNov2).empty());
}

TEST_CASE("times read as dates in the organization's offset, and follow-up answers become times") {
  CHECK(IsoDateTime(kNov2) == "2024-11-02T12:00:00");
  CHECK(IsoDate(kNov2 + 13 * 3600) == "2024-11-03");
  CHECK(IsoDate(kNov2 + 13 * 3600, -8 * 60) == "2024-11-02");  // still the 2nd in California
  CHECK(UsDate(kNov2) == "11/02/2024");
  CHECK(FromIsoDateTime("2024-11-02T12:00") == kNov2);
  CHECK(FromIsoDateTime("2024-11-02T04:00", -8 * 60) == kNov2);
  CHECK(FromIsoDateTime("2024-11-02") == kNov2 - 12 * 3600);
  CHECK_FALSE(FromIsoDateTime("tomorrow"));
  CHECK(IsoDateTime(0) == "1970-01-01T00:00:00");
  CHECK(IsoDate(-1) == "1969-12-31");
  CHECK(WeekdayOf(0) == 4);                                  // a Thursday
  CHECK(WeekdayOf(-1) == 3);
  CHECK(WeekdayOf(kNov2) == 6);                              // a Saturday
  CHECK(WeekdayOf(kNov2 + 13 * 3600) == 0);                  // Sunday in UTC…
  CHECK(WeekdayOf(kNov2 + 13 * 3600, -8 * 60) == 6);         // …still Saturday in California
}

TEST_CASE("times past the year 9999 are refused, and never overflow when printed") {
  ContactAttempt a = Attempt("far", "h1", ResultCode::kNotHome, kLatestUnixSeconds);
  CHECK(CheckAttempt(a).empty());
  CHECK(IsoDateTime(kLatestUnixSeconds) == "9999-12-31T23:59:59");
  a.time_unix = kLatestUnixSeconds + 1;
  CHECK(Mentions(CheckAttempt(a), "after the year 9999"));
  a.time_unix = std::numeric_limits<std::int64_t>::max();
  CHECK(Mentions(CheckAttempt(a), "after the year 9999"));
  a.time_unix = kNov2;
  a.recorded_unix = std::numeric_limits<std::int64_t>::min();
  CHECK(Mentions(CheckAttempt(a), "recorded"));
  a.recorded_unix = kNov2;
  a.follow_up.due_unix = std::numeric_limits<std::int64_t>::max();
  CHECK(Mentions(CheckAttempt(a), "follow-up time"));
  // Whatever reaches the formatting anyway is clamped, not wrapped around:
  // adding the offset to INT64_MAX used to overflow.
  CHECK(IsoDate(std::numeric_limits<std::int64_t>::max(), 14 * 60) == "10000-01-01");
  CHECK(IsoDate(std::numeric_limits<std::int64_t>::min(), -12 * 60).starts_with("-"));
}

TEST_CASE("attempts round-trip through cereal's portable binary and JSON archives") {
  ContactAttempt a = puerta::testing::Conversation("a1", "h1", kNov2, {{"issues", {"housing", "wages"}}, {"comment", {"¡Sí! 好"}}});
  a.follow_up = {kNov2 + 86400, "tl"};
  a.channel = Channel::kPhone;
  a.practice = true;
  a.version = 3;
  a.script_version = 7;
  a.time_unix = -5;  // fixed-width even for odd values
  {
    std::stringstream bytes;
    { cereal::PortableBinaryOutputArchive out(bytes); out(a); }
    ContactAttempt b;
    { cereal::PortableBinaryInputArchive in(bytes); in(b); }
    CHECK(a == b);
  }
  {
    std::stringstream text;
    { cereal::JSONOutputArchive out(text); out(cereal::make_nvp("attempt", a)); }
    ContactAttempt b;
    { cereal::JSONInputArchive in(text); in(cereal::make_nvp("attempt", b)); }
    CHECK(a == b);
  }
}

TEST_CASE("merging 20,000 versions of one attempt in any order keeps every version, in order") {
  constexpr std::uint32_t kVersions = 20'000;
  std::vector<ContactAttempt> versions;
  for (std::uint32_t v = 1; v <= kVersions; ++v) {
    ContactAttempt a = Attempt("one-attempt", "h1", v % 2 ? ResultCode::kNotHome : ResultCode::kRefused, kNov2);
    a.version = v;
    a.notes = "edit " + std::to_string(v);
    versions.push_back(a);
  }
  std::vector<ContactAttempt> shuffled = versions;
  std::mt19937 rng(11);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  std::vector<ContactAttempt> reversed(versions.rbegin(), versions.rend());
  for (const auto* order : {&versions, &shuffled, &reversed}) {
    AttemptLog log;
    for (const ContactAttempt& a : *order) REQUIRE(log.Merge(a) == AttemptLog::MergeOutcome::kAdded);
    CHECK(log.AttemptCount() == 1);
    CHECK(log.AllVersions().size() == kVersions);
    const auto history = log.History("one-attempt");
    REQUIRE(history.size() == kVersions);
    for (std::uint32_t v = 0; v < kVersions; ++v) CHECK(*history[v] == versions[v]);
    CHECK(*log.Latest("one-attempt") == versions.back());
    REQUIRE(log.Current().size() == 1);
    CHECK(log.Current()[0] == versions.back());
    CHECK(log.Find("one-attempt", 777)->notes == "edit 777");
    CHECK(log.Find("one-attempt", kVersions + 1) == nullptr);
    CHECK(log.Find("another", 1) == nullptr);
    // A second pass: every version a duplicate; a changed one a conflict that keeps ours.
    for (std::uint32_t v = 0; v < kVersions; v += 97) {
      CHECK(log.Merge((*order)[v]) == AttemptLog::MergeOutcome::kDuplicate);
      ContactAttempt changed = (*order)[v];
      changed.notes += " (changed)";
      CHECK(log.Merge(changed) == AttemptLog::MergeOutcome::kConflict);
      CHECK(log.Find("one-attempt", changed.version)->notes == (*order)[v].notes);
    }
    CHECK(log.AllVersions().size() == kVersions);
  }
}
