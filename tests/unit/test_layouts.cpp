// walklist/layouts + mapping + import: every layout from its own test file,
// recognized with no configuration; other files through a mapping.
#include <doctest/doctest.h>

#include "walklist/layouts.h"
#include "walklist/mapping.h"
#include "walklist_fixtures.h"

using namespace puerta;
using puerta::testing::ImportTestFile;
using puerta::testing::WalkListFile;

namespace {
const Household* FindByDisplay(const WalkList& list, const std::string& display) {
  for (const auto& h : list.households)
    if (h.address.display == display) return &h;
  return nullptr;
}
}  // namespace

TEST_CASE("layouts: header names match case-insensitively, in any order") {
  const auto r = layout::Recognize({"ADDRESS", "Last Name", "first_name", "ID"});
  REQUIRE(r.map);
  CHECK(r.map->layout == "puerta");
  CHECK((*r.map)[layout::Field::kAddress] == 0);
  CHECK((*r.map)[layout::Field::kId] == 3);
  const auto none = layout::Recognize({"foo", "bar"});
  CHECK_FALSE(none.map);
  CHECK(none.problem.find("mapping") != std::string::npos);
}

TEST_CASE("layouts: VAN export, UTF-16LE with BOM, tab-delimited") {
  const ImportResult r = ImportTestFile("van_utf16le.tsv");
  REQUIRE(r.usable());
  CHECK(r.layout == "van");
  CHECK(r.encoding == "UTF-16LE");
  CHECK(r.rows == 6);
  CHECK(r.list.VoterCount() == 6);
  CHECK(r.list.households.size() == 5);  // "Apt 4B" and "#4b" are one door
  CHECK(r.list.buildings.size() == 4);
  const Household* door = FindByDisplay(r.list, "12 N Main St, Apt 4B");
  REQUIRE(door);
  CHECK(door->voters.size() == 2);
  CHECK(door->voters[0].preferred_language == "es");
  CHECK(door->voters[0].attributes.at("Party") == "D");
  CHECK(door->voters[0].attributes.at("middle_name") == "R");
  CHECK(ImportTestFile("van_utf16be_nobom.tsv").list == r.list);
}

TEST_CASE("layouts: North Carolina") {
  const ImportResult r = ImportTestFile("north_carolina.txt");
  REQUIRE(r.usable());
  CHECK(r.layout == "north_carolina");
  CHECK(r.list.households.size() == 3);
  CHECK(r.list.buildings.size() == 2);
  const Household* apt2 = FindByDisplay(r.list, "301 Oak Hollow Rd, Apt 2");
  REQUIRE(apt2);
  CHECK(apt2->voters.size() == 2);
  CHECK(apt2->voters[0].phone == "9195550101");
  CHECK(apt2->address.zip == "27601");
}

