#include "cut/bisection.h"

#include <algorithm>
#include <tuple>

namespace puerta::cut {
namespace {

// How many turfs of an average within [low, high] `doors` doors make, the
// average nearest n first; 0 when neither rounding fits.
std::uint32_t TurfsWithin(std::uint64_t doors, double n, double low, double high) {
  const std::uint32_t down = static_cast<std::uint32_t>(doors / n), up = down + 1;
  const auto fits = [&](std::uint32_t k) { return k > 0 && doors >= low * k - 1e-9 && doors <= high * k + 1e-9; };
  const auto miss = [&](std::uint32_t k) { return std::abs(double(doors) / k - n); };
  if (fits(down) && (!fits(up) || miss(down) <= miss(up))) return down;
  return fits(up) ? up : 0;
}

// Cuts units[begin, end) into k groups of unit indexes; see the header for
// why bisection. Units are reordered within the range; the indexes emitted
// are final once the whole cut is done (later sorts touch other ranges).
// Where to split: among the positions in the middle third of the doors
// where each side can make whole turfs of an average within N ± 3/4 of the
// tolerance (the rest is left for buildings that will not divide evenly
// further down), the one across the widest gap between neighbouring doors,
// so that turfs end at a park, a highway or the fields between two
// neighbourhoods rather than in the middle of a block; ties go to the
// position nearest the middle. Each side then makes as many turfs as its
// own doors make. When no position fits, the one nearest k/2 turfs' share.
void Bisect(std::vector<Unit>& units, std::size_t begin, std::size_t end, std::uint32_t k, const CutOptions& o,
            std::vector<std::vector<std::uint32_t>>& groups) {
  if (k <= 1 || end - begin <= 1) {
    std::vector<std::uint32_t>& group = groups.emplace_back();
    for (std::size_t i = begin; i < end; ++i) group.push_back(static_cast<std::uint32_t>(i));
    return;
  }
  double min_x = units[begin].at.x, max_x = min_x, min_y = units[begin].at.y, max_y = min_y;
  for (std::size_t i = begin; i < end; ++i) {
    min_x = std::min(min_x, units[i].at.x), max_x = std::max(max_x, units[i].at.x);
    min_y = std::min(min_y, units[i].at.y), max_y = std::max(max_y, units[i].at.y);
  }
  const bool across_x = max_x - min_x >= max_y - min_y;
  std::sort(units.begin() + begin, units.begin() + end, [&](const Unit& a, const Unit& b) {
    return across_x ? std::tie(a.at.x, a.at.y, a.building) < std::tie(b.at.x, b.at.y, b.building)
                    : std::tie(a.at.y, a.at.x, a.building) < std::tie(b.at.y, b.at.x, b.building);
  });
  const auto coordinate = [&](std::size_t i) { return across_x ? units[i].at.x : units[i].at.y; };
  std::uint64_t total = 0;
  for (std::size_t i = begin; i < end; ++i) total += Doors(units[i]);
  // The range an average turf below may have: N ± half the tolerance, or
  // wider when this part's own average is already outside it.
  const double average = double(total) / k, n = std::max<std::uint32_t>(o.doors, 1);
  const double low = std::min(n * (1 - o.tolerance * 0.75), average), high = std::max(n * (1 + o.tolerance * 0.75), average);
  const double half = double(total) * (k / 2) / k;  // the fallback: k/2 turfs' share on the left
  std::size_t nearest = begin + 1, widest = end;
  std::pair<std::uint32_t, std::uint32_t> widest_k;
  double nearest_miss = 1e300, widest_gap = -1, widest_miss = 1e300;
  std::uint64_t prefix = 0;
  for (std::size_t i = begin; i + 1 < end; ++i) {
    prefix += Doors(units[i]);
    const double miss = std::abs(double(prefix) - half);
    if (miss < nearest_miss) nearest_miss = miss, nearest = i + 1;
    if (miss > double(total) / 6) continue;  // within the middle third: never a strip off one edge
    // Each side makes as many turfs as its own doors make within range, so
    // the count may end one off the whole's (four neighbourhoods of 250
    // doors with N = 40 make 4 x 6 turfs of 42, not 25 with one across the
    // fields).
    const std::uint32_t left_k = TurfsWithin(prefix, n, low, high), right_k = TurfsWithin(total - prefix, n, low, high);
    if (!left_k || !right_k) continue;
    const double gap = coordinate(i + 1) - coordinate(i);
    if (gap > widest_gap + 1e-6 || (gap > widest_gap - 1e-6 && miss < widest_miss))
      widest_gap = gap, widest_miss = miss, widest = i + 1, widest_k = {left_k, right_k};
  }
  const std::size_t split = widest != end ? widest : nearest;
  const auto [left_k, right_k] = widest != end ? widest_k : std::pair{k / 2, k - k / 2};
  Bisect(units, begin, split, left_k, o, groups);
  Bisect(units, split, end, right_k, o, groups);
}

// After bisection a turf can still be off by a building or two (a split
// could only fall between buildings). Each turf outside N ± tolerance gives
// a building to, or takes one from, one of its nearest turfs, when that
// leaves the other turf in range: the building nearest the receiving turf's
// centre, so the turfs stay compact. Stops when nothing more helps.
void Balance(const std::vector<Unit>& units, std::vector<std::vector<std::uint32_t>>& groups, const CutOptions& o) {
  const std::uint32_t lo = Lowest(o), hi = Highest(o);
  const std::size_t k = groups.size();
  std::vector<std::uint32_t> doors(k, 0);
  std::vector<double> sum_x(k, 0), sum_y(k, 0);
  const auto centre = [&](std::size_t g) {
    const double n = std::max<std::size_t>(groups[g].size(), 1);
    return route::PlanePoint{sum_x[g] / n, sum_y[g] / n};
  };
  for (std::size_t g = 0; g < k; ++g)
    for (std::uint32_t u : groups[g]) doors[g] += Doors(units[u]), sum_x[g] += units[u].at.x, sum_y[g] += units[u].at.y;
  const auto distance = [](route::PlanePoint a, route::PlanePoint b) { return std::hypot(a.x - b.x, a.y - b.y); };
  const auto move = [&](std::size_t from, std::size_t at, std::size_t to) {
    const std::uint32_t u = groups[from][at];
    groups[from].erase(groups[from].begin() + at);
    groups[to].push_back(u);
    doors[from] -= Doors(units[u]), doors[to] += Doors(units[u]);
    sum_x[from] -= units[u].at.x, sum_y[from] -= units[u].at.y, sum_x[to] += units[u].at.x, sum_y[to] += units[u].at.y;
  };
  // How far from a turf's centre a building may join it: twice its own
  // radius (and a street's width), so that balancing never hands a turf a
  // building across the fields from the rest of it.
  const auto reach = [&](std::size_t g) {
    double radius = 0;
    for (std::uint32_t u : groups[g]) radius = std::max(radius, distance(units[u].at, centre(g)));
    return 2 * radius + 30;
  };
  constexpr std::size_t kNeighbours = 6;
  for (std::size_t pass = 0; pass < 4 * k + 8; ++pass) {
    bool moved = false;
    for (std::size_t a = 0; a < k; ++a) {
      if (doors[a] >= lo && doors[a] <= hi) continue;
      std::vector<std::pair<double, std::size_t>> near;
      for (std::size_t b = 0; b < k; ++b)
        if (b != a) near.push_back({distance(centre(a), centre(b)), b});
      std::partial_sort(near.begin(), near.begin() + std::min(kNeighbours, near.size()), near.end());
      near.resize(std::min(kNeighbours, near.size()));
      // The best single move: from a too-big turf to a neighbour, or into a
      // too-small one from a neighbour; never taking either out of range
      // when it was in, and always bringing `a` closer.
      double best = 1e300;
      std::size_t best_from = k, best_at = 0, best_to = k;
      const bool too_big = doors[a] > hi;
      for (const auto& [ignored, b] : near) {
        const std::size_t from = too_big ? a : b, to = too_big ? b : a;
        for (std::size_t i = 0; i < groups[from].size(); ++i) {
          const std::uint32_t d = Doors(units[groups[from][i]]);
          const std::uint32_t from_after = doors[from] - d, to_after = doors[to] + d;
          const std::uint32_t other_after = too_big ? to_after : from_after;
          if (other_after < lo || other_after > hi) continue;
          const std::uint32_t a_after = too_big ? from_after : to_after;
          const auto off = [&](std::uint32_t x) { return x < lo ? lo - x : x > hi ? x - hi : 0u; };
          if (off(a_after) >= off(doors[a])) continue;
          const double cost = distance(units[groups[from][i]].at, centre(to));
          if (cost < best && cost <= reach(to)) best = cost, best_from = from, best_at = i, best_to = to;
        }
      }
      if (best_from == k) continue;
      move(best_from, best_at, best_to);
      moved = true;
    }
    if (!moved) break;
  }
}
}  // namespace

std::vector<std::vector<std::uint32_t>> CutOnTheMap(std::vector<Unit>& units, std::uint32_t k, const CutOptions& options,
                                                    bool balance) {
  std::vector<std::vector<std::uint32_t>> groups;
  if (units.empty()) return groups;
  Bisect(units, 0, units.size(), k, options, groups);
  if (balance) Balance(units, groups, options);
  return groups;
}

}  // namespace puerta::cut
