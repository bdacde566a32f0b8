#include "route/walk_order.h"

#include <algorithm>
#include <unordered_map>

#include "route/geo.h"
#include "route/tour.h"
#include "model/address_order.h"

namespace puerta::route {
namespace {

// Unlocated buildings take the location of the located building on the same
// street with the closest house number.
std::vector<std::optional<GeoPoint>> FillLocations(const std::vector<StreetStop>& stops) {
  std::unordered_map<std::string, std::vector<const StreetStop*>> located;
  for (const StreetStop& s : stops)
    if (s.location) located[s.street].push_back(&s);
  std::vector<std::optional<GeoPoint>> out;
  out.reserve(stops.size());
  for (const StreetStop& s : stops) {
    std::optional<GeoPoint> where = s.location;
    std::uint32_t gap = UINT32_MAX;
    const auto it = where || located.empty() ? located.end() : located.find(s.street);  // most files: no coordinates
    if (it != located.end()) {
      for (const StreetStop* k : it->second) {
        const std::uint32_t d = k->number > s.number ? k->number - s.number : s.number - k->number;
        if (d < gap) gap = d, where = k->location;
      }
    }
    out.push_back(where);
  }
  return out;
}

// Moves items so that items[i] is what was items[from[i]]. Each item moves
// once, along the permutation's cycles, with no second vector beside the
// first: the households are the largest part of a walk list.
template <typename T>
void Permute(std::vector<T>& items, std::vector<std::uint32_t> from) {
  for (std::uint32_t start = 0; start < from.size(); ++start) {
    if (from[start] == start) continue;  // already in place
    T held = std::move(items[start]);
    std::uint32_t i = start;
    while (from[i] != start) {
      const std::uint32_t next = from[i];
      items[i] = std::move(items[next]);
      from[i] = i;
      i = next;
    }
    items[i] = std::move(held);
    from[i] = i;
  }
}

// True when every index below size appears exactly once.
bool IsPermutation(const std::vector<std::uint32_t>& indexes, std::size_t size) {
  if (indexes.size() != size) return false;
  std::vector<bool> seen(size);
  for (std::uint32_t i : indexes) {
    if (i >= size || seen[i]) return false;
    seen[i] = true;
  }
  return true;
}

void SortDoors(const WalkList& list, std::vector<std::uint32_t>& doors) {
  if (doors.size() < 2) return;  // stable_sort would still allocate a buffer
  std::stable_sort(doors.begin(), doors.end(), [&](std::uint32_t x, std::uint32_t y) {
    return address::NaturalLess(list.households[x].address.unit, list.households[y].address.unit);
  });
}

// For a list whose buildings do not each own distinct households (never the
// importer's): households are copied out in building order, as they come.
void ApplyOrderCopying(WalkList& list, const std::vector<std::uint32_t>& order) {
  WalkList ordered;
  ordered.households.reserve(list.households.size());
  for (std::uint32_t b : order) {
    Building building = std::move(list.buildings[b]);
    std::vector<std::uint32_t> doors = building.households;
    SortDoors(list, doors);
    building.households.clear();
    for (std::uint32_t h : doors) {
      building.households.push_back(static_cast<std::uint32_t>(ordered.households.size()));
      ordered.households.push_back(std::move(list.households[h]));
    }
    ordered.buildings.push_back(std::move(building));
  }
  list = std::move(ordered);
}

void ApplyOrder(WalkList& list, const std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> door_from;  // new household index -> old
  door_from.reserve(list.households.size());
  for (std::uint32_t b : order)
    if (b < list.buildings.size()) door_from.insert(door_from.end(), list.buildings[b].households.begin(),
                                                    list.buildings[b].households.end());
  if (IsPermutation(order, list.buildings.size()) && IsPermutation(door_from, list.households.size())) {
    door_from.clear();
    for (std::uint32_t b : order) {
      std::vector<std::uint32_t>& doors = list.buildings[b].households;
      SortDoors(list, doors);
      for (std::uint32_t& h : doors) {
        door_from.push_back(h);
        h = static_cast<std::uint32_t>(door_from.size() - 1);
      }
    }
    Permute(list.households, std::move(door_from));
    Permute(list.buildings, order);
  } else {
    ApplyOrderCopying(list, order);
  }
  for (std::size_t i = 0; i < list.buildings.size(); ++i) list.buildings[i].id = "b" + std::to_string(i + 1);
  for (std::size_t i = 0; i < list.households.size(); ++i) list.households[i].id = "h" + std::to_string(i + 1);
}

std::vector<GeoPoint> LocatedInOrder(const std::vector<StreetStop>& stops, const std::vector<std::uint32_t>& order) {
  std::vector<GeoPoint> points;
  for (std::uint32_t i : order)
    if (stops[i].location) points.push_back(*stops[i].location);
  return points;
}

}  // namespace

std::vector<StreetStop> StreetStops(const WalkList& list) {
  std::vector<StreetStop> stops;
  stops.reserve(list.buildings.size());
  for (const Building& b : list.buildings) {
    StreetStop s;
    if (!b.households.empty()) {
      const Address& a = list.households[b.households.front()].address;
      s.street = StreetKey(a);
      s.number = address::HouseNumberValue(a.house_number);
      s.house_number = a.house_number;
    }
    s.location = b.location;
    stops.push_back(std::move(s));
  }
  return stops;
}

WalkOrderSummary PutInWalkOrder(WalkList& list, std::optional<GeoPoint> start) {
  WalkOrderSummary summary;
  std::vector<StreetStop> stops = StreetStops(list);
  for (const auto& s : stops) summary.unlocated += !s.location;

  std::vector<std::uint32_t> order;
  const std::vector<std::optional<GeoPoint>> filled = FillLocations(stops);
  std::vector<GeoPoint> points;
  std::vector<std::uint32_t> routed, rest;
  for (std::uint32_t i = 0; i < filled.size(); ++i) {
    if (filled[i]) points.push_back(*filled[i]), routed.push_back(i);
    else rest.push_back(i);
  }
  if (!points.empty() && points.size() <= kMaxOptimizedStops) {
    summary.method = "route";
    for (std::uint32_t k : OptimizeTour(points, start)) order.push_back(routed[k]);
    // Buildings on streets with no coordinates at all follow, street by street.
    std::vector<StreetStop> rest_stops;
    for (std::uint32_t i : rest) rest_stops.push_back(stops[i]);
    for (std::uint32_t k : StreetSideOrder(rest_stops)) order.push_back(rest[k]);
  } else {
    summary.method = "street";
    order = StreetSideOrder(stops, start);
  }
  ApplyOrder(list, order);
  return summary;
}

double WalkMeters(const WalkList& list, std::optional<GeoPoint> start) {
  const std::vector<StreetStop> stops = StreetStops(list);
  std::vector<std::uint32_t> order(stops.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  return PathMeters(LocatedInOrder(stops, order), start);
}

double AddressOrderMeters(const WalkList& list, std::optional<GeoPoint> start) {
  const std::vector<StreetStop> stops = StreetStops(list);
  return PathMeters(LocatedInOrder(stops, AddressOrder(stops)), start);
}

}  // namespace puerta::route
