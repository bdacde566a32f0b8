// route/: street-side order without coordinates, the TSP heuristic against the
// exact optimum, and walk order after import.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "route/geo.h"
#include "route/held_karp.h"
#include "route/street_order.h"
#include "route/tour.h"
#include "route/walk_order.h"
#include "walklist/import.h"

using namespace puerta;
using namespace puerta::route;

namespace {
std::vector<GeoPoint> RandomStops(std::mt19937& rng, std::size_t n) {
  std::uniform_real_distribution<double> lat(40.000, 40.010), lon(-74.010, -74.000);  // about 1 km square
  std::vector<GeoPoint> stops;
  for (std::size_t i = 0; i < n; ++i) stops.push_back({lat(rng), lon(rng)});
  return stops;
}
double Length(const std::vector<GeoPoint>& stops, const std::vector<std::uint32_t>& order,
              std::optional<GeoPoint> start = std::nullopt) {
  std::vector<GeoPoint> walk;
  for (auto i : order) walk.push_back(stops[i]);
  return PathMeters(walk, start);
}
bool IsPermutation(std::vector<std::uint32_t> order, std::size_t n) {
  std::sort(order.begin(), order.end());
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] != i) return false;
  return order.size() == n;
}
}  // namespace

TEST_CASE("geo: haversine distance") {
  CHECK(HaversineMeters({0, 0}, {0, 1}) == doctest::Approx(111195).epsilon(0.001));
  CHECK(HaversineMeters({51.17, -115.57}, {51.17, -115.57}) == 0);
}

TEST_CASE("street order: odd side up, even side back, streets one after another") {
  std::vector<StreetStop> stops;
  for (std::uint32_t n : {4u, 1u, 3u, 2u, 5u}) stops.push_back({"ELM ST|1", n, std::to_string(n), std::nullopt});
  stops.push_back({"ASH ST|1", 8, "8", std::nullopt});
  const auto order = StreetSideOrder(stops);
  std::vector<std::uint32_t> numbers;
  for (auto i : order) numbers.push_back(stops[i].number);
  CHECK(numbers == std::vector<std::uint32_t>{8, 1, 3, 5, 4, 2});
}

TEST_CASE("street order: with coordinates the next street starts where the last ended") {
  // Two parallel streets 100 m apart; starting at the far (high) end of B St.
  std::vector<StreetStop> stops;
  for (std::uint32_t n = 1; n <= 6; ++n) {
    const double east = -74.0 + 0.0001 * n;
    stops.push_back({"A ST|1", n, std::to_string(n), GeoPoint{40.0 + (n % 2 ? 0.0 : 0.0002), east}});
    stops.push_back({"B ST|1", n, std::to_string(n), GeoPoint{40.001 + (n % 2 ? 0.0 : 0.0002), east}});
  }
  const auto order = StreetSideOrder(stops, GeoPoint{40.001, -74.0 + 0.0007});
  REQUIRE(order.size() == stops.size());
  CHECK(stops[order[0]].street == "B ST|1");
  CHECK(stops[order[0]].number == 5);  // the odd side, walked down from the start's end
  for (std::size_t i = 0; i < 6; ++i) CHECK(stops[order[i]].street == "B ST|1");
  // B St ends back near its start, so A St is entered at the same end.
  CHECK(stops[order[6]].number >= 5);
}

TEST_CASE("route: the heuristic is within 2% of Held-Karp on random small instances") {
  std::mt19937 rng(7);
  double worst = 1, total = 0;
  int runs = 0;
  for (std::size_t n = 3; n <= 10; ++n) {
    for (int k = 0; k < 8; ++k) {
      const auto stops = RandomStops(rng, n);
      const std::optional<GeoPoint> start = k % 2 ? std::optional<GeoPoint>(RandomStops(rng, 1)[0]) : std::nullopt;
      const auto order = OptimizeTour(stops, start);
      REQUIRE(IsPermutation(order, n));
      const ExactTour exact = SolveExact(stops, start);
      REQUIRE(IsPermutation(exact.order, n));
      CHECK(Length(stops, exact.order, start) == doctest::Approx(exact.meters));
      const double ratio = Length(stops, order, start) / exact.meters;
      CHECK(ratio >= 1 - 1e-9);  // Held-Karp really is the optimum
      worst = std::max(worst, ratio);
      total += ratio;
      ++runs;
    }
  }
  CHECK(total / runs <= 1.02);
  CHECK(worst <= 1.10);
}

TEST_CASE("route: degenerate inputs") {
  CHECK(OptimizeTour(std::vector<GeoPoint>{}).empty());
  CHECK(OptimizeTour(std::vector<GeoPoint>{{1, 1}}) == std::vector<std::uint32_t>{0});
  const std::vector<GeoPoint> same(5, GeoPoint{40, -74});
  CHECK(IsPermutation(OptimizeTour(same), 5));
  CHECK(SolveExact(same).meters == 0);
}

TEST_CASE("walk order: an imported list with coordinates is routed, beating address order") {
  std::string text = "id,first_name,last_name,address,latitude,longitude\n";
  // A grid of 4 streets, numbered so that address order zig-zags.
  int id = 0;
  for (int street = 0; street < 4; ++street) {
    for (int n = 1; n <= 10; ++n) {
      const double lat = 40.0 + 0.001 * street, lon = -74.0 + 0.0002 * (street % 2 ? 11 - n : n);
      text += std::to_string(++id) + ",A,B," + std::to_string(n) + " Street" + char('A' + (street * 3) % 4) + " Rd," +
              std::to_string(lat) + "," + std::to_string(lon) + "\n";
    }
  }
  const ImportResult r = ImportVoterFile("grid.csv", text);
  REQUIRE(r.usable());
  CHECK(r.walk_order == "route");
  CHECK(r.list.buildings.size() == 40);
  // The best walk snakes along the streets: 4 x 9 gaps of 0.0002 deg lon plus 3 x 0.001 deg lat.
  const double snake = 36 * HaversineMeters({40, -74}, {40, -74.0002}) + 3 * HaversineMeters({40, -74}, {40.001, -74});
  CHECK(WalkMeters(r.list) <= 1.02 * snake);
  CHECK(WalkMeters(r.list) < 0.85 * AddressOrderMeters(r.list));
  // With a start point, the walk begins at the building nearest to it.
  const GeoPoint corner{40.0031, -73.9997};
  ImportOptions options;
  options.start = corner;
  const ImportResult from = ImportVoterFile("grid.csv", text, options);
  double nearest = 1e9;
  for (const auto& b : from.list.buildings) nearest = std::min(nearest, HaversineMeters(*b.location, corner));
  REQUIRE(from.list.buildings[0].location);
  CHECK(HaversineMeters(*from.list.buildings[0].location, corner) == doctest::Approx(nearest));
}

TEST_CASE("walk order: without coordinates streets are walked side by side") {
  const ImportResult r = ImportVoterFile(
      "s.csv", "id,first_name,last_name,address\n1,A,B,2 Elm St\n2,A,B,1 Elm St\n3,A,B,4 Elm St\n4,A,B,3 Elm St\n");
  REQUIRE(r.usable());
  CHECK(r.walk_order == "street");
  std::vector<std::string> order;
  for (const auto& b : r.list.buildings) order.push_back(b.display);
  CHECK(order == std::vector<std::string>{"1 Elm St", "3 Elm St", "4 Elm St", "2 Elm St"});
}
