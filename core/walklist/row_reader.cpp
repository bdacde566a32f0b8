#include "walklist/row_reader.h"

#include "walklist/column_names.h"

#include "util/number.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "walklist/language.h"

namespace puerta {
namespace {

using layout::Field;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

class RowFields {
 public:
  RowFields(const layout::ColumnMap& map, const std::vector<std::string>& header, const csv::RowView& row)
      : map_(map), header_(header), row_(row) {}
  std::string_view Get(Field f) const {
    const std::int32_t c = map_[f];
    return c >= 0 && static_cast<std::size_t>(c) < row_.fields.size() ? Trim(row_.fields[static_cast<std::size_t>(c)])
                                                                       : std::string_view();
  }
  std::string Column(Field f) const {
    const std::int32_t c = map_[f];
    return c >= 0 && static_cast<std::size_t>(c) < header_.size() ? header_[static_cast<std::size_t>(c)]
                                                                  : std::string(layout::FieldName(f));
  }

 private:
  const layout::ColumnMap& map_;
  const std::vector<std::string>& header_;
  const csv::RowView& row_;
};

std::optional<double> ParseNumber(std::string_view s) { return ParseDouble(s); }

// Both coordinates or neither; a bad one is reported and the door kept unlocated.
std::optional<GeoPoint> ReadLocation(const RowFields& v, std::uint32_t line, std::vector<ImportIssue>& issues) {
  const std::string_view lat_text = v.Get(Field::kLatitude), lon_text = v.Get(Field::kLongitude);
  if (lat_text.empty() && lon_text.empty()) return std::nullopt;
  const auto lat = ParseNumber(lat_text), lon = ParseNumber(lon_text);
  if (!lat || *lat < -90 || *lat > 90) {
    issues.push_back({line, v.Column(Field::kLatitude),
                      "latitude \"" + std::string(lat_text) + "\" is not a number from -90 to 90; door kept without a location"});
    return std::nullopt;
  }
  if (!lon || *lon < -180 || *lon > 180) {
    issues.push_back({line, v.Column(Field::kLongitude),
                      "longitude \"" + std::string(lon_text) + "\" is not a number from -180 to 180; door kept without a location"});
    return std::nullopt;
  }
  return GeoPoint{*lat, *lon};
}

}  // namespace

RowReader::RowReader(const layout::ColumnMap& map, const std::vector<std::string>& header)
    : map_(map), header_(header) {
  for (std::size_t c = 0; c < header.size(); ++c) {
    bool mapped = false;
    for (std::int32_t m : map.column) mapped |= m == static_cast<std::int32_t>(c);
    // A mailing or previous address is never the door, and a phone needs no
    // other address of a voter's: not kept (column_roles.h, left_out).
    if (mapped) continue;
    if (const auto g = layout::GuessFromName(header[c]); g && g->mailing) continue;
    free_columns_.push_back(c);
  }
  std::stable_sort(free_columns_.begin(), free_columns_.end(),
                   [&](std::size_t a, std::size_t b) { return header[a] < header[b]; });
  last_address_ = address::ParseStreetLine(last_line_);  // what an empty line gives
}

std::optional<ImportedRow> RowReader::Read(const csv::RowView& row, std::vector<ImportIssue>& issues) {
  const RowFields v(map_, header_, row);
  const std::uint32_t line = row.line;
  if (row.fields.size() > header_.size()) {
    bool extra_data = false;
    for (std::size_t i = header_.size(); i < row.fields.size(); ++i) extra_data |= !Trim(row.fields[i]).empty();
    if (extra_data)
      issues.push_back({line, "", "the row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                      std::to_string(header_.size()) + "; the extra fields were ignored"});
  }

  ImportedRow out;
  if (map_.Has(Field::kAddress)) {
    const std::string_view street_line = v.Get(Field::kAddress);
    if (street_line != last_line_) {
      last_address_ = address::ParseStreetLine(street_line);
      last_line_.assign(street_line);
    }
    out.address = last_address_;
  } else {
    out.address = address::FromParts(v.Get(Field::kHouseNumber), v.Get(Field::kHouseSuffix), v.Get(Field::kPreDirection),
                                     v.Get(Field::kStreetName), v.Get(Field::kStreetType), v.Get(Field::kPostDirection),
                                     v.Get(Field::kUnitType), v.Get(Field::kUnitNumber));
  }
  // Most files have no unit column, or leave it empty: no call for nothing.
  if (const std::string_view unit_text = v.Get(Field::kUnit); !unit_text.empty())
    if (std::string unit = address::NormalizeUnit(unit_text); !unit.empty()) out.address.unit = std::move(unit);
  const Field address_field = map_.Has(Field::kAddress) ? Field::kAddress : Field::kStreetName;
  if (out.address.street.empty()) {
    const std::string why = row.fields.size() < header_.size() ? " (the row has only " +
                                                                    std::to_string(row.fields.size()) + " of " +
                                                                    std::to_string(header_.size()) + " fields)"
                                                              : "";
    issues.push_back({line, v.Column(address_field), "no street address" + why + "; row skipped"});
    return std::nullopt;
  }
  if (out.address.house_number.empty() || out.address.house_number == "0")
    issues.push_back({line, v.Column(map_.Has(Field::kAddress) ? Field::kAddress : Field::kHouseNumber),
                      "no house number in \"" + out.address.street + "\"; kept, but the door may be hard to find"});

  if (map_.HasVoters()) {
    Voter voter;
    voter.id = std::string(v.Get(Field::kId));
    if (voter.id.empty()) {
      issues.push_back({line, v.Column(Field::kId), "no voter id; row skipped"});
      return std::nullopt;
    }
    voter.first_name = std::string(v.Get(Field::kFirstName));
    voter.last_name = std::string(v.Get(Field::kLastName));
    const std::string_view middle = v.Get(Field::kMiddleName);
    std::size_t kept = !middle.empty();
    for (std::size_t c : free_columns_) kept += c < row.fields.size() && !row.fields[c].empty();
    voter.attributes.reserve(kept);  // one allocation for them all
    if (!middle.empty()) voter.attributes.Insert("middle_name", middle);
    voter.phone = std::string(v.Get(Field::kPhone));
    voter.preferred_language = NormalizeLanguage(v.Get(Field::kLanguage));
    // Free columns are kept as imported; empty ones are left out to save memory.
    // In key order, each goes in at the end without a search; the first
    // column of a repeated name wins.
    for (std::size_t c : free_columns_)
      if (c < row.fields.size() && !row.fields[c].empty()) voter.attributes.Insert(header_[c], row.fields[c]);
    out.voter = std::move(voter);
  }
  out.city = std::string(v.Get(Field::kCity));
  out.zip = std::string(v.Get(Field::kZip));
  out.location = ReadLocation(v, line, issues);
  return out;
}

}  // namespace puerta
