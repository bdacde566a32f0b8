// walklist/households: voters into doors, doors into buildings.
#include <doctest/doctest.h>

#include "walklist/import.h"

using namespace puerta;

namespace {
ImportResult Import(const std::string& rows) {
  return ImportVoterFile("t.csv", "id,first_name,last_name,address,unit,city,zip\n" + rows);
}
const Building* FindBuilding(const WalkList& list, const std::string& display) {
  for (const auto& b : list.buildings)
    if (b.display == display) return &b;
  return nullptr;
}
}  // namespace

TEST_CASE("households: different spellings of one door are one household") {
  const auto r = Import(
      "1,A,X,12 North Main Street Apt 4B,,Town,11111\n"
      "2,B,X,12 N MAIN ST,#4b,Town,11111-2222\n"
      "3,C,X,12 n. main st.,Unit 4B,Town,11111\n");
  REQUIRE(r.usable());
  CHECK(r.list.households.size() == 1);
  CHECK(r.list.buildings.size() == 1);
  CHECK(r.list.households[0].voters.size() == 3);
  CHECK(r.list.households[0].address.display == "12 N Main St, Apt 4B");
}

TEST_CASE("households: units make doors of one building, in unit order") {
  const auto r = Import(
      "1,A,X,400 Oak Ave,10,Town,11111\n"
      "2,B,X,400 Oak Ave,2,Town,11111\n"
      "3,C,X,400 Oak Ave,1A,Town,11111\n"
      "4,D,X,400 Oak Ave,2,Town,11111\n"
      "5,E,X,402 Oak Ave,,Town,11111\n");
  REQUIRE(r.usable());
  CHECK(r.list.households.size() == 4);
  const Building* block = FindBuilding(r.list, "400 Oak Ave");
  REQUIRE(block);
  REQUIRE(block->households.size() == 3);
  CHECK(r.list.households[block->households[0]].address.unit == "1A");
  CHECK(r.list.households[block->households[1]].address.unit == "2");
  CHECK(r.list.households[block->households[1]].voters.size() == 2);
  CHECK(r.list.households[block->households[2]].address.unit == "10");
  CHECK(FindBuilding(r.list, "402 Oak Ave"));
}

TEST_CASE("households: the same address in another town is another building") {
  const auto r = Import(
      "1,A,X,1 Main St,,Springfield,11111\n"
      "2,B,X,1 Main St,,Springfield,22222\n"
      "3,C,X,1 Main St,,Shelbyville,\n"
      "4,D,X,1 Main St,,SHELBYVILLE,\n");
  REQUIRE(r.usable());
  CHECK(r.list.buildings.size() == 3);
  CHECK(r.list.households.size() == 3);
}

TEST_CASE("households: half numbers, letters and ranges are distinct doors") {
  const auto r = Import(
      "1,A,X,12 Elm St,,T,11111\n"
      "2,B,X,12 1/2 Elm St,,T,11111\n"
      "3,C,X,12A Elm St,,T,11111\n"
      "4,D,X,12-14 Elm St,,T,11111\n");
  REQUIRE(r.usable());
  CHECK(r.list.buildings.size() == 4);
}

TEST_CASE("households: ids follow walk order and buildings index their doors") {
  const auto r = Import("1,A,X,3 Elm St,,T,11111\n2,B,X,1 Elm St,,T,11111\n3,C,X,1 Elm St,2,T,11111\n");
  REQUIRE(r.usable());
  for (std::size_t i = 0; i < r.list.households.size(); ++i) CHECK(r.list.households[i].id == "h" + std::to_string(i + 1));
  std::size_t next = 0;
  for (std::size_t b = 0; b < r.list.buildings.size(); ++b) {
    CHECK(r.list.buildings[b].id == "b" + std::to_string(b + 1));
    for (std::uint32_t h : r.list.buildings[b].households) CHECK(h == next++);
  }
  CHECK(next == r.list.households.size());
}
