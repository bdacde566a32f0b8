#include "walklist/layouts.h"

#include <cctype>
#include <climits>

namespace puerta::layout {
namespace {

constexpr std::array<std::string_view, kFieldCount> kFieldNames = {
    "id", "first_name", "middle_name", "last_name", "address", "house_number", "house_suffix",
    "pre_direction", "street_name", "street_type", "post_direction", "unit_type", "unit_number", "unit",
    "city", "state", "zip", "latitude", "longitude", "phone", "language"};

struct FieldColumns {
  Field field;
  std::vector<std::string_view> names;
  bool required = false;
};

struct Layout {
  std::string_view name;
  std::vector<FieldColumns> fields;
};

// Shared by several layouts.
const std::vector<std::string_view> kLanguageNames = {"language", "preferred_language", "spoken_language",
                                                      "primary_language", "lang"};

// Ordered from the most specific signature to the most generic; on equal
// scores the earlier layout wins.
const std::vector<Layout>& Layouts() {
  static const std::vector<Layout> layouts = {
      {"van",
       {{Field::kId, {"Voter File VANID", "VANID", "VAN ID"}, true},
        {Field::kLastName, {"LastName"}},
        {Field::kFirstName, {"FirstName"}},
        {Field::kMiddleName, {"MiddleName"}},
        {Field::kAddress, {"Address", "Address1", "Street Address"}, true},
        {Field::kUnit, {"Address2", "Apt", "Unit"}},
        {Field::kCity, {"City"}},
        {Field::kState, {"State"}},
        {Field::kZip, {"Zip5", "Zip", "Zip Code"}},
        {Field::kPhone, {"Phone", "Preferred Phone", "Cell Phone", "Home Phone"}},
        {Field::kLatitude, {"Latitude", "Lat"}},
        {Field::kLongitude, {"Longitude", "Lon", "Long"}},
        {Field::kLanguage, kLanguageNames}}},
      {"north_carolina",
       {{Field::kId, {"ncid"}, true},
        {Field::kLastName, {"last_name"}},
        {Field::kFirstName, {"first_name"}},
        {Field::kMiddleName, {"middle_name"}},
        {Field::kAddress, {"res_street_address"}, true},
        {Field::kCity, {"res_city_desc"}},
        {Field::kState, {"state_cd"}},
        {Field::kZip, {"zip_code"}},
        {Field::kPhone, {"full_phone_number"}},
        {Field::kLanguage, kLanguageNames}}},
      {"ohio",
       {{Field::kId, {"SOS_VOTERID"}, true},
        {Field::kLastName, {"LAST_NAME"}},
        {Field::kFirstName, {"FIRST_NAME"}},
        {Field::kMiddleName, {"MIDDLE_NAME"}},
        {Field::kAddress, {"RESIDENTIAL_ADDRESS1"}, true},
        {Field::kUnit, {"RESIDENTIAL_SECONDARY_ADDR"}},
        {Field::kCity, {"RESIDENTIAL_CITY"}},
        {Field::kState, {"RESIDENTIAL_STATE"}},
        {Field::kZip, {"RESIDENTIAL_ZIP"}},
        {Field::kPhone, {"PHONE", "PHONE_NUMBER"}},
        {Field::kLanguage, kLanguageNames}}},
      {"split_address",  // Michigan, Colorado and others that split the street line
       {{Field::kId, {"VOTER_ID", "VOTER_IDENTIFICATION_NUMBER", "VOTERID", "REGISTRANT_ID", "ID"}, true},
        {Field::kLastName, {"LAST_NAME"}},
        {Field::kFirstName, {"FIRST_NAME"}},
        {Field::kMiddleName, {"MIDDLE_NAME"}},
        {Field::kHouseNumber, {"HOUSE_NUM", "HOUSE_NUMBER", "RESIDENCE_STREET_NUMBER", "STREET_NUMBER"}, true},
        {Field::kHouseSuffix,
         {"HOUSE_SUFFIX", "HOUSE_NUM_SUFFIX", "STREET_NUMBER_SUFFIX", "RESIDENCE_STREET_NUMBER_SUFFIX"}},
        {Field::kPreDirection,
         {"PRE_DIR", "PRE_DIRECTION", "DIRECTION_PREFIX", "RESIDENCE_PRE_DIRECTION", "STREET_PRE_DIRECTION"}},
        {Field::kStreetName, {"STREET_NAME", "RESIDENCE_STREET_NAME"}, true},
        {Field::kStreetType, {"STREET_TYPE", "RESIDENCE_STREET_TYPE", "STREET_SUFFIX"}},
        {Field::kPostDirection,
         {"POST_DIR", "POST_DIRECTION", "DIRECTION_SUFFIX", "RESIDENCE_POST_DIRECTION", "STREET_POST_DIRECTION"}},
        {Field::kUnitType, {"UNIT_TYPE", "RESIDENCE_UNIT_TYPE", "APT_TYPE"}},
        {Field::kUnitNumber, {"UNIT_NUM", "UNIT_NUMBER", "RESIDENCE_UNIT_NUMBER", "APT_NUM", "EXTENSION"}},
        {Field::kCity, {"CITY", "RESIDENTIAL_CITY", "RESIDENCE_CITY"}},
        {Field::kState, {"STATE", "RESIDENTIAL_STATE", "RESIDENCE_STATE"}},
        {Field::kZip, {"ZIP", "ZIP_CODE", "ZIPCODE", "RESIDENTIAL_ZIP_CODE", "RESIDENCE_ZIP_CODE"}},
        {Field::kPhone, {"PHONE", "PHONE_NUM", "PHONE_NUMBER"}},
        {Field::kLanguage, kLanguageNames}}},
      {"address_points",  // OpenAddresses-style: doors with coordinates, nobody named
       {{Field::kLongitude, {"LON"}, true},
        {Field::kLatitude, {"LAT"}, true},
        {Field::kHouseNumber, {"NUMBER"}, true},
        {Field::kStreetName, {"STREET"}, true},
        {Field::kUnit, {"UNIT"}},
        {Field::kCity, {"CITY"}},
        {Field::kState, {"REGION"}},
        {Field::kZip, {"POSTCODE"}}}},
      {"puerta",  // Puerta's own format, documented in walklist/FORMATS.md
       {{Field::kId, {"id"}, true},
        {Field::kFirstName, {"first_name"}},
        {Field::kLastName, {"last_name"}},
        {Field::kAddress, {"address"}, true},
        {Field::kUnit, {"unit"}},
        {Field::kCity, {"city"}},
        {Field::kState, {"state"}},
        {Field::kZip, {"zip"}},
        {Field::kLatitude, {"latitude"}},
        {Field::kLongitude, {"longitude"}},
        {Field::kPhone, {"phone"}},
        {Field::kLanguage, kLanguageNames}}},
  };
  return layouts;
}

}  // namespace

std::string_view FieldName(Field field) { return kFieldNames[static_cast<std::size_t>(field)]; }

std::optional<Field> FieldFromName(std::string_view name) {
  const std::string key = HeaderKey(name);
  for (std::size_t i = 0; i < kFieldCount; ++i)
    if (HeaderKey(kFieldNames[i]) == key) return static_cast<Field>(i);
  return std::nullopt;
}

std::string HeaderKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

Recognition Recognize(const std::vector<std::string>& header) {
  std::vector<std::string> keys;
  keys.reserve(header.size());
  for (const auto& h : header) keys.push_back(HeaderKey(h));
  auto find = [&](const FieldColumns& f) -> std::int32_t {
    for (std::string_view name : f.names) {
      const std::string key = HeaderKey(name);
      for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<std::int32_t>(i);
    }
    return -1;
  };

  Recognition best;
  int best_score = -1;
  std::size_t closest_missing = SIZE_MAX;
  for (const Layout& layout : Layouts()) {
    ColumnMap map;
    map.layout = std::string(layout.name);
    int score = 0;
    std::vector<std::string_view> missing;
    for (const FieldColumns& f : layout.fields) {
      const std::int32_t column = find(f);
      if (column >= 0) {
        map.column[static_cast<std::size_t>(f.field)] = column;
        ++score;
      } else if (f.required) {
        missing.push_back(*f.names.begin());
      }
    }
    if (missing.empty() && score > best_score) {
      best_score = score;
      best.map = std::move(map);
    } else if (!missing.empty() && !best.map && missing.size() < closest_missing) {
      closest_missing = missing.size();
      best.problem = "the header matches no known layout; closest is \"" + std::string(layout.name) +
                     "\", which also needs column";
      best.problem += missing.size() > 1 ? "s " : " ";
      for (std::size_t i = 0; i < missing.size(); ++i)
        best.problem += (i ? ", \"" : "\"") + std::string(missing[i]) + "\"";
      best.problem += "; give a mapping file (--mapping) to read other layouts";
    }
  }
  if (best.map) best.problem.clear();
  return best;
}

std::vector<std::string_view> LayoutNames() {
  std::vector<std::string_view> names;
  for (const Layout& layout : Layouts()) names.push_back(layout.name);
  return names;
}

}  // namespace puerta::layout
