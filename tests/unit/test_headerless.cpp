// walklist/headerless: files with no header row, recognized from the states'
// published layouts, or answered with a mapping template that reads them.
#include <doctest/doctest.h>

#include "walklist/headerless.h"
#include "walklist_fixtures.h"

using namespace puerta;
using puerta::testing::ImportTestFile;
using puerta::testing::WalkListFile;

TEST_CASE("headerless: Florida's voter extract is recognized and said") {
  const ImportResult r = ImportTestFile("florida_extract.txt");
  REQUIRE(r.usable());
  CHECK(r.layout == "florida");
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("no header row: assumed Florida's voter extract") != std::string::npos);
  CHECK(r.rows == 3);  // the first line is a voter, not a header
  CHECK(r.list.VoterCount() == 3);
  CHECK(r.list.households.size() == 2);
  for (const Household& h : r.list.households) {
    CHECK(h.address.zip == "33125");  // the residence, never the mailing PO box
    for (const Voter& v : h.voters) CHECK(v.attributes.at("Precinct") == "512");
  }
}

TEST_CASE("headerless: New York's statewide file, its street line in parts") {
  const ImportResult r = ImportTestFile("new_york.csv");
  REQUIRE(r.usable());
  CHECK(r.layout == "new_york");
  CHECK(r.list.VoterCount() == 3);
  CHECK(r.list.households.size() == 2);  // 104TH ST and 104TH STREET, apartment 4F
  bool half = false;
  for (const Household& h : r.list.households) {
    half |= h.address.house_number == "122 1/2";
    for (const Voter& v : h.voters) CHECK(v.id.rfind("NY0000000000000000", 0) == 0);
  }
  CHECK(half);
}

TEST_CASE("headerless: a file in no known layout gets a template that reads it once saved") {
  const ImportResult r = ImportTestFile("headerless_unknown.csv");
  REQUIRE_FALSE(r.usable());
  CHECK(r.fatal.find("headerless_unknown.csv: the file has no header row") == 0);
  CHECK(r.fatal.find("--mapping") != std::string::npos);
  REQUIRE_FALSE(r.mapping_template.empty());
  CHECK(r.mapping_template.find("\"id\": \"column_1\"") != std::string::npos);
  CHECK(r.mapping_template.find("\"address\": \"column_4\"") != std::string::npos);
  CHECK(r.mapping_template.find("\"zip\": \"column_6\"") != std::string::npos);

  ImportOptions options;
  options.mapping_json = r.mapping_template;
  const ImportResult read = ImportTestFile("headerless_unknown.csv", options);
  REQUIRE(read.usable());
  CHECK(read.rows == 3);
  CHECK(read.list.VoterCount() == 3);
  CHECK(read.list.households.size() == 2);
}

TEST_CASE("headerless: a header row with vote-history years is still a header") {
  CHECK_FALSE(layout::LooksLikeData({"VANID", "LastName", "Address", "2020", "2022"}));
  CHECK(layout::LooksLikeData({"H1", "Hana", "Ito", "10 Cedar Rd", "Unit 2"}));
  CHECK_FALSE(layout::LooksLikeData({"Voter Number", "Given", "Family", "Street", "Postal"}));
}

TEST_CASE("headerless: the template of a tab-delimited file names its delimiter and reads it") {
  const ImportResult r = ImportTestFile("headerless.csv");
  REQUIRE_FALSE(r.usable());
  CHECK(r.mapping_template.find("\"delimiter\": \"\\t\"") != std::string::npos);
  ImportOptions options;
  options.mapping_json = r.mapping_template;
  const ImportResult read = ImportTestFile("headerless.csv", options);
  REQUIRE(read.usable());
  CHECK(read.list.VoterCount() == 2);
}
