#include "route/held_karp.h"

#include <algorithm>
#include <limits>

#include "route/geo.h"

namespace puerta::route {

ExactTour SolveExact(std::span<const GeoPoint> stops, std::optional<GeoPoint> start) {
  ExactTour result;
  const std::size_t n = std::min(stops.size(), kMaxExactStops);
  if (n == 0) return result;
  std::vector<double> d(n * n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) d[i * n + j] = HaversineMeters(stops[i], stops[j]);

  const std::size_t full = (std::size_t{1} << n) - 1;
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // best[mask * n + last]: shortest walk over the stops in mask ending at last.
  std::vector<double> best((full + 1) * n, kInf);
  std::vector<std::uint8_t> previous((full + 1) * n, 0);
  for (std::size_t i = 0; i < n; ++i) best[(std::size_t{1} << i) * n + i] = start ? HaversineMeters(*start, stops[i]) : 0;
  for (std::size_t mask = 1; mask <= full; ++mask) {
    for (std::size_t last = 0; last < n; ++last) {
      const double here = best[mask * n + last];
      if (!(mask >> last & 1) || here == kInf) continue;
      for (std::size_t next = 0; next < n; ++next) {
        if (mask >> next & 1) continue;
        const std::size_t m2 = mask | std::size_t{1} << next;
        const double via = here + d[last * n + next];
        if (via < best[m2 * n + next]) {
          best[m2 * n + next] = via;
          previous[m2 * n + next] = static_cast<std::uint8_t>(last);
        }
      }
    }
  }
  std::size_t last = 0;
  for (std::size_t i = 1; i < n; ++i)
    if (best[full * n + i] < best[full * n + last]) last = i;
  result.meters = best[full * n + last];
  for (std::size_t mask = full; mask;) {
    result.order.push_back(static_cast<std::uint32_t>(last));
    const std::size_t before = previous[mask * n + last];
    mask &= ~(std::size_t{1} << last);
    last = before;
  }
  std::reverse(result.order.begin(), result.order.end());
  return result;
}

}  // namespace puerta::route
