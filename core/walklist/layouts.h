// The voter-file layouts Puerta recognizes from a header row alone, and the
// fields it reads from them. A layout is a list of canonical fields, each with
// the column names that carry it in that layout. Names are compared by their
// letters and digits only, ignoring case, so "FirstName", "first_name" and
// "FIRST NAME" are one name; columns may come in any order. Columns that carry
// no field are kept on each voter as free attributes.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::layout {

// What a row can tell us. The names (FieldName) are the column names of
// Puerta's own format and the keys of a mapping file (walklist/mapping.h).
enum class Field : std::uint8_t {
  kId, kFirstName, kMiddleName, kLastName,
  kAddress,                                     // a whole street line: "12 N Main St Apt 4"
  kHouseNumber, kHouseSuffix, kPreDirection,    // the same line split in parts ...
  kStreetName, kStreetType, kPostDirection,
  kUnitType, kUnitNumber,
  kUnit,                                        // "Apt 4B", "#4B", "4B"
  kCity, kState, kZip, kLatitude, kLongitude, kPhone, kLanguage,
  kCount
};
inline constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::kCount);

std::string_view FieldName(Field field);
std::optional<Field> FieldFromName(std::string_view name);

// "Voter File VANID" -> "voterfilevanid": the form header names are compared in.
std::string HeaderKey(std::string_view name);

// Which column holds each field in one file.
struct ColumnMap {
  std::string layout;                                // "van", "north_carolina", ..., "mapping"
  std::array<std::int32_t, kFieldCount> column{};    // column index, or -1
  ColumnMap() { column.fill(-1); }
  bool Has(Field f) const { return column[static_cast<std::size_t>(f)] >= 0; }
  std::int32_t operator[](Field f) const { return column[static_cast<std::size_t>(f)]; }
  // A row is a voter when the file has voter ids; without them (address
  // points, a mapping with no "id") each row is a door with nobody named.
  bool HasVoters() const { return Has(Field::kId); }
  bool HasAddress() const { return Has(Field::kAddress) || (Has(Field::kHouseNumber) && Has(Field::kStreetName)); }
};

struct Recognition {
  std::optional<ColumnMap> map;
  std::string problem;  // why nothing matched, naming the closest layout's missing columns
};

Recognition Recognize(const std::vector<std::string>& header);

// Names of the layouts, for messages and documentation.
std::vector<std::string_view> LayoutNames();

}  // namespace puerta::layout
