// Grouping people into doors and doors into stops. A household is everyone at
// one normalized street address and unit; a building is every household at
// one street address, so an apartment block is one stop with many doors
// rather than fifty pins. Addresses count as the same only within one town
// (the ZIP's first five digits, or the city when there is no ZIP).
#pragma once

#include "model/address_order.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"
#include "walklist/address.h"
#include "walklist/index_set.h"

namespace puerta {

// One good row of a voter file, before grouping.
struct ImportedRow {
  std::optional<Voter> voter;  // none for an address point: a door with nobody named
  address::StreetAddress address;
  std::string city;
  std::string zip;
  std::optional<GeoPoint> location;
};

// Groups rows one at a time, as the importer reads them, so that the rows of
// a large file are never all held at once beside the households made of them.
class HouseholdGrouper {
 public:
  void Add(ImportedRow&& row);  // taken apart: moved from, not copied
  std::uint32_t rows() const { return rows_; }
  // Households and buildings in the order first seen; ids are assigned by
  // route::PutInWalkOrder, which the importer calls next.
  WalkList Finish() &&;

 private:
  void AddDoor(ImportedRow& row, std::string town, std::uint64_t street_hash);

  WalkList list_;
  std::vector<std::string> town_;             // each household's town (TownKey): part of its key
  std::vector<std::uint32_t> building_door_;  // each building's first household: its key
  IndexSet doors_, buildings_;                // households by address and unit; buildings by address
  std::uint32_t rows_ = 0;
};

}  // namespace puerta
