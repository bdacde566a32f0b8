#include "route/street_order.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string_view>
#include <unordered_map>

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
  // Streets are few and stops many: the distinct names are ranked once and
  // the stops sorted on integers, comparing house-number text only on a tie
  // (string comparisons were most of the walk order's time).
  std::unordered_map<std::string_view, std::uint32_t> rank;
  for (const StreetStop& s : stops) rank.try_emplace(s.street, 0);
  std::vector<std::string_view> names;
  names.reserve(rank.size());
  for (const auto& entry : rank) names.push_back(entry.first);
  std::sort(names.begin(), names.end());
  for (std::uint32_t r = 0; r < names.size(); ++r) rank[names[r]] = r;

  struct Key {
    std::uint32_t street, number, index;
  };
  std::vector<Key> keys(stops.size());
  std::uint32_t street_rank = 0;  // a street's stops mostly come together: one lookup each
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    if (i == 0 || stops[i].street != stops[i - 1].street) street_rank = rank.find(stops[i].street)->second;
    keys[i] = {street_rank, stops[i].number, i};
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
    if (x.street != y.street) return x.street < y.street;
    if (x.number != y.number) return x.number < y.number;
    return stops[x.index].house_number < stops[y.index].house_number;
  });
  std::vector<std::uint32_t> order(stops.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = keys[i].index;
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