TEST_CASE("layouts: Ohio, with the unit in its own column") {
  const ImportResult r = ImportTestFile("ohio.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "ohio");
  CHECK(r.list.households.size() == 3);
  const Household* apt1 = FindByDisplay(r.list, "88 W Elm Ave, Apt 1");
  REQUIRE(apt1);
  CHECK(apt1->voters.size() == 2);
  CHECK(apt1->address.city == "COLUMBUS");
}

TEST_CASE("layouts: split addresses, Michigan and Colorado style") {
  const ImportResult mi = ImportTestFile("michigan_split.csv");
  REQUIRE(mi.usable());
  CHECK(mi.layout == "split_address");
  CHECK(mi.list.households.size() == 4);
  CHECK(mi.list.buildings.size() == 3);
  const Household* half = FindByDisplay(mi.list, "12 1/2 S Maple St");
  REQUIRE(half);
  CHECK(half->voters.size() == 2);
  CHECK(FindByDisplay(mi.list, "14A S Maple St"));
  CHECK(FindByDisplay(mi.list, "20 S Maple St, Apt 4"));

  const ImportResult co = ImportTestFile("colorado_split.csv");
  REQUIRE(co.usable());
  CHECK(co.layout == "split_address");
  CHECK(co.list.households.size() == 3);  // APT 101 and STE 101 are one door
  CHECK(FindByDisplay(co.list, "12-14 Pearl St"));
}

TEST_CASE("layouts: address points are doors with coordinates and nobody named") {
  const ImportResult r = ImportTestFile("address_points.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "address_points");
  CHECK(r.rows == 6);
  CHECK(r.list.VoterCount() == 0);
  CHECK(r.list.households.size() == 5);
  CHECK(r.list.buildings.size() == 4);
  REQUIRE(r.errors.size() == 1);  // NUMBER=0 with no street
  CHECK(r.errors[0].row == 7);
  CHECK(r.errors[0].column == "STREET");
  for (const auto& b : r.list.buildings) CHECK(b.location);
}

TEST_CASE("layouts: Puerta's own format keeps free columns and quoted newlines") {
  const ImportResult r = ImportTestFile("puerta.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "puerta");
  CHECK(r.rows == 4);
  CHECK(r.list.VoterCount() == 4);
  const Household* apt1 = FindByDisplay(r.list, "500 Birch Ln, Apt 1");
  REQUIRE(apt1);
  CHECK(apt1->voters[0].attributes.at("Notes") == "likes \"morning\" visits");
  const Household* apt2 = FindByDisplay(r.list, "500 Birch Ln, Apt 2");
  REQUIRE(apt2);
  CHECK(apt2->voters[0].attributes.at("Notes") == "two\r\nline note");  // the file's CRLF, as written
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].row == 6);  // line 6: the quoted newline makes rows and lines differ
  CHECK(r.errors[0].column == "Latitude");
  const Household* no_location = FindByDisplay(r.list, "504 Birch Ln");
  REQUIRE(no_location);
  CHECK_FALSE(no_location->location);
}

TEST_CASE("layouts: an unknown layout needs a mapping, and reads with one") {
  const ImportResult bare = ImportTestFile("unknown_layout.csv");
  CHECK_FALSE(bare.usable());
  CHECK(bare.fatal.find("unknown_layout.csv") == 0);
  CHECK(bare.fatal.find("--mapping") != std::string::npos);

  ImportOptions options;
  options.mapping_json = WalkListFile("unknown_layout.mapping.json");
  const ImportResult r = ImportTestFile("unknown_layout.csv", options);
  REQUIRE(r.usable());
  CHECK(r.layout == "mapping");
  CHECK(r.list.households.size() == 1);  // "Ct" and "Court"
  CHECK(r.list.VoterCount() == 2);
}

TEST_CASE("layouts: headerless files, through a mapping or a column list") {
  ImportOptions options;
  options.mapping_json = WalkListFile("headerless.mapping.json");
  const ImportResult r = ImportTestFile("headerless.csv", options);
  REQUIRE(r.usable());
  CHECK(r.rows == 2);
  CHECK(r.list.households.size() == 2);
  CHECK(r.list.buildings.size() == 1);

  ImportOptions columns;
  columns.columns = {"id", "first_name", "last_name", "address", "unit"};
  const ImportResult c = ImportTestFile("headerless.csv", columns);
  REQUIRE(c.usable());
  CHECK(c.layout == "puerta");
  CHECK(c.rows == 2);
  CHECK(c.list.households == r.list.households);
}

TEST_CASE("mapping: bad mappings say what is wrong") {
  std::string problem;
  CHECK_FALSE(layout::ParseMapping("{", problem));
  CHECK(problem == "the mapping is cut short: the text ends at byte 1 in the middle of the JSON (an incomplete download or copy?)");
  CHECK_FALSE(layout::ParseMapping("{\"fields\": {,}}", problem));
  CHECK(problem == "the mapping is not valid JSON: missing a name for object member at byte 12");
  CHECK_FALSE(layout::ParseMapping(R"({"fields": {"id": 7}})", problem));
  CHECK(problem == "the mapping: $.fields.id: expected text in quotes");
  CHECK_FALSE(layout::ParseMapping(R"({"delimiter": ";;", "fields": {}})", problem));
  CHECK(problem.find("the mapping: $.delimiter: expected one character") == 0);
  CHECK_FALSE(layout::ParseMapping(R"({"fields": {"shoe_size": "X"}})", problem));
  CHECK(problem.find("shoe_size") != std::string::npos);
  CHECK_FALSE(layout::ParseMapping(R"({"header": false, "fields": {}})", problem));
  CHECK(problem.find("columns") != std::string::npos);
  const auto m = layout::ParseMapping(R"({"fields": {"id": "A", "address": "Nope"}})", problem);
  REQUIRE(m);
  CHECK_FALSE(layout::ApplyMapping(*m, {"A", "B"}, problem));
  CHECK(problem.find("Nope") != std::string::npos);
}

TEST_CASE("layouts: a voter file with ids but no name columns still imports voters") {
  // Found by fuzz_csv: such rows used to become doors with nobody named.
  const ImportResult r = ImportVoterFile("ids.csv", "VOTER_ID,HOUSE_NUM,STREET_NAME\nC1,12,Pearl\nC2,12,Pearl\n");
  REQUIRE(r.usable());
  CHECK(r.layout == "split_address");
  CHECK(r.list.VoterCount() == 2);
  CHECK(r.list.households.size() == 1);
}
