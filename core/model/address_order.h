// How addresses are told apart and put in order: shared by the importer
// (walklist/, grouping rows into households) and the router (route/, walking
// them in order). It lives on the ground floor so neither includes the other's
// headers both ways.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/walk_list.h"

namespace puerta {

// The first five digits of the ZIP, else the ZIP as written, else the city in
// upper case: addresses are the same only within one town.
std::string TownKey(std::string_view zip, std::string_view city);

// What identifies a street within a town: "N MAIN ST|95112".
std::string StreetKey(const Address& a);

namespace address {

// Leading integer of a house number ("12A" -> 12, "12-14" -> 12); 0 when none.
std::uint32_t HouseNumberValue(std::string_view house_number);

// Natural order for units and house numbers: "2" < "10" < "10A".
bool NaturalLess(std::string_view a, std::string_view b);

}  // namespace address
}  // namespace puerta
