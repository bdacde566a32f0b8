// walklist/import: broken files of every kind. Good rows kept, bad rows
// reported with row and column, unusable files get one message, no crash.
#include <doctest/doctest.h>

#include "walklist/text_encoding.h"
#include "walklist_fixtures.h"

using namespace puerta;
using puerta::testing::ImportTestFile;
using puerta::testing::ReadBytes;

TEST_CASE("import: the sample walk list imports into households and buildings") {
  const ImportResult r =
      ImportVoterFile("walk-list.csv", ReadBytes(std::string(PUERTA_SOURCE_DIR) + "/assets/sample/walk-list.csv"));
  REQUIRE(r.usable());
  CHECK(r.layout == "puerta");
  CHECK(r.rows == 34);
  CHECK(r.list.VoterCount() == 34);
  CHECK(r.list.households.size() == 26);
  CHECK(r.errors.empty());
  int apartment_blocks = 0;
  for (const Building& b : r.list.buildings) {
    if (b.display != "400 Oak Ave") continue;
    ++apartment_blocks;
    CHECK(b.households.size() == 6);
  }
  CHECK(apartment_blocks == 1);
}

TEST_CASE("import: unusable files get one clear message naming the file") {
  CHECK(ImportTestFile("empty.csv").fatal == "empty.csv: the file is empty");
  CHECK(ImportVoterFile("blank.csv", " \r\n\n").fatal == "blank.csv: the file is empty");
  CHECK(ImportTestFile("header_only.csv").fatal == "header_only.csv: the file has a header but no data rows");
  const ImportResult binary = ImportTestFile("binary.bin");
  CHECK(binary.fatal.find("binary.bin: this is not a text file") == 0);
  CHECK(binary.list.households.empty());

  const std::string huge_line(10u << 20, 'x');
  CHECK(ImportVoterFile("huge.csv", huge_line).fatal.find("longer than 1 MiB") != std::string::npos);
}

TEST_CASE("import: a NUL byte is reported with its row and column, and only that row is skipped") {
  std::string text = "id,first_name,last_name,address\nA-1,Ann,Lee,1 Elm St\nA-2,Bo,Sm";
  text += '\0';
  text += "all,2 Elm St\nA-3,Cy,Diaz,3 Elm St\nA-4,Di,Ng,4 El\x07m St\n";
  const ImportResult r = ImportVoterFile("nul.csv", text);
  REQUIRE(r.usable());
  CHECK(r.rows == 4);
  CHECK(r.list.VoterCount() == 2);
  REQUIRE(r.errors.size() == 2);
  CHECK(Describe(r, r.errors[0]) == "nul.csv, row 3, column \"last_name\": holds a NUL byte (damaged or binary data); row skipped");
  CHECK(Describe(r, r.errors[1]) ==
        "nul.csv, row 5, column \"address\": holds control character 0x07 (damaged or binary data); row skipped");
  for (const Household& h : r.list.households)
    for (const Voter& v : h.voters) CHECK(v.last_name.find('\0') == std::string::npos);
}

TEST_CASE("import: a 10 MB field rejects its row and keeps the others") {
  const std::string text = "id,first_name,last_name,address\nA-1,Ann,Big,\"" + std::string(10u << 20, 'y') +
                           "\"\nA-2,Bo,Small,2 Elm St\n";
  const ImportResult r = ImportVoterFile("big.csv", text);
  REQUIRE(r.usable());
  CHECK(r.rows == 2);
  CHECK(r.list.VoterCount() == 1);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].row == 2);
  CHECK(r.errors[0].column == "address");
  CHECK(Describe(r, r.errors[0]).find("big.csv, row 2, column \"address\": a field longer than 1 MiB") == 0);
}

TEST_CASE("import: truncated quotes cost one row, not the file") {
  const ImportResult r = ImportTestFile("truncated_quote.csv");
  REQUIRE(r.usable());
  CHECK(r.list.VoterCount() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].row == 3);
  CHECK(r.errors[0].message.find("never closed") != std::string::npos);

  const ImportResult end = ImportTestFile("truncated_quote_at_end.csv");
  REQUIRE(end.usable());
  CHECK(end.list.VoterCount() == 1);
  CHECK(end.errors.size() == 1);
}

TEST_CASE("import: bad rows are reported by row and column, good rows kept") {
  const ImportResult r = ImportTestFile("bad_rows.csv");
  REQUIRE(r.usable());
  CHECK(r.rows == 5);
  CHECK(r.list.VoterCount() == 2);  // B-1, and B-4 without a location
  REQUIRE(r.errors.size() == 4);
  CHECK((r.errors[0].row == 3 && r.errors[0].column == "id"));
  CHECK((r.errors[1].row == 4 && r.errors[1].column == "address"));
  CHECK((r.errors[2].row == 5 && r.errors[2].column == "latitude"));
  CHECK((r.errors[3].row == 6 && r.errors[3].message.find("only 3 of 6 fields") != std::string::npos));
  // Every row is accounted for: kept, or named in an error.
  CHECK(r.list.VoterCount() + 3 == r.rows);
}

TEST_CASE("import: duplicate voter ids are reported, the first kept") {
  const ImportResult r = ImportTestFile("duplicate_ids.csv");
  REQUIRE(r.usable());
  CHECK(r.list.VoterCount() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].row == 4);
  CHECK(r.errors[0].message.find("duplicate voter id \"D-1\" (first on row 2)") == 0);
}

TEST_CASE("import: Windows-1252 and mixed files are converted and noted") {
  const ImportResult w = ImportTestFile("windows1252.csv");
  REQUIRE(w.usable());
  CHECK(w.encoding == "Windows-1252");
  REQUIRE(w.notes.size() == 1);
  CHECK(w.list.households[0].voters[0].first_name == "Mar\xC3\xAD" "a");
  CHECK(w.list.households[0].voters[0].preferred_language == "es");  // "Español"

  const ImportResult m = ImportTestFile("mixed_encoding.csv");
  REQUIRE(m.usable());
  CHECK(m.encoding == "mixed UTF-8 and Windows-1252");
  CHECK(m.list.households[0].voters[0].first_name == "Jos\xC3\xA9");
  CHECK(m.list.households[1].voters[0].first_name == "Ren\xC3\xA9" "e");
}

TEST_CASE("import: a file whose every row is bad is unusable, with the first reason") {
  const ImportResult r = ImportVoterFile("allbad.csv", "id,first_name,last_name,address\n,A,B,1 Elm St\n,C,D,2 Elm St\n");
  CHECK_FALSE(r.usable());
  CHECK(r.fatal.find("none of the 2 rows") != std::string::npos);
  CHECK(r.fatal.find("row 2, column \"id\"") != std::string::npos);
}

TEST_CASE("import: random junk never crashes and never loses a row silently") {
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  const char alphabet[] = "ab,\"\n\r\t;1 #\xC3\xA9\xFF";
  for (int round = 0; round < 300; ++round) {
    std::string text = "id,first_name,last_name,address\n";
    const std::uint32_t n = next() % 200;
    for (std::uint32_t i = 0; i < n; ++i) text += alphabet[next() % (sizeof alphabet - 1)];
    const ImportResult r = ImportVoterFile("junk.csv", text);
    if (!r.usable()) continue;
    CHECK(r.list.VoterCount() <= r.rows);
    CHECK(r.list.VoterCount() + r.errors.size() >= r.rows);
  }
}
