// The map half of auto-cutting (cut/auto_cut.h says why this algorithm):
// buildings with coordinates cut by recursive bisection, then balanced.
// Internal to cut/: auto_cut.cpp gathers the units and names the turfs.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "cut/auto_cut.h"
#include "route/geo.h"

namespace puerta::cut {

// A building, or a chunk of a building larger than N: what the cut never splits.
struct Unit {
  std::vector<std::uint32_t> households;
  std::optional<GeoPoint> location;
  route::PlanePoint at;
  std::uint32_t building = 0;
};

inline std::uint32_t Doors(const Unit& u) { return static_cast<std::uint32_t>(u.households.size()); }

inline std::uint32_t Lowest(const CutOptions& o) { return static_cast<std::uint32_t>(std::ceil(o.doors * (1 - o.tolerance) - 1e-9)); }
inline std::uint32_t Highest(const CutOptions& o) { return static_cast<std::uint32_t>(std::floor(o.doors * (1 + o.tolerance) + 1e-9)); }

// Cuts the units (each with `at` set) into about k groups of unit indexes,
// each within N ± tolerance when `balance` and the units allow. The units
// are reordered.
std::vector<std::vector<std::uint32_t>> CutOnTheMap(std::vector<Unit>& units, std::uint32_t k, const CutOptions& options,
                                                    bool balance);

}  // namespace puerta::cut
