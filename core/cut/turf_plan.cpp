#include "cut/turf_plan.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace puerta::cut {

TurfPlan::TurfPlan(const WalkList& list)
    : list_(&list), turf_of_(list.households.size(), kNoTurf), building_of_(list.households.size(), kNoTurf) {
  for (std::uint32_t b = 0; b < list.buildings.size(); ++b)
    for (std::uint32_t h : list.buildings[b].households) building_of_.at(h) = b;
}

std::vector<std::uint32_t> TurfPlan::Households(std::uint32_t t) const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t h = 0; h < turf_of_.size(); ++h)
    if (turf_of_[h] == t) out.push_back(h);
  return out;
}

std::vector<std::uint32_t> TurfPlan::Unassigned() const { return Households(kNoTurf); }

std::uint32_t TurfPlan::AddTurf(std::string name, std::string group, bool by_street) {
  turfs_.push_back({std::move(name), std::move(group), by_street, {}});
  return TurfCount() - 1;
}

void TurfPlan::Add(std::uint32_t h, std::uint32_t t) {
  TurfCounts& c = turfs_.at(t).counts;
  const Household& household = list_->households.at(h);
  ++c.doors;
  c.people += static_cast<std::uint32_t>(household.voters.size());
  for (const Voter& v : household.voters) ++c.languages[v.preferred_language];
  turf_of_[h] = t;
}

void TurfPlan::Remove(std::uint32_t h) {
  const std::uint32_t t = turf_of_.at(h);
  if (t == kNoTurf) return;
  TurfCounts& c = turfs_[t].counts;
  const Household& household = list_->households[h];
  --c.doors;
  c.people -= static_cast<std::uint32_t>(household.voters.size());
  for (const Voter& v : household.voters)
    if (auto it = c.languages.find(v.preferred_language); it != c.languages.end() && --it->second == 0)
      c.languages.erase(it);
  turf_of_[h] = kNoTurf;
}

const TurfCounts& TurfPlan::Assign(std::span<const std::uint32_t> households, std::uint32_t t) {
  if (t >= turfs_.size()) throw std::out_of_range("no such turf");
  for (std::uint32_t h : households) {
    if (turf_of_.at(h) == t) continue;
    Remove(h);
    Add(h, t);
  }
  return turfs_[t].counts;
}

void TurfPlan::Unassign(std::span<const std::uint32_t> households) {
  for (std::uint32_t h : households) Remove(h);
}

const TurfCounts& TurfPlan::Merge(std::uint32_t into, std::uint32_t from) {
  if (into >= turfs_.size() || from >= turfs_.size()) throw std::out_of_range("no such turf");
  if (into == from) return turfs_[into].counts;
  Assign(Households(from), into);
  turfs_.erase(turfs_.begin() + from);
  for (std::uint32_t& t : turf_of_)
    if (t != kNoTurf && t > from) --t;
  return turfs_[into > from ? into - 1 : into].counts;
}

namespace {

// Where a household is on the map: its building's location, or its own.
std::optional<GeoPoint> Location(const WalkList& list, std::uint32_t building, std::uint32_t h) {
  if (building != kNoTurf && list.buildings[building].location) return list.buildings[building].location;
  return list.households[h].location;
}

}  // namespace

std::vector<std::uint32_t> TurfPlan::HouseholdsInPolygon(std::span<const GeoPoint> polygon) const {
  std::vector<std::uint32_t> inside;
  if (polygon.size() < 3) return inside;
  for (std::uint32_t h = 0; h < turf_of_.size(); ++h) {
    const std::optional<GeoPoint> at = Location(*list_, building_of_[h], h);
    if (!at) continue;
    // Even-odd rule: a ray east from the point crosses the edges an odd
    // number of times when it is inside (latitude and longitude are fine
    // as plane coordinates for a shape a few kilometres across).
    bool in = false;
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
      const GeoPoint& a = polygon[i];
      const GeoPoint& b = polygon[j];
      if ((a.lat > at->lat) != (b.lat > at->lat) &&
          at->lon < (b.lon - a.lon) * (at->lat - a.lat) / (b.lat - a.lat) + a.lon)
        in = !in;
    }
    if (in) inside.push_back(h);
  }
  return inside;
}

std::uint32_t TurfPlan::SplitByLine(std::uint32_t t, GeoPoint a, GeoPoint b, std::string new_name) {
  if (t >= turfs_.size()) throw std::out_of_range("no such turf");
  // Which side, on a flat projection around the line: east-west distances
  // shrink with the cosine of the latitude.
  const double k = std::cos((a.lat + b.lat) / 2 * std::numbers::pi / 180);
  const double dx = (b.lon - a.lon) * k, dy = b.lat - a.lat;
  std::vector<std::uint32_t> right;
  std::uint32_t left = 0;
  for (std::uint32_t h : Households(t)) {
    const std::optional<GeoPoint> at = Location(*list_, building_of_[h], h);
    if (!at) {
      ++left;
      continue;
    }
    const double cross = dx * (at->lat - a.lat) - dy * (at->lon - a.lon) * k;
    if (cross < 0) right.push_back(h);
    else ++left;
  }
  if (right.empty() || left == 0) return kNoTurf;
  const Turf& old = turfs_[t];
  const std::uint32_t added = AddTurf(std::move(new_name), old.group, old.by_street);
  Assign(right, added);
  return added;
}

}  // namespace puerta::cut
