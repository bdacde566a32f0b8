// Distances on the ground. Walking distance is approximated by the
// great-circle (haversine) distance; the optimizer works on a local flat
// projection of the same points because it evaluates millions of distances
// and a square root is far cheaper than trigonometry. Over a turf a few
// kilometres across the two differ by well under 0.1%.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "model/walk_list.h"

namespace puerta::route {

inline constexpr double kEarthRadiusMeters = 6371008.8;  // mean radius (IUGG)

double HaversineMeters(GeoPoint a, GeoPoint b);

// Length of walking stops in order, from start when given.
double PathMeters(std::span<const GeoPoint> stops, std::optional<GeoPoint> start = std::nullopt);

struct PlanePoint {
  double x = 0;  // metres east of the projection's origin
  double y = 0;  // metres north
};

// Equirectangular projection around the points' mean latitude.
std::vector<PlanePoint> ProjectLocal(std::span<const GeoPoint> points);

}  // namespace puerta::route
