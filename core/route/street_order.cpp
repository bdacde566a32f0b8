#include "route/street_order.h"

#include <algorithm>
#include <limits>
#include <map>

#include "route/geo.h"

namespace puerta::route {
namespace {

struct Street {
  std::vector<std::uint32_t> odd, even;  // ascending house numbers
  bool located = true;
};

// One way to walk a street: a first side in one direction, then the other
// side back the opposite way (ending near where it began).
std::vector<std::uint32_t> Plan(const Street& s, bool odd_first, bool ascending) {
  std::vector<std::uint32_t> first = odd_first ? s.odd : s.even, second = odd_first ? s.even : s.odd;
  if (!ascending) std::reverse(first.begin(), first.end());
  if (ascending) std::reverse(second.begin(), second.end());
  if (first.empty()) std::reverse(second.begin(), second.end());  // one side only: walk it the chosen way
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

// The first stop of Plan(s, odd_first, ascending), without building it.
std::uint32_t Entry(const Street& s, bool odd_first, bool ascending) {
  const auto& side = (odd_first ? s.odd : s.even).empty() ? (odd_first ? s.even : s.odd) : (odd_first ? s.odd : s.even);
  return ascending ? side.front() : side.back();
}

}  // namespace

std::vector<std::uint32_t> AddressOrder(std::span<const StreetStop> stops) {
  std::vector<std::uint32_t> order(stops.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto& x = stops[a];
    const auto& y = stops[b];
    if (const int c = x.street.compare(y.street)) return c < 0;  // one comparison, not != then <
    if (x.number != y.number) return x.number < y.number;
    return x.house_number < y.house_number;
  });
  return order;
}

std::vector<std::uint32_t> StreetSideOrder(std::span<const StreetStop> stops, std::optional<GeoPoint> start) {
  std::map<std::string, Street> streets;  // name order: the fallback chain
  Street* current = nullptr;
  const std::string* current_name = nullptr;
  for (std::uint32_t i : AddressOrder(stops)) {
    // In address order a street's stops come together: one lookup per street.
    if (!current_name || *current_name != stops[i].street) {
      current = &streets[stops[i].street];
      current_name = &stops[i].street;
    }
    (stops[i].number % 2 ? current->odd : current->even).push_back(i);
    if (!stops[i].location) current->located = false;
  }

  std::vector<std::uint32_t> order;
  order.reserve(stops.size());
  std::optional<GeoPoint> here = start;
  std::vector<const Street*> left;
  for (auto& [name, s] : streets) left.push_back(&s);
  while (!left.empty()) {
    // Nearest entry among located streets' plans; unlocated streets (or no
    // position yet) take the first street in name order, low end first.
    std::size_t pick = 0;
    bool odd_first = true, ascending = true;
    bool found = false;
    if (here) {
      double best = std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k < left.size(); ++k) {
        if (!left[k]->located) continue;
        for (bool odd : {true, false}) {
          for (bool up : {true, false}) {
            const double d = HaversineMeters(*here, *stops[Entry(*left[k], odd, up)].location);
            if (d < best) best = d, pick = k, odd_first = odd, ascending = up, found = true;
          }
        }
      }
    }
    if (!found) odd_first = true, ascending = true;
    const std::vector<std::uint32_t> plan = Plan(*left[pick], odd_first, ascending);
    order.insert(order.end(), plan.begin(), plan.end());
    if (stops[plan.back()].location) here = stops[plan.back()].location;
    left.erase(left.begin() + static_cast<std::ptrdiff_t>(pick));
  }
  return order;
}

}  // namespace puerta::route
