// walklist/: CSV reading and importing the sample walk list.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "walklist/csv.h"
#include "walklist/import.h"

using namespace puerta;

namespace {
std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("csv: quotes, doubled quotes, quoted newlines, CRLF") {
  const auto t = csv::Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields == std::vector<std::string>{"x, y", "say \"hi\""});
  CHECK(t.rows[2].fields == std::vector<std::string>{"two\nlines", "z"});
  CHECK(t.rows[2].line == 3);
  CHECK(t.errors.empty());
}

TEST_CASE("csv: an unclosed quote is reported with its line") {
  const auto t = csv::Parse("a,b\n1,\"open\n2,3\n");
  REQUIRE(t.errors.size() == 1);
  CHECK(t.errors[0].line == 2);
}

TEST_CASE("csv: the delimiter is guessed from the header") {
  CHECK(csv::GuessDelimiter("a\tb\tc\n1,2\t3") == '\t');
  CHECK(csv::GuessDelimiter("a,b,c\n") == ',');
}

TEST_CASE("the sample walk list imports into households and buildings") {
  const ImportResult r = ImportVoterFile("walk-list.csv", ReadSource("assets/sample/walk-list.csv"));
  REQUIRE(r.usable());
  CHECK(r.layout == "puerta");
  CHECK(r.rows == 34);
  CHECK(r.list.VoterCount() == 34);
  CHECK(r.list.households.size() == 26);
  CHECK(r.errors.empty());
}
