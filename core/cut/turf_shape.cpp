#include "cut/turf_shape.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include "route/geo.h"
#include "route/tour.h"

namespace puerta::cut {

TurfShape MeasureTurf(const TurfPlan& plan, std::uint32_t turf) {
  const WalkList& list = plan.list();
  std::set<std::uint32_t> buildings;
  std::vector<GeoPoint> stops;
  for (std::uint32_t h : plan.Households(turf)) {
    const std::uint32_t b = plan.BuildingOf(h);
    if (b != kNoTurf && list.buildings[b].location) {
      if (buildings.insert(b).second) stops.push_back(*list.buildings[b].location);
    } else if (list.households[h].location) {
      stops.push_back(*list.households[h].location);
    }
  }
  TurfShape shape;
  shape.stops = static_cast<std::uint32_t>(stops.size());
  if (stops.empty()) return shape;

  std::vector<GeoPoint> walk;
  for (std::uint32_t i : route::OptimizeTour(stops)) walk.push_back(stops[i]);
  shape.route_meters = route::PathMeters(walk);

  const std::vector<route::PlanePoint> p = route::ProjectLocal(stops);
  double cx = 0, cy = 0;
  for (const auto& q : p) cx += q.x, cy += q.y;
  cx /= p.size(), cy /= p.size();
  for (const auto& q : p) shape.radius_meters = std::max(shape.radius_meters, std::hypot(q.x - cx, q.y - cy));
  if (p.size() > 1)
    for (std::size_t i = 0; i < p.size(); ++i) {
      double nearest = std::numeric_limits<double>::max();
      for (std::size_t j = 0; j < p.size(); ++j)
        if (j != i) nearest = std::min(nearest, std::hypot(p[i].x - p[j].x, p[i].y - p[j].y));
      shape.loneliest_meters = std::max(shape.loneliest_meters, nearest);
    }
  return shape;
}

}  // namespace puerta::cut
