#include "route/geo.h"

#include <cmath>
#include <numbers>

namespace puerta::route {
namespace {
constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
}

double HaversineMeters(GeoPoint a, GeoPoint b) {
  const double dlat = (b.lat - a.lat) * kRadiansPerDegree;
  const double dlon = (b.lon - a.lon) * kRadiansPerDegree;
  const double s = std::sin(dlat / 2), t = std::sin(dlon / 2);
  const double h = s * s + std::cos(a.lat * kRadiansPerDegree) * std::cos(b.lat * kRadiansPerDegree) * t * t;
  return 2 * kEarthRadiusMeters * std::asin(std::sqrt(std::min(1.0, h)));
}

double PathMeters(std::span<const GeoPoint> stops, std::optional<GeoPoint> start) {
  double total = 0;
  for (std::size_t i = 0; i < stops.size(); ++i) {
    if (i > 0) total += HaversineMeters(stops[i - 1], stops[i]);
    else if (start) total += HaversineMeters(*start, stops[0]);
  }
  return total;
}

std::vector<PlanePoint> ProjectLocal(std::span<const GeoPoint> points) {
  double lat0 = 0, lon0 = 0;
  for (const auto& p : points) lat0 += p.lat, lon0 += p.lon;
  if (!points.empty()) lat0 /= static_cast<double>(points.size()), lon0 /= static_cast<double>(points.size());
  const double kx = kEarthRadiusMeters * kRadiansPerDegree * std::cos(lat0 * kRadiansPerDegree);
  const double ky = kEarthRadiusMeters * kRadiansPerDegree;
  std::vector<PlanePoint> out;
  out.reserve(points.size());
  for (const auto& p : points) out.push_back({(p.lon - lon0) * kx, (p.lat - lat0) * ky});
  return out;
}

}  // namespace puerta::route
