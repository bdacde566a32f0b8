// stats/: the numbers on a small canvass, counted by hand.
#include <doctest/doctest.h>

#include "stats/canvass_stats.h"
#include "script_fixtures.h"

using namespace puerta;
using puerta::testing::Attempt;
using puerta::testing::Conversation;

namespace {

constexpr std::int64_t kDay1 = 1730548800;  // 2024-11-02T12:00:00Z
constexpr std::int64_t kDay2 = kDay1 + 86400;

std::vector<ContactAttempt> SmallCanvass() {
  std::vector<ContactAttempt> a;
  a.push_back(Conversation("a1", "h1", kDay1, {{"registered", {"yes"}}, {"support", {"5"}}}, "Ana"));
  a.push_back(Attempt("a2", "h1", ResultCode::kNotHome, kDay1 + 60, "Ana"));  // second voter, same door
  a.push_back(Attempt("a3", "h2", ResultCode::kNotHome, kDay1 + 120, "Ana"));
  a.push_back(Conversation("a4", "h3", kDay1 + 180, {{"registered", {"no"}}, {"support", {"2"}}}, "Ben"));
  a.push_back(Conversation("a5", "h3", kDay1 + 240, {{"registered", {"yes"}}, {"support", {"4"}}}, "Ben"));
  ContactAttempt come_back = Attempt("a6", "h4", ResultCode::kComeBack, kDay2, "Ben");
  come_back.follow_up.due_unix = kDay2 + 3600;
  a.push_back(come_back);
  ContactAttempt barrier = Attempt("a7", "h5", ResultCode::kLanguageBarrier, kDay2 + 60, "Ben");
  barrier.follow_up.language = "vi";
  barrier.organization = "Youth Vote";
  a.push_back(barrier);
  a.push_back(Conversation("a8", "h2", kDay2 + 120, {{"registered", {"yes"}}, {"support", {"3"}}}, "Ana"));
  ContactAttempt practice = Conversation("a9", "h9", kDay1, {{"registered", {"yes"}}, {"support", {"5"}}}, "Ana");
  practice.practice = true;
  a.push_back(practice);
  ContactAttempt phone = Conversation("a10", "h6", kDay2 + 180, {{"registered", {"yes"}}}, "Cara");
  phone.channel = Channel::kPhone;
  a.push_back(phone);
  return a;
}

}  // namespace

TEST_CASE("totals on a hand-checked canvass (practice excluded)") {
  const Script script = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  const auto attempts = SmallCanvass();
  const CanvassStats s = ComputeStats(attempts, {kDay2 + 7200, 0, std::span<const Script>(&script, 1)});
  const Tally& t = s.total;
  CHECK(t.attempts == 9);
  CHECK(t.doors_knocked == 5);          // h1 h2 h3 h4 h5; the phone call is not a door
  CHECK(t.conversations == 5);          // a1 a4 a5 a8 and the phone call a10
  CHECK(t.households_contacted == 3);   // h1 h2 h3
  CHECK(t.contact_rate == doctest::Approx(0.6));
  CHECK(t.support_ids == 2);            // a1 (5) and a5 (4)
  CHECK(t.answers.at("registered").at("yes") == 4);
  CHECK(t.answers.at("registered").at("no") == 1);
  CHECK(t.answers.at("support").size() == 4);
  CHECK(t.answers.at("support").at("5") == 1);
  CHECK(t.results.at(ResultCode::kNotHome) == 2);
  CHECK(t.follow_ups_due == 1);         // a6, due an hour into day 2
  CHECK(t.language_follow_ups == 1);    // a7, Vietnamese
}

TEST_CASE("per canvasser, per day and per organization") {
  const Script script = puerta::testing::LoadScript("tests/data/scripts/branching.json");
  const auto attempts = SmallCanvass();
  const CanvassStats s = ComputeStats(attempts, {kDay2 + 7200, 0, std::span<const Script>(&script, 1)});

  const Tally& ana = s.by_canvasser.at("Ana");
  CHECK(ana.attempts == 4);
  CHECK(ana.doors_knocked == 2);
  CHECK(ana.conversations == 2);
  CHECK(ana.contact_rate == doctest::Approx(1.0));
  CHECK(ana.support_ids == 1);
  const Tally& ben = s.by_canvasser.at("Ben");
  CHECK(ben.attempts == 4);
  CHECK(ben.doors_knocked == 3);
  CHECK(ben.conversations == 2);
  CHECK(ben.contact_rate == doctest::Approx(1.0 / 3));
  CHECK(ben.follow_ups_due == 1);
  CHECK(ben.language_follow_ups == 1);
  CHECK(s.by_canvasser.at("Cara").doors_knocked == 0);
  CHECK(s.by_canvasser.at("Cara").contact_rate == 0);
  CHECK(s.by_canvasser.size() == 3);  // practice-only canvassers would not appear

  REQUIRE(s.by_day.size() == 2);
  const Tally& day1 = s.by_day.at("2024-11-02");
  CHECK(day1.attempts == 5);
  CHECK(day1.doors_knocked == 3);
  CHECK(day1.conversations == 3);
  CHECK(day1.households_contacted == 2);
  CHECK(day1.support_ids == 2);
  const Tally& day2 = s.by_day.at("2024-11-03");
  CHECK(day2.attempts == 4);
  CHECK(day2.doors_knocked == 3);  // h2 again: once per day, once in total
  CHECK(day2.conversations == 2);
  CHECK(day2.follow_ups_due == 1);

  CHECK(s.by_organization.at("Youth Vote").attempts == 1);
  CHECK(s.by_organization.at("Youth Vote").language_follow_ups == 1);
  CHECK(s.by_organization.at("Barrio Unido").doors_knocked == 4);
}

TEST_CASE("days follow the organization's offset; follow-ups are not due before their time") {
  const auto attempts = SmallCanvass();
  const CanvassStats s = ComputeStats(attempts, {kDay2, -13 * 60, {}});
  CHECK(s.by_day.count("2024-11-01") == 1);  // noon UTC is 11 pm the day before at UTC-13
  CHECK(s.total.follow_ups_due == 0);
  CHECK(s.total.support_ids == 0);  // no script given: support IDs cannot be told
}
