// Columns by meaning, as properties: the same voters come out of a file
// whatever the order of its columns, the case and separators of its header
// names, its delimiter (comma, tab, pipe), and whichever optional columns it
// leaves out. A mailing address beside the home address never moves a door.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "walklist/import.h"

using namespace puerta;

namespace {

struct Column {
  std::vector<std::string> words;  // the header name, word by word
  bool optional;
  std::array<std::string, 6> values;  // one per voter
};

const std::vector<Column>& Columns() {
  static const std::vector<Column> columns = {
      {{"Registrant", "ID"}, false, {"R-101", "R-102", "R-103", "R-104", "R-105", "R-106"}},
      {{"First", "Name"}, false, {"Odalys", "Piet", "Quanah", "Rafferty", "Saoirse", "Thandiwe"}},
      {{"Middle", "Name"}, true, {"J", "", "K", "", "", "M"}},
      {{"Last", "Name"}, false, {"Vukovich", "Vukovich", "Wexley", "Yarbrough", "Yarbrough", "Zeller"}},
      {{"Residence", "Street", "Address"}, false,
       {"210 Larch St", "210 Larch Street", "212 Larch St", "9 N Spruce Ave", "9 North Spruce Avenue", "11 N Spruce Ave"}},
      {{"Apt"}, false, {"2", "2", "", "B", "#B", ""}},
      {{"City"}, false, {"Kenosha", "Kenosha", "Kenosha", "Kenosha", "Kenosha", "Kenosha"}},
      {{"Zip", "Code"}, false, {"53140", "53140", "53140", "53143", "53143", "53143"}},
      {{"Phone", "Number"}, true, {"2625550101", "", "", "2625550104", "", ""}},
      {{"Mailing", "Address"}, true, {"PO Box 1", "", "77 Elsewhere Rd", "", "", "PO Box 9"}},
      {{"Party"}, true, {"DEM", "REP", "", "IND", "DEM", ""}},
      {{"Precinct"}, true, {"K-4", "K-4", "K-4", "K-5", "K-5", "K-5"}},
  };
  return columns;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}
std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}
std::string Capitalized(const std::string& w) { return Upper(w.substr(0, 1)) + Lower(w.substr(1)); }

// One header name in one of the styles exports use.
std::string Styled(const std::vector<std::string>& words, std::uint32_t style) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    switch (style % 5) {
      case 0: out += (i ? " " : "") + words[i]; break;               // Title Case
      case 1: out += (i ? "_" : "") + Upper(words[i]); break;        // UPPER_SNAKE
      case 2: out += (i ? "_" : "") + Lower(words[i]); break;        // lower_snake
      case 3: out += Capitalized(words[i]); break;                    // CamelCase
      default: out += (i ? "-" : "") + Lower(words[i]); break;       // kebab-case
    }
  }
  return out;
}

// Each voter as the fields a canvasser sees, sorted by id.
std::vector<std::string> Voters(const ImportResult& r) {
  std::vector<std::string> out;
  for (const Household& h : r.list.households)
    for (const Voter& v : h.voters)
      out.push_back(v.id + "|" + v.first_name + "|" + v.last_name + "|" + h.address.house_number + "|" +
                    h.address.street + "|" + h.address.unit + "|" + h.address.zip + "|" + h.address.city);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("voter file properties: shuffled columns, header styles, delimiters and dropped columns give the same voters") {
  std::uint32_t seed = 20261203;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  std::vector<std::string> expected;
  for (int round = 0; round < 120; ++round) {
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < Columns().size(); ++c)
      if (round == 0 || !Columns()[c].optional || next() % 3 != 0) order.push_back(c);
    for (std::size_t i = order.size(); round > 0 && i > 1; --i) std::swap(order[i - 1], order[next() % i]);
    const char delimiter = round == 0 ? ',' : ",\t|"[next() % 3];
    std::string text;
    for (std::size_t i = 0; i < order.size(); ++i)
      text += (i ? std::string(1, delimiter) : "") + Styled(Columns()[order[i]].words, round == 0 ? 0 : next());
    text += "\n";
    for (std::size_t v = 0; v < 6; ++v) {
      for (std::size_t i = 0; i < order.size(); ++i)
        text += (i ? std::string(1, delimiter) : "") + Columns()[order[i]].values[v];
      text += "\n";
    }
    const ImportResult r = ImportVoterFile("shuffled.csv", text);
    const std::string file = text.substr(0, text.find('\n'));  // plain variables: clang 14 and INFO
    INFO("round ", round, ", header: ", file);
    REQUIRE(r.usable());
    CHECK(r.errors.empty());
    CHECK(r.layout == "by_meaning");
    CHECK(r.list.VoterCount() == 6);
    CHECK(r.list.households.size() == 4);  // 210 Larch #2, 212 Larch, 9 N Spruce #B, 11 N Spruce
    if (round == 0) expected = Voters(r);
    CHECK(Voters(r) == expected);
    // Free attributes stay on each voter whatever their column's name.
    for (const Household& h : r.list.households)
      for (const Voter& v : h.voters) CHECK(v.attributes.size() <= 5);
  }
}
