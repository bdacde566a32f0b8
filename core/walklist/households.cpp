#include "walklist/households.h"

#include <cctype>
#include <functional>

namespace puerta {
namespace {

std::uint64_t Hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
std::uint64_t Combine(std::uint64_t seed, std::uint64_t h) {
  return seed ^ (h + 0x9E3779B97F4A7C15ull + (seed << 6) + (seed >> 2));
}

}  // namespace

void HouseholdGrouper::Add(ImportedRow&& row) {
  ++rows_;
  std::string town = TownKey(row.zip, row.city);
  const address::StreetAddress& at = row.address;
  const std::uint64_t street_hash = Combine(Combine(Hash(at.house_number), Hash(at.street)), Hash(town));
  const auto fresh = static_cast<std::uint32_t>(list_.households.size());
  const std::uint32_t h = doors_.FindOrAdd(Combine(street_hash, Hash(at.unit)), fresh, [&](std::uint32_t k) {
    const Address& a = list_.households[k].address;
    return a.unit == at.unit && a.house_number == at.house_number && a.street == at.street && town_[k] == town;
  });
  if (h == fresh) AddDoor(row, std::move(town), street_hash);
  Household& door = list_.households[h];
  if (!door.location) door.location = row.location;
  if (row.voter) door.voters.push_back(std::move(*row.voter));
}

// A new household, and its building unless one is already at that address.
void HouseholdGrouper::AddDoor(ImportedRow& row, std::string town, std::uint64_t street_hash) {
  const auto index = static_cast<std::uint32_t>(list_.households.size());
  const address::StreetAddress& at = row.address;
  const auto fresh = static_cast<std::uint32_t>(list_.buildings.size());
  const std::uint32_t b = buildings_.FindOrAdd(street_hash, fresh, [&](std::uint32_t k) {
    const std::uint32_t first = building_door_[k];
    const Address& a = list_.households[first].address;
    return a.house_number == at.house_number && a.street == at.street && town_[first] == town;
  });
  if (b == fresh) {
    list_.buildings.emplace_back().display = address::DisplayStreet(at);
    building_door_.push_back(index);
  }
  list_.buildings[b].households.push_back(index);

  Household& door = list_.households.emplace_back();
  // The building's display is this door's street part (same number and
  // street): reused rather than worked out again for each door.
  door.address.display = list_.buildings[b].display;
  address::AppendUnitDisplay(door.address.display, at.unit);
  door.address.house_number = std::move(row.address.house_number);
  door.address.street = std::move(row.address.street);
  door.address.unit = std::move(row.address.unit);
  door.address.city = std::move(row.city);
  door.address.zip = std::move(row.zip);
  door.location = row.location;
  town_.push_back(std::move(town));
}

WalkList HouseholdGrouper::Finish() && {
  // A building stands where its first located door does.
  for (Building& b : list_.buildings)
    for (std::uint32_t h : b.households)
      if (!b.location && list_.households[h].location) b.location = list_.households[h].location;
  WalkList list = std::move(list_);
  *this = HouseholdGrouper();  // the keys go now, before the walk order needs memory
  return list;
}

}  // namespace puerta
