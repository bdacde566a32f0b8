// The exact shortest walk through a few stops, by Held-Karp dynamic
// programming (O(2^n n^2) time, O(2^n n) memory). Too slow for a real turf;
// tests and bench/bench_route.cpp use it to measure how far the heuristic in
// route/tour.h is from the optimum.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "model/walk_list.h"

namespace puerta::route {

inline constexpr std::size_t kMaxExactStops = 16;

struct ExactTour {
  std::vector<std::uint32_t> order;  // indexes into stops
  double meters = 0;
};

// Open walk (no return) through every stop, from start when given, on
// haversine distance. Requires stops.size() <= kMaxExactStops.
ExactTour SolveExact(std::span<const GeoPoint> stops, std::optional<GeoPoint> start = std::nullopt);

}  // namespace puerta::route
