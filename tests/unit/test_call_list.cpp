// turf/call_list.h: a voter file turned into a call or text list.
#include <doctest/doctest.h>

#include <string>

#include "turf/call_list.h"

using namespace puerta;

namespace {

Voter MakeVoter(std::string id, std::string phone, std::initializer_list<std::pair<const char*, const char*>> attributes = {}) {
  Voter v;
  v.id = std::move(id);
  v.first_name = "Name " + v.id;
  v.phone = std::move(phone);
  for (const auto& [key, value] : attributes) v.attributes.Insert(key, value);
  return v;
}

// Doors in walk order: the buildings list them 1, 0, 2 on purpose, so that
// "the list's order" is the walk order, not the file's.
WalkList Doors() {
  WalkList w;
  Household a;
  a.id = "h-a";
  a.address.display = "1 Oak St";
  a.voters = {MakeVoter("a1", "(408) 555-0134"), MakeVoter("a2", "408.555.0134 x12", {{"Phone Type", "Cell"}})};
  Household b;
  b.id = "h-b";
  b.address.display = "2 Oak St";
  b.voters = {MakeVoter("b1", "+1 650 555 0199", {{"Phone Type", "Landline"}}), MakeVoter("b2", ""),
              MakeVoter("b3", "555-0199"), MakeVoter("b4", "650-555-0100", {{"Do Not Call", "Y"}})};
  Household c;
  c.id = "h-c";
  c.address.display = "3 Oak St";
  c.voters = {MakeVoter("c1", "1-408-555-0134", {{"opted_out", "yes"}}), MakeVoter("c2", "14085550134"),
              MakeVoter("c3", "+52 55 1234 5678", {{"Do Not Text", "X"}})};
  w.households = {a, b, c};
  for (std::uint32_t i : {1u, 0u, 2u}) {
    Building building;
    building.id = "b" + std::to_string(i);
    building.households = {i};
    w.buildings.push_back(building);
  }
  return w;
}

}  // namespace

TEST_CASE("call list: voters grouped by number in walk order; Do Not Call and unusable numbers left out, each named") {
  CallListReport report;
  const WalkList calls = BuildCallList(Doors(), Channel::kPhone, "US", report);
  CHECK(report.voters_read == 9);
  CHECK(report.voters_kept == 5);
  REQUIRE(calls.households.size() == 3);
  CHECK(report.numbers == 3);
  // Building 1 (2 Oak St) is walked first, so its number is called first.
  CHECK(calls.households[0].id == "tel-16505550199");
  CHECK(calls.households[0].address.display == "2 Oak St");
  REQUIRE(calls.households[0].voters.size() == 1);
  CHECK(calls.households[0].voters[0].phone == "+16505550199");
  CHECK(*calls.households[0].voters[0].attributes.Find(kPhoneTypeAttribute) == "landline");
  // One number shared by a1, a2 (another door's c2 dials the same line): one
  // household of three, as a household is one door.
  REQUIRE(calls.households[1].voters.size() == 3);
  CHECK(calls.households[1].voters[0].id == "a1");
  CHECK(calls.households[1].voters[1].id == "a2");
  CHECK(calls.households[1].voters[2].id == "c2");
  CHECK(calls.households[1].voters[0].attributes.Find(kPhoneTypeAttribute) == nullptr);  // the file did not say
  CHECK(*calls.households[1].voters[1].attributes.Find(kPhoneTypeAttribute) == "mobile");
  CHECK(calls.households[2].voters[0].id == "c3");  // Do Not Text does not stop a call
  REQUIRE(calls.buildings.size() == 3);
  CHECK(calls.buildings[1].households == std::vector<std::uint32_t>{1});
  CHECK(calls.buildings[1].display == "+14085550134");
  REQUIRE(report.without_number.size() == 2);
  CHECK(report.without_number[0].voter_id == "b2");
  CHECK(report.without_number[0].why == "no phone number");
  CHECK(report.without_number[1].why == "phone number: has too few digits for its country");
  CHECK(report.without_number[1].voter_id == "b3");
  REQUIRE(report.do_not_contact.size() == 2);
  CHECK(report.do_not_contact[0].voter_id == "b4");
  CHECK(report.do_not_contact[0].why == "marked Do Not Call (column \"Do Not Call\")");
  CHECK(report.do_not_contact[1].voter_id == "c1");
  CHECK(report.do_not_contact[1].why == "marked Opted Out (column \"opted_out\")");
  CHECK(report.landline.empty());
}

TEST_CASE("text list: landlines and Do Not Text are left out as well") {
  CallListReport report;
  const WalkList texts = BuildCallList(Doors(), Channel::kText, "US", report);
  REQUIRE(texts.households.size() == 1);
  CHECK(texts.households[0].voters.size() == 3);
  REQUIRE(report.landline.size() == 1);
  CHECK(report.landline[0].voter_id == "b1");
  REQUIRE(report.do_not_contact.size() == 3);
  CHECK(report.do_not_contact[2].why == "marked Do Not Text (column \"Do Not Text\")");
  CHECK(report.voters_kept + report.without_number.size() + report.do_not_contact.size() + report.landline.size() ==
        report.voters_read);
}
