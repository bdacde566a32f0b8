#include "cut/auto_cut.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

#include "route/geo.h"
#include "route/street_order.h"
#include "route/walk_order.h"
#include "walklist/layouts.h"

namespace puerta::cut {
namespace {

// A building, or a chunk of a building larger than N: what the cut never splits.
struct Unit {
  std::vector<std::uint32_t> households;
  std::optional<GeoPoint> location;
  route::PlanePoint at;
  std::uint32_t building = 0;
};

std::uint32_t Doors(const Unit& u) { return static_cast<std::uint32_t>(u.households.size()); }

std::uint32_t Lowest(const CutOptions& o) { return static_cast<std::uint32_t>(std::ceil(o.doors * (1 - o.tolerance) - 1e-9)); }
std::uint32_t Highest(const CutOptions& o) { return static_cast<std::uint32_t>(std::floor(o.doors * (1 + o.tolerance) + 1e-9)); }

std::string Percent(double share) {
  const long p = std::lround(share * 100);
  std::string text = p > 0 ? "+" : "";  // a minus comes with the number
  text += std::to_string(p);
  return text + " %";
}

std::string Plural(std::uint32_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The buildings of these households (only the doors asked for), in list
// order; a building of more than N doors becomes chunks of about N, its
// units in order, so each chunk is a run of floors rather than a scatter.
std::vector<Unit> Units(const TurfPlan& plan, std::span<const std::uint32_t> households, std::uint32_t n) {
  const WalkList& list = plan.list();
  std::map<std::uint32_t, std::vector<std::uint32_t>> by_building;  // ordered: the same file cuts the same way
  std::vector<std::uint32_t> loose;                                 // in no building (never from the importer)
  for (std::uint32_t h : households) {
    const std::uint32_t b = plan.BuildingOf(h);
    if (b == kNoTurf) loose.push_back(h);
    else by_building[b].push_back(h);
  }
  std::vector<Unit> units;
  const auto add = [&](std::vector<std::uint32_t> doors, std::optional<GeoPoint> at, std::uint32_t building) {
    const std::uint32_t size = static_cast<std::uint32_t>(doors.size());
    const std::uint32_t chunks = std::max<std::uint32_t>(1, (size + n - 1) / n);
    for (std::uint32_t c = 0, begin = 0; c < chunks; ++c) {
      const std::uint32_t end = static_cast<std::uint32_t>(std::uint64_t(size) * (c + 1) / chunks);
      units.push_back({{doors.begin() + begin, doors.begin() + end}, at, {}, building});
      begin = end;
    }
  };
  for (auto& [b, doors] : by_building) {
    std::optional<GeoPoint> at = list.buildings[b].location;
    for (std::size_t i = 0; !at && i < doors.size(); ++i) at = list.households[doors[i]].location;
    add(std::move(doors), at, b);
  }
  for (std::uint32_t h : loose) add({h}, list.households[h].location, kNoTurf);
  return units;
}

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

// Doors without coordinates: street by street in walk order, cut into k
// runs at the buildings where the running count is closest to each share.
std::vector<std::vector<std::uint32_t>> ByStreet(const TurfPlan& plan, std::vector<Unit>& units, std::uint32_t k) {
  const std::vector<route::StreetStop> all = route::StreetStops(plan.list());
  std::vector<route::StreetStop> stops;
  for (const Unit& u : units) {
    route::StreetStop s;
    if (u.building != kNoTurf) s = all[u.building];
    s.location.reset();
    stops.push_back(std::move(s));
  }
  const std::vector<std::uint32_t> order = route::StreetSideOrder(stops);
  std::uint64_t total = 0;
  for (const Unit& u : units) total += Doors(u);
  std::vector<std::vector<std::uint32_t>> groups(std::max<std::uint32_t>(k, 1));
  std::uint64_t before = 0;
  std::uint32_t g = 0;
  for (std::uint32_t i : order) {
    const std::uint32_t doors = Doors(units[i]);
    // Move on to the next turf when this building fits the next one's share better.
    const double boundary = double(total) * (g + 1) / groups.size();
    if (g + 1 < groups.size() && !groups[g].empty() &&
        std::abs(double(before) - boundary) <= std::abs(double(before + doors) - boundary))
      ++g;
    groups[g].insert(groups[g].end(), units[i].households.begin(), units[i].households.end());
    before += doors;
  }
  std::erase_if(groups, [](const auto& group) { return group.empty(); });
  return groups;
}

// The value of `column` for household h: the one most of its voters have.
std::string ColumnValue(const Household& h, std::string_view key, bool& found) {
  std::map<std::string, std::uint32_t> values;
  for (const Voter& v : h.voters)
    for (const auto& [name, value] : v.attributes)
      if (layout::HeaderKey(name) == key) {
        found = true;
        if (!value.empty()) ++values[value];
      }
  if (key == "city" && !h.address.city.empty()) found = true, ++values[h.address.city];
  if ((key == "zip" || key == "zip5") && !h.address.zip.empty()) found = true, ++values[h.address.zip.substr(0, 5)];
  std::string best;
  std::uint32_t most = 0;
  for (const auto& [value, count] : values)
    if (count > most) best = value, most = count;
  return best;
}

}  // namespace

TurfCount TurfsFor(std::uint32_t doors, const CutOptions& asked) {
  if (doors == 0) return {0, {}};
  CutOptions o = asked;
  o.doors = std::max<std::uint32_t>(o.doors, 1);
  o.tolerance = std::clamp(o.tolerance, 0.0, 1.0);
  const std::uint32_t n = std::max<std::uint32_t>(o.doors, 1), lo = Lowest(o), hi = Highest(o);
  const std::uint32_t down = doors / n, up = (doors + n - 1) / n;
  const auto fits = [&](std::uint32_t k) { return k > 0 && std::uint64_t(k) * lo <= doors && doors <= std::uint64_t(k) * hi; };
  const auto miss = [&](std::uint32_t k) { return std::abs(double(doors) / k / n - 1); };
  if (fits(down) && (!fits(up) || miss(down) <= miss(up))) return {down, {}};
  if (fits(up)) return {up, {}};
  const std::string range = std::to_string(lo) + "-" + std::to_string(hi) + " doors";
  if (down == 0)
    return {1, Plural(doors, "door is", "doors are") + " fewer than a turf of " + range + ": cut into 1 turf of " +
                   std::to_string(doors)};
  const std::uint32_t k = miss(down) <= miss(up) ? down : up;
  const auto about = [&](std::uint32_t turfs) {
    return Plural(turfs, "turf", "turfs") + " of about " + std::to_string(std::lround(double(doors) / turfs)) + " (" +
           Percent(double(doors) / turfs / n - 1) + ")";
  };
  return {k, std::to_string(doors) + " doors cannot make turfs of " + range + ": " + about(down) + " or " + about(up) +
                 "; cut into " + std::to_string(k)};
}

GroupCut AutoCut(TurfPlan& plan, std::span<const std::uint32_t> households, const CutOptions& asked,
                 std::string_view group) {
  CutOptions options = asked;
  options.doors = std::max<std::uint32_t>(options.doors, 1);  // a turf holds at least one door
  options.tolerance = std::clamp(options.tolerance, 0.0, 1.0);
  GroupCut cut;
  cut.group = group;
  cut.doors = static_cast<std::uint32_t>(households.size());
  const std::uint32_t n = std::max<std::uint32_t>(options.doors, 1);
  std::vector<Unit> located, unlocated;
  for (Unit& u : Units(plan, households, n)) (u.location ? located : unlocated).push_back(std::move(u));

  std::vector<GeoPoint> points;
  for (const Unit& u : located) points.push_back(*u.location);
  const std::vector<route::PlanePoint> plane = route::ProjectLocal(points);
  for (std::size_t i = 0; i < located.size(); ++i) located[i].at = plane[i];

  const auto doors_of = [](const std::vector<Unit>& units) {
    std::uint32_t d = 0;
    for (const Unit& u : units) d += Doors(u);
    return d;
  };
  const std::string prefix = group.empty() ? "Turf" : std::string(group);
  const auto add = [&](std::vector<std::vector<std::uint32_t>> groups, bool by_street) {
    for (auto& doors : groups) {
      const std::uint32_t t = plan.AddTurf(prefix + " " + std::to_string(cut.turfs.size() + 1), cut.group, by_street);
      plan.Assign(doors, t);
      cut.turfs.push_back(t);
    }
  };
  const std::uint32_t located_doors = doors_of(located);
  cut.unlocated_doors = doors_of(unlocated);
  const std::string where = group.empty() ? "" : std::string(group) + ": ";
  for (const auto& [units, doors, by_street] :
       {std::tuple{&located, located_doors, false}, std::tuple{&unlocated, cut.unlocated_doors, true}}) {
    if (doors == 0) continue;
    const TurfCount count = TurfsFor(doors, options);
    if (!count.problem.empty())
      cut.problems.push_back(where + (by_street ? "without coordinates, " : "") + count.problem);
    std::vector<std::vector<std::uint32_t>> groups;
    if (by_street) groups = ByStreet(plan, *units, count.turfs);
    else {
      std::vector<std::vector<std::uint32_t>> parts;
      Bisect(*units, 0, units->size(), count.turfs, options, parts);
      if (count.problem.empty()) Balance(*units, parts, options);
      for (const auto& part : parts) {
        std::vector<std::uint32_t>& turf = groups.emplace_back();
        for (std::uint32_t u : part) turf.insert(turf.end(), (*units)[u].households.begin(), (*units)[u].households.end());
      }
    }
    add(std::move(groups), by_street);
    if (!count.problem.empty()) continue;
    std::string outside;
    std::uint32_t biggest = 0, off = 0;
    for (const Unit& u : *units) biggest = std::max(biggest, Doors(u));
    for (std::uint32_t t : cut.turfs) {
      const Turf& turf = plan.turf(t);
      if (turf.by_street != by_street || (turf.counts.doors >= Lowest(options) && turf.counts.doors <= Highest(options)))
        continue;
      ++off;
      outside += (outside.empty() ? "" : ", ") + turf.name + " " + std::to_string(turf.counts.doors);
    }
    if (off)
      cut.problems.push_back(where + Plural(off, "turf is", "turfs are") + " outside " + std::to_string(Lowest(options)) +
                             "-" + std::to_string(Highest(options)) + " doors (" + outside +
                             "): buildings of up to " + std::to_string(biggest) + " doors are kept whole");
  }
  return cut;
}

std::optional<std::vector<GroupCut>> AutoCutByColumn(TurfPlan& plan, std::string_view column,
                                                     const CutOptions& options, std::string& error) {
  const std::string key = layout::HeaderKey(column);
  std::map<std::string, std::vector<std::uint32_t>> groups;
  bool found = false;
  for (std::uint32_t h : plan.Unassigned()) {
    std::string value = ColumnValue(plan.list().households[h], key, found);
    groups[value.empty() ? "(no " + std::string(column) + ")" : std::move(value)].push_back(h);
  }
  if (!found) {
    std::map<std::string, bool> names;
    for (const Household& h : plan.list().households)
      for (const Voter& v : h.voters)
        for (const auto& attribute : v.attributes) names[attribute.first] = true;
    error = "no voter has a column \"" + std::string(column) + "\"; columns to cut by: city, zip";
    for (const auto& name : names) error += ", " + name.first;
    return std::nullopt;
  }
  std::vector<GroupCut> cuts;
  for (const auto& [value, households] : groups) cuts.push_back(AutoCut(plan, households, options, value));
  return cuts;
}

}  // namespace puerta::cut
