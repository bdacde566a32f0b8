// Auto-cutting (core/cut/auto_cut.h): how fast, how even and how walkable,
// on made-up cities of 1,000 to 50,000 households (tests/unit/generated_city.h:
// a street grid with apartment buildings, in one piece or in four
// neighbourhoods 1.5 km apart) and on a real address-point file (Banff,
// /work/shared/data). Turfs of 50 doors. Prints figures; never fails.
//   sizes: the smallest and largest turf / N;
//   route: the turfs' routes summed (route/tour.h per turf), beside cutting by
//     precinct first and then auto-cutting each, and beside one walk through
//     the whole file (PutInWalkOrder: optimized up to 3,000 stops, street
//     order beyond; a floor no set of turfs can reach, for scale);
//   lonely: the share of turfs whose loneliest door is more than 300 m from
//     its nearest neighbour in the same turf.
// PUERTA_BENCH_QUICK=1 leaves out 50,000. bench_cut [ADDRESS_POINTS.csv]
// reads another address-point file.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cut/auto_cut.h"
#include "cut/turf_shape.h"
#include "route/walk_order.h"
#include "walklist/import.h"
#include "../tests/unit/generated_city.h"

using namespace puerta;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

struct Figures {
  std::uint32_t turfs = 0, smallest = 0, largest = 0, lonely = 0;
  double cut_seconds = 0, route_meters = 0;
};

Figures Measure(const cut::TurfPlan& plan, double cut_seconds) {
  Figures f;
  f.turfs = plan.TurfCount();
  f.cut_seconds = cut_seconds;
  f.smallest = UINT32_MAX;
  for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) {
    const cut::TurfShape shape = cut::MeasureTurf(plan, t);
    f.route_meters += shape.route_meters;
    f.lonely += shape.loneliest_meters > 300;
    f.smallest = std::min(f.smallest, plan.turf(t).counts.doors);
    f.largest = std::max(f.largest, plan.turf(t).counts.doors);
  }
  return f;
}

Figures AutoCutAll(const WalkList& list, std::uint32_t n) {
  cut::TurfPlan plan(list);
  const auto t0 = std::chrono::steady_clock::now();
  cut::AutoCut(plan, plan.Unassigned(), {n, 0.10});
  return Measure(plan, Seconds(t0));
}

Figures ByPrecinct(const WalkList& list, std::uint32_t n) {
  cut::TurfPlan plan(list);
  std::string error;
  const auto t0 = std::chrono::steady_clock::now();
  cut::AutoCutByColumn(plan, "precinct", {n, 0.10}, error);
  return Measure(plan, Seconds(t0));
}

void Report(const char* name, const WalkList& list, std::uint32_t n, bool precincts) {
  const Figures f = AutoCutAll(list, n);
  std::printf("  %-34s %6zu doors: cut %.3f s, %u turfs, sizes %.2f-%.2f of N, route %.1f km, lonely %.1f %%\n", name,
              list.households.size(), f.cut_seconds, f.turfs, double(f.smallest) / n, double(f.largest) / n,
              f.route_meters / 1000, 100.0 * f.lonely / std::max(f.turfs, 1u));
  if (precincts) {
    const Figures p = ByPrecinct(list, n);
    std::printf("  %-34s by precinct first: %u turfs, sizes %.2f-%.2f, route %.1f km: auto-cut / by precinct %.3f\n", "",
                p.turfs, double(p.smallest) / n, double(p.largest) / n, p.route_meters / 1000,
                f.route_meters / p.route_meters);
  }
  WalkList whole = list;
  const auto t0 = std::chrono::steady_clock::now();
  const route::WalkOrderSummary order = route::PutInWalkOrder(whole);
  const double one_walk = route::WalkMeters(whole);
  std::printf("  %-34s one walk through all (%s, %.1f s): %.1f km: turfs / one walk %.2f\n", "", order.method.c_str(),
              Seconds(t0), one_walk / 1000, f.route_meters / one_walk);
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = std::getenv("PUERTA_BENCH_QUICK") != nullptr;
  std::printf("auto-cut into turfs of N = 50 doors (within 45-55 asked)\n");
  for (std::uint32_t households : {1000u, 5000u, 10000u, 50000u}) {
    if (quick && households > 10000) continue;
    char name[64];
    std::snprintf(name, sizeof name, "grid, %u households", households);
    Report(name, testing::GeneratedCity({households, 0.1, 12, 1, 0, 1}), 50, true);
    std::snprintf(name, sizeof name, "4 neighbourhoods, %u households", households);
    Report(name, testing::GeneratedCity({households, 0.1, 12, 4, 0, 2}), 50, true);
  }
  const std::string path = argc > 1 ? argv[1] : PUERTA_SOURCE_DIR "/../shared/data/banff-address-points.csv";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::printf("  address-point file not found (%s): skipped\n", path.c_str());
    return 0;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const ImportResult r = ImportVoterFile("banff-address-points.csv", bytes.str());
  Report("Banff address points", r.list, 50, false);
  return 0;
}
