// Grouping people into doors and doors into stops. A household is everyone at
// one normalized street address and unit; a building is every household at
// one street address, so an apartment block is one stop with many doors
// rather than fifty pins. Addresses count as the same only within one town
// (the ZIP's first five digits, or the city when there is no ZIP).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"
#include "walklist/address.h"

namespace puerta {

// One good row of a voter file, before grouping.
struct ImportedRow {
  std::optional<Voter> voter;  // none for an address point: a door with nobody named
  address::StreetAddress address;
  std::string city;
  std::string zip;
  std::optional<GeoPoint> location;
};

// Households and buildings in the order first seen; ids are assigned by
// route::PutInWalkOrder, which the importer calls next.
WalkList GroupHouseholds(std::vector<ImportedRow> rows);

// What identifies a street within a town: "N MAIN ST|95112".
std::string StreetKey(const Address& a);

}  // namespace puerta
