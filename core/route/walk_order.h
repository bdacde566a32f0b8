// The order a canvasser walks a WalkList. With coordinates the buildings are
// visited in an optimized route (route/tour.h); a building without
// coordinates borrows those of its nearest-numbered neighbour on the same
// street. With no coordinates at all, or beyond kMaxOptimizedStops, buildings
// follow streets side by side (route/street_order.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/walk_list.h"
#include "route/street_order.h"

namespace puerta::route {

inline constexpr std::size_t kMaxOptimizedStops = 3000;

struct WalkOrderSummary {
  std::string method;          // "route" (optimized on coordinates) or "street" (street sides)
  std::uint32_t unlocated = 0; // buildings with no coordinates of their own
};

// Reorders list.buildings into walk order and list.households to match (the
// doors of a building in unit order), then numbers them "b1".., "h1".. in
// that order.
WalkOrderSummary PutInWalkOrder(WalkList& list, std::optional<GeoPoint> start = std::nullopt);

// One StreetStop per building, in list order.
std::vector<StreetStop> StreetStops(const WalkList& list);

// Metres walked visiting the located buildings in list order, or in plain
// address order (street name, then number).
double WalkMeters(const WalkList& list, std::optional<GeoPoint> start = std::nullopt);
double AddressOrderMeters(const WalkList& list, std::optional<GeoPoint> start = std::nullopt);

}  // namespace puerta::route
