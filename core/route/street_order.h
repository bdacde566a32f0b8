// Walk order from addresses alone, the way canvassers walk a street: one side
// at a time (odd numbers, then even, or whichever side is nearer), up one side
// and back down the other so nobody doubles back, and each street chained to
// the next one that starts nearest to where the last ended. Without any
// coordinates streets follow in name order, each starting at its low end.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/walk_list.h"

namespace puerta::route {

struct StreetStop {
  std::string street;                 // normalized name + town: stops on one street share it
  std::uint32_t number = 0;           // leading integer of the house number: side and order
  std::string house_number;           // tie-break: "12" before "12A"
  std::optional<GeoPoint> location;
};

std::vector<std::uint32_t> StreetSideOrder(std::span<const StreetStop> stops, std::optional<GeoPoint> start = std::nullopt);

// The order a plain sorted voter file has: street name, then house number.
// Benchmarks and `puerta list route` compare against it.
std::vector<std::uint32_t> AddressOrder(std::span<const StreetStop> stops);

}  // namespace puerta::route
