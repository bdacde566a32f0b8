// app/door_status: progress, chips and the next door, checked by hand.
#include <doctest/doctest.h>

#include "app/door_status.h"

using namespace puerta;

namespace {
WalkList ThreeDoors() {
  WalkList list;
  for (const char* id : {"h1", "h2", "h3"}) {
    Household h;
    h.id = id;
    list.households.push_back(h);
  }
  // Walk order: h3's building first, then h1 and h2 in one building.
  list.buildings = {{"b2", "3 Oak", std::nullopt, {2}}, {"b1", "1 Elm", std::nullopt, {0, 1}}};
  return list;
}
ContactAttempt At(const char* household, ResultCode result, std::int64_t t) {
  ContactAttempt a;
  a.household_id = household;
  a.result = result;
  a.time_unix = t;
  return a;
}
}  // namespace

TEST_CASE("a fresh turf: everything remains, the first stop in walk order is next") {
  const TurfProgress p = ComputeProgress(ThreeDoors(), {});
  CHECK(p.remaining == 3);
  CHECK(p.done == 0);
  CHECK(p.next_door == 2u);
}

TEST_CASE("results move doors between remaining, done and follow-up") {
  const std::vector<ContactAttempt> attempts = {
      At("h3", ResultCode::kNotHome, 100),      // follow-up
      At("h1", ResultCode::kNotHome, 110),      // then a conversation: done
      At("h1", ResultCode::kCanvassed, 200),
      At("unknown", ResultCode::kRefused, 120), // not on this list: ignored
  };
  const TurfProgress p = ComputeProgress(ThreeDoors(), attempts);
  CHECK(p.done == 2);
  CHECK(p.remaining == 1);
  CHECK(p.follow_ups == 1);
  CHECK(p.conversations == 1);
  CHECK(p.doors[2].state == DoorState::kFollowUp);
  CHECK(p.doors[0].state == DoorState::kDone);
  CHECK(p.doors[0].last_result == ResultCode::kCanvassed);
  CHECK(p.next_door == 1u);
}

TEST_CASE("a refusal needs no return; when all are tried there is no next door") {
  const std::vector<ContactAttempt> attempts = {
      At("h1", ResultCode::kRefused, 1), At("h2", ResultCode::kMoved, 2), At("h3", ResultCode::kComeBack, 3)};
  const TurfProgress p = ComputeProgress(ThreeDoors(), attempts);
  CHECK(p.doors[0].state == DoorState::kDone);
  CHECK(p.doors[2].state == DoorState::kFollowUp);
  CHECK_FALSE(p.next_door.has_value());
}
