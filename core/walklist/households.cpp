#include "walklist/households.h"

#include <cctype>
#include <unordered_map>

namespace puerta {
namespace {

std::string TownKey(const Address& a) {
  std::string zip;
  for (char c : a.zip) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    zip += c;
  }
  if (zip.size() >= 5) return zip.substr(0, 5);
  if (!a.zip.empty()) return a.zip;
  std::string city;
  for (char c : a.city) city += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return city;
}

}  // namespace

std::string StreetKey(const Address& a) { return a.street + "|" + TownKey(a); }

WalkList GroupHouseholds(std::vector<ImportedRow> rows) {
  WalkList list;
  std::unordered_map<std::string, std::uint32_t> household_of, building_of;
  household_of.reserve(rows.size());
  building_of.reserve(rows.size());
  list.households.reserve(rows.size());
  list.buildings.reserve(rows.size());
  for (ImportedRow& row : rows) {
    Address a;
    a.house_number = row.address.house_number;
    a.street = row.address.street;
    a.unit = row.address.unit;
    a.city = std::move(row.city);
    a.zip = std::move(row.zip);
    const std::string street_address = a.house_number + " " + StreetKey(a);
    const std::string door = street_address + "|" + a.unit;
    auto [it, added] = household_of.try_emplace(door, static_cast<std::uint32_t>(list.households.size()));
    if (added) {
      a.display = address::DisplayFull(row.address);
      Household h;
      h.address = std::move(a);
      h.location = row.location;
      list.households.push_back(std::move(h));

      auto [b, new_building] = building_of.try_emplace(street_address, static_cast<std::uint32_t>(list.buildings.size()));
      if (new_building) {
        Building building;
        building.display = address::DisplayStreet(row.address);
        list.buildings.push_back(std::move(building));
      }
      list.buildings[b->second].households.push_back(it->second);
    }
    Household& h = list.households[it->second];
    if (!h.location) h.location = row.location;
    if (row.voter) h.voters.push_back(std::move(*row.voter));
  }
  // A building stands where its first located door does.
  for (Building& b : list.buildings)
    for (std::uint32_t h : b.households)
      if (!b.location && list.households[h].location) b.location = list.households[h].location;
  return list;
}

}  // namespace puerta
