#include "walklist/headerless.h"

#include <set>

#include "walklist/column_names.h"
#include "walklist/column_values.h"

namespace puerta::layout {
namespace {

struct Published {
  std::string_view name, description;
  std::vector<std::string_view> columns;                  // the layout's column names, in order
  std::vector<std::pair<Field, std::size_t>> fields;      // what is read, by column index
  std::vector<std::pair<std::size_t, Shape>> checks;      // the values that must have these shapes
};

// Written from the states' published record layouts; the test files in
// tests/data/walklists (florida_extract.txt, new_york.csv) follow them with
// invented people.
const std::vector<Published>& Layouts() {
  static const std::vector<Published> layouts = {
      {"florida", "Florida's voter extract (38 columns, tab-delimited, no header)",
       {"County Code", "Voter ID", "Name Last", "Name Suffix", "Name First", "Name Middle",
        "Requested Public Records Exemption", "Residence Address Line 1", "Residence Address Line 2",
        "Residence City (USPS)", "Residence State", "Residence Zipcode", "Mailing Address Line 1",
        "Mailing Address Line 2", "Mailing Address Line 3", "Mailing City", "Mailing State", "Mailing Zipcode",
        "Mailing Country", "Gender", "Race", "Birth Date", "Registration Date", "Party Affiliation", "Precinct",
        "Precinct Group", "Precinct Split", "Precinct Suffix", "Voter Status", "Congressional District",
        "House District", "Senate District", "County Commission District", "School Board District",
        "Daytime Area Code", "Daytime Phone Number", "Daytime Phone Extension", "Email Address"},
       {{Field::kId, 1}, {Field::kLastName, 2}, {Field::kFirstName, 4}, {Field::kMiddleName, 5},
        {Field::kAddress, 7}, {Field::kUnit, 8}, {Field::kCity, 9}, {Field::kState, 10}, {Field::kZip, 11}},
       {{7, Shape::kStreetLine}, {10, Shape::kStateCode}, {11, Shape::kZip}, {21, Shape::kDate}}},
      {"new_york", "New York's statewide voter file (NYSVoter, 45 columns, comma-delimited, no header)",
       {"LASTNAME", "FIRSTNAME", "MIDDLENAME", "NAMESUFFIX", "RADDNUMBER", "RHALFCODE", "RAPARTMENT",
        "RPREDIRECTION", "RSTREETNAME", "RPOSTDIRECTION", "RCITY", "RZIP5", "RZIP4", "MAILADD1", "MAILADD2",
        "MAILADD3", "MAILADD4", "DOB", "GENDER", "ENROLLMENT", "OTHERPARTY", "COUNTYCODE", "ED", "LD", "TOWNCITY",
        "WARD", "CD", "SD", "AD", "LASTVOTEDDATE", "PREVYEARVOTED", "PREVCOUNTY", "PREVADDRESS", "PREVNAME",
        "COUNTYVRNUMBER", "REGDATE", "VRSOURCE", "IDREQUIRED", "IDMET", "STATUS", "REASONCODE", "INACT_DATE",
        "PURGE_DATE", "SBOEID", "VoterHistory"},
       {{Field::kLastName, 0}, {Field::kFirstName, 1}, {Field::kMiddleName, 2}, {Field::kHouseNumber, 4},
        {Field::kHouseSuffix, 5}, {Field::kUnit, 6}, {Field::kPreDirection, 7}, {Field::kStreetName, 8},
        {Field::kPostDirection, 9}, {Field::kCity, 10}, {Field::kZip, 11}, {Field::kId, 43}},
       {{4, Shape::kSmallNumber}, {11, Shape::kZip}, {17, Shape::kDate}, {35, Shape::kDate}}},
  };
  return layouts;
}

bool DataShaped(const std::string& cell) {
  ColumnSample s;
  s.Add(cell);
  return s.Mostly(Shape::kZip) || s.Mostly(Shape::kSmallNumber) || s.Mostly(Shape::kDate) ||
         s.Mostly(Shape::kStreetLine) || s.Mostly(Shape::kPhone) || s.Mostly(Shape::kLatitude);
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\t') out += "\\t";  // a tab-delimited file's delimiter
    else if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

}  // namespace

bool LooksLikeData(const std::vector<std::string>& first_row) {
  std::size_t data = 0, named = 0;
  for (const std::string& cell : first_row) {
    named += GuessFromName(cell).has_value();  // a value can read as a name too ("MAIL": how one registered)
    data += DataShaped(cell);
  }
  // Headers hold a few number-like names at most ("2020", "2022": vote history).
  return (data >= 1 && named == 0) || (data >= 2 && named * 2 < data);
}

std::optional<HeaderlessMatch> RecognizeHeaderless(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return std::nullopt;
  const std::size_t width = rows.front().size();
  const std::vector<ColumnSample> samples = SampleColumns(rows, width);
  for (const Published& p : Layouts()) {
    if (p.columns.size() != width) continue;
    bool fits = true;
    for (const auto& [column, shape] : p.checks) fits = fits && samples[column].Mostly(shape);
    if (!fits) continue;
    HeaderlessMatch m;
    m.layout = std::string(p.name);
    m.description = std::string(p.description);
    m.mapping.header = false;
    for (std::string_view c : p.columns) m.mapping.columns.emplace_back(c);
    for (const auto& [field, column] : p.fields) m.mapping.fields.emplace_back(field, std::string(p.columns[column]));
    return m;
  }
  return std::nullopt;
}

std::string MappingTemplate(const std::vector<std::vector<std::string>>& rows, std::size_t columns, char delimiter) {
  const std::vector<ColumnSample> samples = SampleColumns(rows, columns);
  std::vector<std::pair<Field, std::size_t>> fields;
  std::set<std::size_t> used;
  const auto take = [&](Field f, auto&& fits) {
    for (std::size_t c = 0; c < columns; ++c)
      if (!used.count(c) && fits(c)) {
        fields.emplace_back(f, c);
        used.insert(c);
        return true;
      }
    return false;
  };
  const auto mostly = [&](Shape s, double at_least = 0.8) { return [&samples, s, at_least](std::size_t c) { return samples[c].Mostly(s, at_least); }; };
  // Ids: a column whose every value differs, holding digits and no spaces.
  take(Field::kId, [&](std::size_t c) {
    std::set<std::string> seen;
    for (const auto& row : rows) {
      if (c >= row.size() || row[c].empty() || row[c].find(' ') != std::string::npos) return false;
      if (row[c].find_first_of("0123456789") == std::string::npos || !seen.insert(row[c]).second) return false;
    }
    return samples[c].values > 0 && !samples[c].Mostly(Shape::kZip) && !samples[c].Mostly(Shape::kDate);
  });
  take(Field::kAddress, mostly(Shape::kStreetLine));
  take(Field::kZip, mostly(Shape::kZip, 0.9));
  take(Field::kState, mostly(Shape::kStateCode, 0.9));
  const auto word = [&](std::size_t c) {
    return samples[c].Mostly(Shape::kWord, 0.9) && !samples[c].Mostly(Shape::kStateCode, 0.5) &&
           !samples[c].Mostly(Shape::kDirection, 0.5) && !samples[c].Mostly(Shape::kNameSuffix, 0.5);
  };
  take(Field::kLastName, word);
  take(Field::kFirstName, word);
  take(Field::kCity, word);

  std::string out = "{\n  \"header\": false,\n  \"delimiter\": " + JsonString(std::string(1, delimiter)) + ",\n  \"columns\": [";
  for (std::size_t c = 0; c < columns; ++c) out += (c ? ", " : "") + JsonString("column_" + std::to_string(c + 1));
  out += "],\n  \"fields\": {";
  for (std::size_t i = 0; i < fields.size(); ++i)
    out += std::string(i ? "," : "") + "\n    " + JsonString(FieldName(fields[i].first)) + ": " +
           JsonString("column_" + std::to_string(fields[i].second + 1));
  return out + "\n  }\n}\n";
}

std::string HeaderlessLayoutsDescribed() {
  std::string out;
  for (const Published& p : Layouts()) out += (out.empty() ? "" : "; ") + std::string(p.description);
  return out;
}

}  // namespace puerta::layout
