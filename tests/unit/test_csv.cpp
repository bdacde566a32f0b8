// walklist/csv: RFC 4180, line ends, recovery from broken quotes, huge fields.
#include <doctest/doctest.h>

#include "walklist/csv.h"

using namespace puerta;

TEST_CASE("csv: quotes, doubled quotes, quoted newlines, CRLF") {
  const auto t = csv::Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields == std::vector<std::string>{"x, y", "say \"hi\""});
  CHECK(t.rows[2].fields == std::vector<std::string>{"two\nlines", "z"});
  CHECK(t.rows[2].line == 3);
  CHECK(t.errors.empty());
}

TEST_CASE("csv: LF, lone CR, blank lines, empty fields, no final newline") {
  const auto t = csv::Parse("a,b\n\n1,\r2,3\n,\n\"\"\n4,5");
  REQUIRE(t.rows.size() == 6);
  CHECK(t.rows[1].fields == std::vector<std::string>{"1", ""});
  CHECK(t.rows[2].fields == std::vector<std::string>{"2", "3"});
  CHECK(t.rows[3].fields == std::vector<std::string>{"", ""});
  CHECK(t.rows[4].fields == std::vector<std::string>{""});  // a quoted empty field is a row
  CHECK(t.rows[5].fields == std::vector<std::string>{"4", "5"});
  CHECK(t.rows[5].line == 7);
}

TEST_CASE("csv: sloppy quoting is read leniently") {
  const auto t = csv::Parse("\"ab\"c,d\"e\n");
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].fields == std::vector<std::string>{"abc", "d\"e"});
  CHECK(t.errors.empty());
}

TEST_CASE("csv: an unclosed quote skips its row, reports its line, and keeps the rows below") {
  const auto t = csv::Parse("a,b\n1,\"open\n2,3\n4,5\n");
  REQUIRE(t.errors.size() == 1);
  CHECK(t.errors[0].line == 2);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields == std::vector<std::string>{"2", "3"});
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].line == 4);
}

TEST_CASE("csv: quoted fields spanning lines pair up, and only a last unpaired quote is lost") {
  std::string text;
  for (int i = 0; i < 20001; ++i) text += "\"a\n";
  const auto t = csv::Parse(text);
  CHECK(t.rows.size() == 10000);
  REQUIRE(t.errors.size() == 1);
  CHECK(t.errors[0].line == 20001);
}

TEST_CASE("csv: a 10 MB field is cut at the limit and flagged") {
  std::string text = "a,b\n1,\"" + std::string(10u << 20, 'x') + "\"\n2,3\n";
  const auto t = csv::Parse(text);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].oversized_field == 1);
  CHECK(t.rows[1].fields[1].size() == csv::kMaxFieldBytes);
  CHECK(t.rows[2].oversized_field == -1);
  CHECK(t.rows[2].fields == std::vector<std::string>{"2", "3"});
}

TEST_CASE("csv: the delimiter is guessed from the header") {
  CHECK(csv::GuessDelimiter("a\tb\tc\n1,2\t3") == '\t');
  CHECK(csv::GuessDelimiter("a,b,c\n") == ',');
  CHECK(csv::GuessDelimiter("a;b;c\n") == ';');
  CHECK(csv::GuessDelimiter("a|b|c\n") == '|');
  CHECK(csv::GuessDelimiter("\"a;b\",c\n") == ',');
  CHECK(csv::GuessDelimiter("") == ',');
}
