// How walkable a cut turf is, in metres: what the command line prints per
// turf, what the tests bound and what the benchmark sums. Measured on the
// turf's stops (its buildings with coordinates); a turf cut by street has
// none and measures 0.
#pragma once

#include <cstdint>

#include "cut/turf_plan.h"

namespace puerta::cut {

struct TurfShape {
  std::uint32_t stops = 0;         // buildings with coordinates
  double route_meters = 0;         // the router's walk through them (route/tour.h), as a canvasser walks it
  double radius_meters = 0;        // the farthest stop from the turf's centre (mean of its stops)
  double loneliest_meters = 0;     // the stop farthest from its nearest neighbour in the turf: a door "far from the rest"
};

TurfShape MeasureTurf(const TurfPlan& plan, std::uint32_t turf);

}  // namespace puerta::cut
