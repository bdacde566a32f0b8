#include "cut/auto_cut.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "cut/bisection.h"
#include "route/geo.h"
#include "route/street_order.h"
#include "route/walk_order.h"
#include "walklist/layouts.h"

namespace puerta::cut {
namespace {

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
      for (const auto& part : CutOnTheMap(*units, count.turfs, options, count.problem.empty())) {
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
