// A short walk through many stops: the travelling-salesman heuristic behind
// Puerta's walk order when buildings have coordinates. The walk is open (a
// canvasser does not return to the first door) and may be pinned to a start
// point. Construction by nearest neighbour from a few starting stops, then
// 2-opt (reverse a stretch) and Or-opt (move a run of 1-3 stops elsewhere,
// either way round) until neither shortens the walk; the best walk wins.
// Full-scan moves cost O(n^2) per pass, fine for turf-sized lists (a few
// thousand stops); route/walk_order.h falls back to street order beyond that.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "model/walk_list.h"

namespace puerta::route {

// Visiting order: a permutation of the indexes of stops.
std::vector<std::uint32_t> OptimizeTour(std::span<const GeoPoint> stops, std::optional<GeoPoint> start = std::nullopt);

}  // namespace puerta::route
