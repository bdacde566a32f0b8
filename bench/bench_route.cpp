// Walk-order quality and speed: the route heuristic against the exact optimum
// on random small instances, against plain address order on a real
// address-point file, and the time to route 500 stops. Prints figures; never
// passes or fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "route/geo.h"
#include "route/held_karp.h"
#include "route/tour.h"
#include "route/walk_order.h"
#include "walklist/import.h"

using namespace puerta;

namespace {

std::vector<GeoPoint> RandomStops(std::mt19937& rng, std::size_t n, double degrees) {
  std::uniform_real_distribution<double> lat(40.0, 40.0 + degrees), lon(-74.0, -74.0 + degrees);
  std::vector<GeoPoint> stops;
  for (std::size_t i = 0; i < n; ++i) stops.push_back({lat(rng), lon(rng)});
  return stops;
}

double Length(const std::vector<GeoPoint>& stops, const std::vector<std::uint32_t>& order) {
  std::vector<GeoPoint> walk;
  for (auto i : order) walk.push_back(stops[i]);
  return route::PathMeters(walk);
}

void VersusOptimum() {
  std::mt19937 rng(2024);
  double sum = 0, worst = 0;
  int runs = 0, optimal = 0;
  for (std::size_t n = 5; n <= 12; ++n) {
    for (int k = 0; k < 50; ++k) {
      const auto stops = RandomStops(rng, n, 0.01);
      const double exact = route::SolveExact(stops).meters;
      const double ratio = Length(stops, route::OptimizeTour(stops)) / exact;
      sum += ratio, worst = std::max(worst, ratio), ++runs;
      optimal += ratio < 1 + 1e-9;
    }
  }
  std::printf("  heuristic / Held-Karp optimum, %d random instances n=5..12: mean %.4f, max %.4f, optimal in %d "
              "(goal: <= 1.02)\n",
              runs, sum / runs, worst, optimal);
}

void VersusAddressOrder() {
  const std::string path = PUERTA_SOURCE_DIR "/../shared/data/banff-address-points.csv";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::printf("  address-point file not found (%s): skipped\n", path.c_str());
    return;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const auto t0 = std::chrono::steady_clock::now();
  const ImportResult r = ImportVoterFile("banff-address-points.csv", bytes.str());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double routed = route::WalkMeters(r.list), by_address = route::AddressOrderMeters(r.list);
  WalkList streets = r.list;
  std::vector<route::StreetStop> stops = route::StreetStops(streets);
  std::vector<GeoPoint> street_walk;
  for (auto i : route::StreetSideOrder(stops))
    if (stops[i].location) street_walk.push_back(*stops[i].location);
  std::printf("  Banff address points: %u rows, %zu stops (%zu rows reported), import + route %.2f s\n", r.rows,
              r.list.buildings.size(), r.errors.size(), seconds);
  std::printf("    routed %.0f m, plain address order %.0f m: ratio %.3f (goal: <= 0.75)\n", routed, by_address,
              routed / by_address);
  std::printf("    street-side order (no optimizer) %.0f m: ratio %.3f to address order\n",
              route::PathMeters(street_walk), route::PathMeters(street_walk) / by_address);
}

void Time500() {
  std::mt19937 rng(500);
  const auto stops = RandomStops(rng, 500, 0.02);
  const auto t0 = std::chrono::steady_clock::now();
  const auto order = route::OptimizeTour(stops);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("  500 random stops (about 2 km square): %.3f s, %.0f m\n", seconds, Length(stops, order));
}

}  // namespace

int main() {
  std::printf("bench_route:\n");
  VersusOptimum();
  VersusAddressOrder();
  Time500();
  return 0;
}
